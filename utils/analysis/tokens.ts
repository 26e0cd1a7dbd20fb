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

// One match per token; every alternative is a simple run, so the scan is linear.
const TOKEN =
  /''|``|(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;
const DOUBLE_QUOTES = new Set(['"', '“', '”', '„', '«', '»', '‟']);
const POSSESSIVE = /['’][sS]$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

export function foldApostrophes(s: string): string {
  return s.includes('’') || s.includes('‘') ? s.replace(/[’‘]/g, "'") : s;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let word = m[0];
    const start = m.index;
    const first = word.charCodeAt(0);
    if (word === "''" || word === '``') {
      // Plain-text corpora write double quotes as two apostrophes or backticks.
      out.push({ text: word, lower: word, start, end: start + 2, kind: 'q' });
      continue;
    }
    if (word.length === 1 && !LETTER_OR_DIGIT.test(word)) {
      out.push({ text: word, lower: word, start, end: start + 1, kind: DOUBLE_QUOTES.has(word) ? 'q' : 'p' });
      continue;
    }
    if (first >= 48 && first <= 57) {
      out.push({ text: word, lower: word, start, end: start + word.length, kind: 'n' });
      continue;
    }
    // Keep the period of abbreviations and single-letter initials.
    if (text[start + word.length] === '.' && !word.endsWith('.')) {
      const lower = word.toLowerCase();
      if (ABBREVIATIONS.has(lower) || (word.length === 1 && UPPER.test(word))) {
        word += '.';
        TOKEN.lastIndex = start + word.length;
      }
    }
    if (POSSESSIVE.test(word) && word.length > 2) {
      const base = word.slice(0, -2);
      out.push(makeWord(base, start));
      out.push({ text: word.slice(-2), lower: "'s", start: start + base.length, end: start + word.length, kind: 'w' });
      continue;
    }
    out.push(makeWord(word, start));
  }
  return out;
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
