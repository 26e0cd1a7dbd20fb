/**
 * Child process of scripts/bench-hostile.ts: every regular expression in the product
 * (tests/hostile/regexes.ts) on every bomb input, one JSON line per pattern: its slowest input
 * and time. Before each pattern it prints which one it starts, so that the parent can name
 * the pattern that never finished if it has to stop this process.
 * Usage: node --import tsx tests/hostile/regex-bombs.ts
 */
import { productRegexes } from './regexes';

/** Characters in each bomb: long enough that quadratic work takes seconds, not microseconds. */
export const BOMB_CHARS = 50_000;

/** Runs of what page text is made of, and of what the patterns look for. */
const UNITS = [
  'a', 'A', 'Aa ', 'AB', '1', '1,', ' ', '\u00a0', '\t\n', '.', '. ', 'A. ', 'A.', 'Mr. ', '-', '—', '- ', "'", '’', "''",
  '"', '“', '”', '«', ', ', '(', ')', '/', '//', '<', '<a ', '>', '&', '\u200b', 'é', '😀', 'x-', 'ab ', 'said ',
  'according to ', 'declined to ', 'Ms. Varga ', 'O’', '—said ', ':', '|', '#',
];

export interface BombResult {
  where: string;
  source: string;
  /** The unit whose run took longest, and how long the pattern took on it. */
  worstUnit: string;
  worstMs: number;
}

const { regexes } = productRegexes();
const bombs = UNITS.map((unit) => ({ unit, text: `${unit.repeat(Math.ceil(BOMB_CHARS / unit.length))}\u0000` }));

for (const { where, source, flags } of regexes) {
  process.stdout.write(`${JSON.stringify({ starting: where })}\n`);
  const pattern = new RegExp(source, flags);
  let worst = { unit: '', ms: 0 };
  for (const { unit, text } of bombs) {
    pattern.lastIndex = 0;
    const start = performance.now();
    // A global pattern is used to scan the whole text; others to find one match.
    if (pattern.global) text.replace(pattern, '');
    else pattern.exec(text);
    const ms = performance.now() - start;
    if (ms > worst.ms) worst = { unit, ms };
  }
  const result: BombResult = { where, source, worstUnit: worst.unit, worstMs: worst.ms };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
