import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../utils/analysis/analyse';

// Hostile inputs must complete: every regular expression and every walk is bounded, so the
// work grows linearly with the text. Sizes keep this file under two seconds on a slow
// machine; timing targets live in the benchmark script, not here.
describe('pathological inputs', () => {
  const run = (...paragraphs: string[]) => analyseArticle({ title: 'x', paragraphs });

  it.each([
    ['200,000 capitalised words in one run', 'Alpha Beta '.repeat(100_000)],
    ['100,000 "said" in one run', 'said '.repeat(100_000)],
    ['1,000,000 quote marks', '“'.repeat(500_000) + '"'.repeat(500_000)],
    ['a long run of dots', '.'.repeat(300_000)],
    ['a long run of dashes', '— '.repeat(100_000)],
    ['a long run of apostrophes', "'".repeat(300_000)],
  ])('completes on %s', (_label, text) => {
    const report = run(text);
    expect(report.isArticle).toBe(true);
    expect(report.sources).toEqual([]);
  });

  it.each([
    ['capitalised names that speak', 'Alpha Beta said so. '.repeat(1_000)],
    ['sentences of "said"', 'Said said said. '.repeat(1_000)],
    ['"he said" over and over', 'He said he said. '.repeat(1_000)],
    ['initials', 'A. B. C. D. said. '.repeat(1_000)],
    ['quotes and periods', '“A.” “B.” '.repeat(1_000)],
    ['closing quotes without openings', '”A” b” said. '.repeat(1_000)],
    ['commas before a verb', 'Officials, aides, sources, said. '.repeat(800)],
    ['parentheses before a verb', 'Jo Roe (a) (b) (c) said. '.repeat(800)],
  ])('completes on many short sentences of %s', (_label, text) => {
    expect(run(text).isArticle).toBe(true);
  });

  it('still finds the attributions in a long article', () => {
    const report = run(...Array.from({ length: 1_000 }, (_, i) => `Marta Quillon said crane ${i} would be replaced.`));
    expect(report.sources.flatMap((s) => s.mentions)).toHaveLength(1_000);
  });
});
