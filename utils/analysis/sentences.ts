/**
 * Sentence segmentation. One left-to-right pass per paragraph (linear time).
 *
 * A period, question or exclamation mark (plus any closing quotes or brackets) ends a
 * sentence when white space and a non-lower-case character follow, except:
 * - after titles and months that always precede a name or number ("Mr.", "Gen.", "Jan.");
 * - after initials, initialisms and other abbreviations ("S.", "U.S.", "Inc."), unless the
 *   next word is one that typically starts a sentence ("The", "He", ...);
 * - inside a double quote that closes later in the same paragraph, so that a quoted
 *   passage of several sentences stays with its attribution.
 */
import { ABBREVIATIONS, NEVER_FINAL } from './lexicon/abbreviations';
import { words } from './lexicon/words';

export interface Sentence {
  text: string;
  /** Index of the paragraph that holds the sentence. */
  paragraph: number;
  /** Index of the sentence in the whole article. */
  index: number;
}

/** Words that start sentences far more often than they continue a name after "U.S." or "S.". */
const STARTERS = words(`
  the a an he she it they we i you this that these those there here but and or so yet in on at for from with by
  as if when while after before although though however meanwhile still then now also his her its their our my
  one some many most all both each no not what who how why where which despite during since until under over
  among according asked last next earlier later more other another such mr mrs ms dr
`);

const TERMINATORS = '.!?…';
/** "“Will it open?” Jo Roe asked.": a name and a verb of saying after a quote finish its sentence. */
const ATTRIBUTION_AFTER_QUOTE =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|asked|asks|added|told|wrote|recalled|insisted|replied|explained|noted|continued|argued|warned|declared|wondered)\b/u;
const CLOSERS = '”"’\')]»';
/** By character code (the last entry stands for every code from there up): quote marks and terminators. */
const MAY_MATTER = (() => {
  const table = new Uint8Array(0x2027);
  for (const c of `“«”»"'${TERMINATORS}`) table[c.charCodeAt(0)] = 1;
  return table;
})();
/** Quoted passages longer than this no longer hold sentences together (guards against stray quote marks). */
const MAX_HELD = 1500;

/** The sentences of the paragraphs in order, the first `limit` of them. */
export function segmentArticle(paragraphs: readonly string[], limit = Infinity): Sentence[] {
  const out: Sentence[] = [];
  for (const [paragraph, p] of paragraphs.entries()) {
    if (out.length >= limit) break;
    for (const text of splitSentences(p, limit - out.length)) out.push({ text, paragraph, index: out.length });
  }
  return out;
}

/** The sentences of one paragraph; with a `limit`, the first ones only (the scan stops there). */
export function splitSentences(paragraph: string, limit = Infinity): string[] {
  const p = paragraph;
  const n = p.length;
  const lastClose = Math.max(p.lastIndexOf('”'), p.lastIndexOf('"'), p.lastIndexOf('»'), p.lastIndexOf("''"));
  const out: string[] = [];
  let start = 0;
  let inQuote = false;
  let i = 0;
  while (i < n) {
    // Most characters are none of the quote marks and terminators below: skip them by code.
    if (!MAY_MATTER[Math.min(p.charCodeAt(i), MAY_MATTER.length - 1)]) {
      i++;
      continue;
    }
    const c = p[i]!;
    if (c === '“' || c === '«') inQuote = true;
    else if (c === '”' || c === '»') inQuote = false;
    else if (c === '"') inQuote = !inQuote;
    else if (c === "'" && p[i + 1] === "'") {
      // Two apostrophes stand for a double quote in plain-text corpora.
      inQuote = !inQuote;
      i += 2;
      continue;
    }
    if (!TERMINATORS.includes(c)) {
      i++;
      continue;
    }
    // Consume the whole run of terminators and closers, keeping the quote state current.
    let k = i;
    while (k < n && TERMINATORS.includes(p[k]!)) k++;
    const runEnd = k;
    while (k < n && CLOSERS.includes(p[k]!)) {
      const q = p[k];
      if (q === '”' || q === '»') inQuote = false;
      else if (q === '"') inQuote = !inQuote;
      else if (q === "'" && p[k + 1] === "'") {
        inQuote = false;
        k++;
      }
      k++;
    }
    const boundary = k;
    if (boundary < n && !/\s/.test(p[boundary]!)) {
      i = boundary;
      continue;
    }
    let m = boundary;
    while (m < n && /\s/.test(p[m]!)) m++;
    if (m >= n) break;
    const closedQuote = boundary > runEnd && /[”"»']/.test(p[boundary - 1]!);
    const split =
      isLikelyStart(p, m) &&
      !(closedQuote && ATTRIBUTION_AFTER_QUOTE.test(p.slice(m, m + 80))) &&
      !(runEnd - i === 1 && c === '.' && continuesAfterPeriod(p, i, m)) &&
      !(inQuote && i < lastClose && i - start < MAX_HELD);
    if (split) {
      const s = p.slice(start, boundary).trim();
      if (s) out.push(s);
      start = m;
      if (out.length >= limit) return out;
    }
    i = boundary;
  }
  const rest = p.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The next sentence must not start with a lower-case letter. */
function isLikelyStart(p: string, m: number): boolean {
  const ch = p[m]!;
  return ch === ch.toUpperCase();
}

/** True when the period at `dot` belongs to an abbreviation and the text runs on. */
function continuesAfterPeriod(p: string, dot: number, next: number): boolean {
  let b = dot;
  // Bounded look-back: a run of a million "a.a.a." must not make this quadratic.
  while (b > 0 && dot - b < 20 && /[\p{L}.]/u.test(p[b - 1]!)) b--;
  const word = p.slice(b, dot);
  if (!word) return false;
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return true;
  // "No. 10" but "She said no. Then …".
  if (lower === 'no' || lower === 'nos') return /\d/.test(p[next] ?? '');
  const initial = word.length === 1 && word !== lower;
  const initialism = word.includes('.');
  if (!initial && !initialism && !ABBREVIATIONS.has(lower)) return false;
  return !STARTERS.has(nextWord(p, next).toLowerCase());
}

function nextWord(p: string, from: number): string {
  let e = from;
  while (e < p.length && e - from < 20 && /[\p{L}]/u.test(p[e]!)) e++;
  return p.slice(from, e);
}
