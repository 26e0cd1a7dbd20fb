/**
 * Cuts what no part of the pipeline reads out of a saved page before linkedom parses it:
 * script bodies (but JSON-LD), style sheets, inline SVG and comments — often a third of
 * a page's bytes, and linkedom's cost grows with every node it builds. The browser never
 * needs this: the extension reads the live DOM. One forward scan with indexOf, linear time.
 */

/** Elements whose content the HTML tokenizer reads as plain text: copied as they are, so a "<script" inside is not taken for a tag. */
const TEXT_ELEMENTS = new Set(['title', 'textarea']);
// Case-insensitive regular expressions on the page itself: lower-casing a copy could shift offsets (some letters lower-case to two).
const OPENINGS = /<(?:script|style|svg|title|textarea)(?=[\s/>])|<!--/gi;
const CLOSINGS: Record<string, RegExp> = {
  script: /<\/script(?=[\s/>])/gi,
  style: /<\/style(?=[\s/>])/gi,
  svg: /<\/svg(?=[\s/>])/gi,
  title: /<\/title(?=[\s/>])/gi,
  textarea: /<\/textarea(?=[\s/>])/gi,
};

export function stripInertMarkup(html: string): string {
  const kept: string[] = [];
  let pos = 0;
  for (;;) {
    OPENINGS.lastIndex = pos;
    const match = OPENINGS.exec(html);
    if (!match) break;
    const start = match.index;
    if (match[0] === '<!--') {
      kept.push(html.slice(pos, start));
      pos = commentEnd(html, start);
      continue;
    }
    const tag = match[0].slice(1).toLowerCase();
    const tagEnd = html.indexOf('>', start);
    const close = tagEnd < 0 ? -1 : indexOfFrom(CLOSINGS[tag], html, tagEnd);
    // Unclosed: the parser reads the rest as this element's text; leave it to the parser.
    if (close < 0) break;
    const keepContent =
      TEXT_ELEMENTS.has(tag) || (tag === 'script' && html.slice(start, tagEnd).toLowerCase().includes('ld+json'));
    kept.push(html.slice(pos, keepContent ? close : tagEnd + 1));
    pos = close;
  }
  kept.push(html.slice(pos));
  return kept.join('');
}

function indexOfFrom(pattern: RegExp | undefined, text: string, from: number): number {
  if (!pattern) return -1;
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/** Where the comment that opens at `start` ends (past "-->"; "<!-->" and "<!--->" end at once, as in the HTML spec). */
function commentEnd(html: string, start: number): number {
  const body = start + 4;
  if (html.startsWith('>', body)) return body + 1;
  if (html.startsWith('->', body)) return body + 2;
  const end = html.indexOf('-->', body);
  return end < 0 ? html.length : end + 3;
}
