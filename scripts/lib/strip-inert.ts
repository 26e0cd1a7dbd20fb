/**
 * Cuts what no part of the pipeline reads out of a saved page before linkedom parses it:
 * script bodies (but JSON-LD), style sheets, inline SVG and comments — often a third of
 * a page's bytes, and linkedom's cost grows with every node it builds. The browser never
 * needs this: the extension reads the live DOM. One forward scan with indexOf, linear time.
 *
 * The scan reads the page's UTF-8 bytes, so that the parts cut are never decoded: decoding
 * a page into a string and copying out what is kept cost twice the time of decoding only
 * what is kept. Everything the scan looks for is ASCII, and in UTF-8 an ASCII byte is always
 * that character (the bytes of other characters are all over 0x7F), so cutting the bytes cuts
 * the text at the same places. Tag names end at HTML white space, "/" or ">", as in the HTML
 * tokenizer (`<script\u00a0…>` is not a script).
 */
import { isUtf8 } from 'node:buffer';
import { MAX_PARAGRAPHS } from './bound-markup';
import { decodeAs, readingOf } from './decode-html';

/**
 * The page is cut before this many `<p` tags. bound-markup.ts keeps MAX_PARAGRAPHS paragraphs and
 * counts <p>s as the tokenizer sees them; this scan also counts a `<p` written as text inside an
 * <xmp> or <iframe>, so it cuts with a margin: never before bound-markup would. A page of 50,000
 * paragraphs is then not decoded in full to keep its first thousand.
 */
export const MAX_P_TAGS = 2 * MAX_PARAGRAPHS;

const LT = 0x3c;
const P = 0x70;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;

/** Elements whose content is cut, or copied as text (the tokenizer reads `<script` inside <title> as text). */
const CUT = ['script', 'style', 'svg'];
const TEXT = ['title', 'textarea'];
const NAMES = [...CUT, ...TEXT].map((name) => Buffer.from(name, 'latin1'));

/** Decodes UTF-8 keeping a byte order mark as text: where one is dropped, it is dropped before. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** A page's markup as text (decodeHtml's reading), without its inert parts. */
export function decodeWithoutInert(bytes: Uint8Array): string {
  const { encoding, start } = readingOf(bytes);
  let body = asBuffer(bytes.subarray(start));
  // Invalid UTF-8 takes the long way: the decoder's replacement characters depend on the bytes around a cut.
  if (encoding !== 'utf-8' || !isUtf8(body)) return stripInertMarkup(decodeAs(encoding, body));
  // decodeAs drops a byte order mark at the start of the text (and only there).
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  return keptText(body);
}

/** Decoded markup without its inert parts. */
export function stripInertMarkup(html: string): string {
  // The decoders give well-formed text, which UTF-8 holds exactly.
  return keptText(Buffer.from(html, 'utf8'));
}

/** The text of valid UTF-8 markup without its inert parts. */
function keptText(bytes: Buffer): string {
  const kept = keptRanges(bytes);
  if (kept.length === 2 && kept[1]! - kept[0]! === bytes.length) return UTF8.decode(bytes);
  const pieces: Buffer[] = [];
  let length = 0;
  for (let i = 0; i < kept.length; i += 2) {
    pieces.push(bytes.subarray(kept[i], kept[i + 1]));
    length += kept[i + 1]! - kept[i]!;
  }
  return UTF8.decode(Buffer.concat(pieces, length));
}

/** The byte ranges to keep, as [from, to) pairs in order, none empty; one pair, the whole page, when nothing is cut. */
function keptRanges(bytes: Buffer): number[] {
  const kept: number[] = [];
  const keep = (from: number, to: number) => {
    if (kept.length > 0 && kept[kept.length - 1] === from) kept[kept.length - 1] = to;
    else if (to > from) kept.push(from, to);
  };
  const openings = new Openings(bytes);
  let pos = 0;
  for (;;) {
    const start = openings.next(pos);
    if (start < 0) break;
    if (openings.pastParagraphs) {
      keep(pos, start);
      return kept;
    }
    if (bytes[start + 1] === BANG) {
      keep(pos, start);
      pos = commentEnd(bytes, start);
      continue;
    }
    const name = nameAt(bytes, start + 1)!;
    const tagEnd = bytes.indexOf(GT, start);
    const close = tagEnd < 0 ? -1 : findClosing(bytes, name, tagEnd);
    // Unclosed: the parser reads the rest as this element's text; leave it to the parser.
    if (close < 0) break;
    const keepContent = TEXT.includes(name) || (name === 'script' && isJsonLd(bytes, start, tagEnd));
    keep(pos, keepContent ? close : tagEnd + 1);
    pos = close;
  }
  keep(pos, bytes.length);
  return kept;
}

/** The `<!--`s and opening tags of listed elements, in order; and the `<p` tags on the way, up to MAX_P_TAGS. */
class Openings {
  private paragraphs = 0;
  /** The last opening found is the `<p` tag the page is cut before. */
  pastParagraphs = false;

  constructor(private readonly bytes: Buffer) {}

  /** Where the next `<!--` or opening tag of a listed element is, from `from` on (or the `<p` to cut before), or -1. */
  next(from: number): number {
    const { bytes } = this;
    for (let at = bytes.indexOf(LT, from); at >= 0; at = bytes.indexOf(LT, at + 1)) {
      const next = bytes[at + 1];
      if (next === BANG ? bytes[at + 2] === 0x2d && bytes[at + 3] === 0x2d : nameAt(bytes, at + 1) !== undefined) return at;
      if (next !== undefined && (next | 0x20) === P && endsName(bytes[at + 2]) && ++this.paragraphs >= MAX_P_TAGS) {
        this.pastParagraphs = true;
        return at;
      }
    }
    return -1;
  }
}

/** Where the end tag of `name` first is, from `from` on, or -1. */
function findClosing(bytes: Buffer, name: string, from: number): number {
  for (let at = bytes.indexOf('</', from); at >= 0; at = bytes.indexOf('</', at + 2)) {
    if (nameAt(bytes, at + 2) === name) return at;
  }
  return -1;
}

/** The listed element named at `at` (any case, ended by white space, "/" or ">"), or undefined. */
function nameAt(bytes: Buffer, at: number): string | undefined {
  const first = bytes[at]! | 0x20;
  for (let n = 0; n < NAMES.length; n++) {
    const name = NAMES[n]!;
    if (name[0] !== first) continue;
    let i = 1;
    while (i < name.length && (bytes[at + i]! | 0x20) === name[i]) i++;
    if (i === name.length && endsName(bytes[at + i])) return n < CUT.length ? CUT[n] : TEXT[n - CUT.length];
  }
  return undefined;
}

/** HTML white space, "/" or ">" (undefined: past the end). */
function endsName(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === 0x0c || byte === 0x0d || byte === SLASH || byte === GT;
}

function isJsonLd(bytes: Buffer, start: number, tagEnd: number): boolean {
  return bytes.toString('latin1', start, tagEnd).toLowerCase().includes('ld+json');
}

/** Where the comment that opens at `start` ends (past "-->"; "<!-->" and "<!--->" end at once, as in the HTML spec). */
function commentEnd(bytes: Buffer, start: number): number {
  const body = start + 4;
  if (bytes[body] === GT) return body + 1;
  if (bytes[body] === 0x2d && bytes[body + 1] === GT) return body + 2;
  const end = bytes.indexOf('-->', body);
  return end < 0 ? bytes.length : end + 3;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
