/**
 * Word and punctuation tokens of one sentence, with their character offsets.
 * Abbreviations ("Mr.", "Gen."), initials ("S.") and initialisms ("U.S.") keep their
 * periods so that name and title rules can see them; possessives are split off
 * ("Brandt’s" → "Brandt" + "’s") so that "Mr. Brandt’s spokesman" reads as possessor + head.
 */
import { ABBREVIATIONS } from './lexicon/abbreviations';

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower case, curly apostrophes folded to "'". */
  lower: string;
  start: number;
  end: number;
  /** 'w' word, 'n' number, 'p' punctuation, 'q' double quote mark. */
  kind: 'w' | 'n' | 'p' | 'q';
}

// One match per token, tried where the previous one ended (after white space); every
// alternative is a simple run, so the scan is linear. Sticky and tested rather than executed,
// so no match array is allocated per word.
const TOKEN =
  /''|``|(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S/uy;
const DOUBLE_QUOTES = new Set(['"', '“', '”', '„', '«', '»', '‟']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;

export function foldApostrophes(s: string): string {
  return s.includes('’') || s.includes('‘') ? s.replace(/[’‘]/g, "'") : s;
}

/** White space as `\s` reads it, which is what the global scan used to skip between tokens. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const length = text.length;
  let at = 0;
  for (;;) {
    while (at < length && isSpace(text.charCodeAt(at))) at++;
    if (at >= length) break;
    const start = at;
    at = asciiWordEnd(text, at);
    if (at < 0) {
      TOKEN.lastIndex = start;
      if (!TOKEN.test(text)) break;
      at = TOKEN.lastIndex;
    }
    let word = text.slice(start, at);
    const first = word.charCodeAt(0);
    if (word === "''" || word === '``') {
      // Plain-text corpora write double quotes as two apostrophes or backticks.
      out.push({ text: word, lower: word, start, end: start + 2, kind: 'q' });
      continue;
    }
    if (word.length === 1 && !isLetterOrDigit(first, word)) {
      out.push({ text: word, lower: word, start, end: start + 1, kind: DOUBLE_QUOTES.has(word) ? 'q' : 'p' });
      continue;
    }
    if (first >= 48 && first <= 57) {
      out.push({ text: word, lower: word, start, end: start + word.length, kind: 'n' });
      continue;
    }
    // Keep the period of abbreviations and single-letter initials.
    if (text.charCodeAt(at) === 46 && !word.endsWith('.')) {
      const lower = word.toLowerCase();
      if (ABBREVIATIONS.has(lower) || (word.length === 1 && UPPER.test(word))) {
        word += '.';
        at++;
      }
    }
    if (word.length > 2 && isPossessive(word)) {
      const base = word.slice(0, -2);
      out.push(makeWord(base, start));
      out.push({ text: word.slice(-2), lower: "'s", start: start + base.length, end: start + word.length, kind: 'w' });
      continue;
    }
    out.push(makeWord(word, start));
  }
  return out;
}

const isAsciiLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;
const isAsciiLetterOrDigit = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57);

/**
 * Where a plain ASCII word starting at `at` ends, as TOKEN would read it, or -1 when TOKEN
 * must decide: the word does not start with a letter, or what follows it could continue it
 * (a period for initialisms, an apostrophe or hyphen, or any non-ASCII character).
 */
function asciiWordEnd(text: string, at: number): number {
  if (!isAsciiLetter(text.charCodeAt(at))) return -1;
  let end = at + 1;
  while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
  if (end === text.length) return end;
  const next = text.charCodeAt(end);
  return next >= 128 || next === 46 || next === 39 || next === 45 ? -1 : end;
}

function isLetterOrDigit(c: number, char: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
  return LETTER_OR_DIGIT.test(char);
}

/** Ends in "'s" or "’s" (either case of s). */
function isPossessive(word: string): boolean {
  const s = word.charCodeAt(word.length - 1) | 0x20;
  const apostrophe = word.charCodeAt(word.length - 2);
  return s === 115 && (apostrophe === APOSTROPHE || apostrophe === CURLY_APOSTROPHE);
}

function makeWord(text: string, start: number): Token {
  return { text, lower: foldApostrophes(text.toLowerCase()), start, end: start + text.length, kind: 'w' };
}

/** Starts with an upper-case letter (names, titles, sentence starts). */
export function isCapitalised(t: Token | undefined): boolean {
  if (!t || t.kind !== 'w') return false;
  const c = t.text[0] ?? '';
  return c !== c.toLowerCase();
}

/** Text of tokens [from, to) as written in the sentence. */
export function spanText(sentence: string, tokens: Token[], from: number, to: number): string {
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b || to <= from) return '';
  return sentence.slice(a.start, b.end);
}
