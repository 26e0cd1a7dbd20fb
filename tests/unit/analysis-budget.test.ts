import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../utils/analysis/analyse';
import { MAX_ANALYSED_SENTENCES } from '../../utils/analysis/text-budget';
import { tokenize } from '../../utils/analysis/tokens';

describe('the analyser’s sentence budget', () => {
  it('reads the first MAX_ANALYSED_SENTENCES sentences and no more', () => {
    const filler = 'The tide rose. '.repeat(MAX_ANALYSED_SENTENCES - 1);
    const report = analyseArticle({
      title: 'Harbour notes',
      paragraphs: [`${filler}Ilse Marrow said the ferry would sail.`, 'Teodor Vance said it would not.'],
    });
    expect(report.sources.map((s) => s.name)).toEqual(['Ilse Marrow']);
  });
});

describe('tokenize', () => {
  it('skips every kind of white space between words, as \\s does', () => {
    const text = 'Ilse\u00a0Marrow\u2009said\u3000so\ufeffnow\u200bthen';
    expect(tokenize(text).map((t) => t.text)).toEqual(['Ilse', 'Marrow', 'said', 'so', 'now', '\u200b', 'then']);
  });

  it('splits possessives in both apostrophes and either case, and keeps initials and abbreviations whole', () => {
    const tokens = tokenize("Dr. I. Marrow’s boat and VANCE'S dock, 3.5 miles from the U.K.");
    expect(tokens.map((t) => [t.text, t.lower, t.kind])).toEqual([
      ['Dr.', 'dr.', 'w'],
      ['I.', 'i.', 'w'],
      ['Marrow', 'marrow', 'w'],
      ['’s', "'s", 'w'],
      ['boat', 'boat', 'w'],
      ['and', 'and', 'w'],
      ['VANCE', 'vance', 'w'],
      ["'S", "'s", 'w'],
      ['dock', 'dock', 'w'],
      [',', ',', 'p'],
      ['3.5', '3.5', 'n'],
      ['miles', 'miles', 'w'],
      ['from', 'from', 'w'],
      ['the', 'the', 'w'],
      ['U.K.', 'u.k.', 'w'],
    ]);
    expect(tokens[2]).toMatchObject({ start: 7, end: 13 });
  });
});
