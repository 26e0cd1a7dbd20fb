/**
 * Shows one sentence of the live page to the reader without changing the page's DOM:
 * a CSS Custom Highlight (styled by one stylesheet of ours, the only thing added to the
 * page), or, where the browser lacks the Highlight API (Firefox before 140), the selection.
 * Created once per page by the content script, on every page: it touches nothing (no registry,
 * no selection) until the reader first asks for a sentence.
 */

export const HIGHLIGHT_NAME = 'otr-focus';
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd84d; color: #111; }`;

export interface PageHighlighter {
  /** Highlights the range and scrolls it to the middle of the window. */
  show(range: Range): void;
  clear(): void;
}

/** The page's highlight registry, if the browser has one this script can use. */
function highlightRegistry(): HighlightRegistry | undefined {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight !== 'function') return undefined;
  try {
    // A content script reaches the registry through a wrapper some browser versions refuse.
    CSS.highlights.has(HIGHLIGHT_NAME);
    return CSS.highlights;
  } catch {
    return undefined;
  }
}

export function createPageHighlighter(doc: Document): PageHighlighter {
  /** Looked up at the first highlight; undefined until then. */
  let registry: HighlightRegistry | undefined;
  /** Whether a highlight or selection of ours may be on the page (clear has nothing to do otherwise). */
  let shown = false;
  let sheet: CSSStyleSheet | HTMLStyleElement | undefined;
  let selected: Range | undefined;

  /** Adds our rule once, and again if the page replaced its adopted sheets since. */
  function ensureStyle(): void {
    if (sheet instanceof HTMLStyleElement && sheet.isConnected) return;
    if (sheet instanceof CSSStyleSheet && doc.adoptedStyleSheets.includes(sheet)) return;
    try {
      const constructed = new CSSStyleSheet();
      constructed.replaceSync(HIGHLIGHT_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, constructed];
      sheet = constructed;
    } catch {
      // Firefox content scripts cannot always adopt a sheet through their Xray view of the page.
      const style = doc.createElement('style');
      style.textContent = HIGHLIGHT_CSS;
      (doc.head ?? doc.documentElement).append(style);
      sheet = style;
    }
  }

  function scrollToCentre(range: Range): void {
    const behavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    const element = range.startContainer.parentElement;
    // A paragraph taller than the view would be centred on its middle, not on the sentence.
    if (element && element.getBoundingClientRect().height < window.innerHeight) {
      element.scrollIntoView({ behavior, block: 'center' });
      return;
    }
    const rect = range.getBoundingClientRect();
    window.scrollBy({ top: rect.top - (window.innerHeight - rect.height) / 2, behavior });
  }

  function clear(): void {
    if (!shown) return;
    shown = false;
    registry?.delete(HIGHLIGHT_NAME);
    const selection = window.getSelection();
    if (selected && selection?.rangeCount && selection.getRangeAt(0) === selected) selection.removeAllRanges();
    selected = undefined;
  }

  function select(range: Range): void {
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    selected = range;
  }

  return {
    show(range) {
      clear();
      registry ??= highlightRegistry();
      shown = true;
      if (registry) {
        ensureStyle();
        registry.set(HIGHLIGHT_NAME, new Highlight(range));
      } else {
        select(range);
      }
      scrollToCentre(range);
    },
    clear,
  };
}
