/**
 * Cuts what no part of the pipeline reads out of a saved page before linkedom parses it:
 * script bodies (but JSON-LD), style sheets, inline SVG and comments — often a third of
 * a page's bytes, and linkedom's cost grows with every node it builds. The browser never
 * needs this: the extension reads the live DOM. One forward scan with indexOf, linear time.
 * Tags are looked for where indexOf finds "<" or "</" (far faster over long text than a
 * regular expression scanning for the tag names).
 */

/** Elements whose content the HTML tokenizer reads as plain text: copied as they are, so a "<script" inside is not taken for a tag. */
const TEXT_ELEMENTS = new Set(['title', 'textarea']);
// Case-insensitive regular expressions on the page itself: lower-casing a copy could shift offsets (some letters lower-case to two).
const OPENINGS = /<(?:script|style|svg|title|textarea)(?=[\s/>])|<!--/iy;
const CLOSINGS: Record<string, RegExp> = {
  script: /<\/script(?=[\s/>])/iy,
  style: /<\/style(?=[\s/>])/iy,
  svg: /<\/svg(?=[\s/>])/iy,
  title: /<\/title(?=[\s/>])/iy,
  textarea: /<\/textarea(?=[\s/>])/iy,
};

export function stripInertMarkup(html: string): string {
  const kept: string[] = [];
  let pos = 0;
  // Copying megabytes costs tens of milliseconds: a page with nothing to cut is returned as it is.
  let cut = false;
  for (;;) {
    const start = findOpening(html, pos);
    if (start < 0) break;
    if (html.startsWith('<!--', start)) {
      kept.push(html.slice(pos, start));
      pos = commentEnd(html, start);
      cut = true;
      continue;
    }
    const tag = html.slice(start + 1, OPENINGS.lastIndex).toLowerCase();
    const tagEnd = html.indexOf('>', start);
    const close = tagEnd < 0 ? -1 : findClosing(CLOSINGS[tag], html, tagEnd);
    // Unclosed: the parser reads the rest as this element's text; leave it to the parser.
    if (close < 0) break;
    const keepContent =
      TEXT_ELEMENTS.has(tag) || (tag === 'script' && html.slice(start, tagEnd).toLowerCase().includes('ld+json'));
    kept.push(html.slice(pos, keepContent ? close : tagEnd + 1));
    cut ||= !keepContent && close > tagEnd + 1;
    pos = close;
  }
  if (!cut) return html;
  kept.push(html.slice(pos));
  return kept.join('');
}

/** Where OPENINGS first matches from `from` on, or -1 (its lastIndex then ends the match): tried only at "<s", "<t" and "<!". */
function findOpening(html: string, from: number): number {
  for (let at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1) | 0x20;
    if (next !== 0x73 && next !== 0x74 && next !== 0x21) continue;
    OPENINGS.lastIndex = at;
    if (OPENINGS.test(html)) return at;
  }
  return -1;
}

/** Where the sticky end-tag `pattern` first matches at a "</" from `from` on, or -1. */
function findClosing(pattern: RegExp | undefined, html: string, from: number): number {
  if (!pattern) return -1;
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    pattern.lastIndex = at;
    if (pattern.test(html)) return at;
  }
  return -1;
}

/** Where the comment that opens at `start` ends (past "-->"; "<!-->" and "<!--->" end at once, as in the HTML spec). */
function commentEnd(html: string, start: number): number {
  const body = start + 4;
  if (html.startsWith('>', body)) return body + 1;
  if (html.startsWith('->', body)) return body + 2;
  const end = html.indexOf('-->', body);
  return end < 0 ? html.length : end + 3;
}
