import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAME, createPageHighlighter } from '../../utils/highlight/page-highlight';

// Just enough of a browser page for the highlighter (linkedom has no Highlight API or layout).
class FakeSheet {
  text = '';
  replaceSync(text: string) {
    this.text = text;
  }
}
class FakeHighlight {
  constructor(readonly range: unknown) {}
}

function fakeRange(paragraphHeight: number) {
  const paragraph = { getBoundingClientRect: () => ({ height: paragraphHeight }), scrollIntoView: vi.fn() };
  return {
    paragraph,
    range: { startContainer: { parentElement: paragraph }, getBoundingClientRect: () => ({ top: 2000, height: 40 }) } as unknown as Range,
  };
}

const selection = { rangeCount: 0, ranges: [] as unknown[], removeAllRanges: vi.fn(), addRange: vi.fn(), getRangeAt: vi.fn() };
let doc: { adoptedStyleSheets: unknown[] };

beforeEach(() => {
  doc = { adoptedStyleSheets: [] };
  vi.stubGlobal('CSSStyleSheet', FakeSheet);
  vi.stubGlobal('HTMLStyleElement', class {});
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: new Map() });
  vi.stubGlobal('window', {
    innerHeight: 800,
    matchMedia: () => ({ matches: false }),
    getSelection: () => selection,
    scrollBy: vi.fn(),
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('createPageHighlighter', () => {
  it('highlights one range at a time and adds its style once', () => {
    const highlighter = createPageHighlighter(doc as unknown as Document);
    const first = fakeRange(100);
    const second = fakeRange(100);
    highlighter.show(first.range);
    highlighter.show(second.range);
    const registry = CSS.highlights as unknown as Map<string, FakeHighlight>;
    expect(registry.get(HIGHLIGHT_NAME)?.range).toBe(second.range);
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect((doc.adoptedStyleSheets[0] as FakeSheet).text).toContain(`::highlight(${HIGHLIGHT_NAME})`);
    expect(second.paragraph.scrollIntoView).toHaveBeenCalledWith({ behavior: 'smooth', block: 'center' });

    highlighter.clear();
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it('adopts its style again if the page replaced its sheets', () => {
    const highlighter = createPageHighlighter(doc as unknown as Document);
    highlighter.show(fakeRange(100).range);
    doc.adoptedStyleSheets = [];
    highlighter.show(fakeRange(100).range);
    expect(doc.adoptedStyleSheets).toHaveLength(1);
  });

  it('centres the sentence itself when its paragraph is taller than the window', () => {
    const { range, paragraph } = fakeRange(5000);
    createPageHighlighter(doc as unknown as Document).show(range);
    expect(paragraph.scrollIntoView).not.toHaveBeenCalled();
    expect(window.scrollBy).toHaveBeenCalledWith({ top: 2000 - (800 - 40) / 2, behavior: 'smooth' });
  });

  it('touches neither the highlight registry nor the selection until asked to show a sentence', () => {
    const registry = { has: vi.fn(), set: vi.fn(), delete: vi.fn() };
    vi.stubGlobal('CSS', { highlights: registry });
    const getSelection = vi.spyOn(window, 'getSelection');
    const highlighter = createPageHighlighter(doc as unknown as Document);
    highlighter.clear();
    expect(registry.has).not.toHaveBeenCalled();
    expect(registry.delete).not.toHaveBeenCalled();
    expect(getSelection).not.toHaveBeenCalled();

    highlighter.show(fakeRange(100).range);
    highlighter.clear();
    expect(registry.set).toHaveBeenCalledTimes(1);
    expect(registry.delete).toHaveBeenCalledWith(HIGHLIGHT_NAME);
  });

  it('selects the sentence where the Highlight API is missing', () => {
    vi.stubGlobal('CSS', {});
    const { range } = fakeRange(100);
    createPageHighlighter(doc as unknown as Document).show(range);
    expect(selection.addRange).toHaveBeenCalledWith(range);
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });
});
