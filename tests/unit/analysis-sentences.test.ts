import { describe, expect, it } from 'vitest';
import { segmentArticle, splitSentences } from '../../utils/analysis/sentences';

describe('splitSentences', () => {
  it.each([
    ['Mr. Halvard Strand met Dr. Ada Lind on Jan. 5. They talked.', ['Mr. Halvard Strand met Dr. Ada Lind on Jan. 5.', 'They talked.']],
    ['Gen. Ivo Brask and Sen. Lia Moro spoke. Lt. Col. Ane Berg listened.', ['Gen. Ivo Brask and Sen. Lia Moro spoke.', 'Lt. Col. Ane Berg listened.']],
    ['Mrs. Ora Pell, Ms. Una Rey and Gov. Tam Kell met in St. Paul. Rep. Dov Ash left.', ['Mrs. Ora Pell, Ms. Una Rey and Gov. Tam Kell met in St. Paul.', 'Rep. Dov Ash left.']],
    ['The spokesman, Karel S. Brandt, said so. He left.', ['The spokesman, Karel S. Brandt, said so.', 'He left.']],
    ['U.S. officials and U.N. envoys met U.K. diplomats. Nothing came of it.', ['U.S. officials and U.N. envoys met U.K. diplomats.', 'Nothing came of it.']],
    ['The talks began in the U.S. The next day they ended.', ['The talks began in the U.S.', 'The next day they ended.']],
    ['Prices rose 3.5 percent. Analysts at Corvane Inc. said so.', ['Prices rose 3.5 percent.', 'Analysts at Corvane Inc. said so.']],
    ['It works for Corvane Inc. The company said nothing.', ['It works for Corvane Inc.', 'The company said nothing.']],
  ])('keeps abbreviations and initials inside: %s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('keeps a quoted passage of several sentences with its attribution', () => {
    expect(splitSentences('“We are done. We go home,” she said. The hall emptied.')).toEqual([
      '“We are done. We go home,” she said.',
      'The hall emptied.',
    ]);
  });

  it('ends a sentence after a closing quote that follows its period', () => {
    expect(splitSentences('He called it “a disgrace.” Then he left.')).toEqual(['He called it “a disgrace.”', 'Then he left.']);
  });

  it('does not end a sentence at a question mark followed by a lower-case word', () => {
    expect(splitSentences('“Why not?” she asked. Then she left!')).toEqual(['“Why not?” she asked.', 'Then she left!']);
  });

  it('reads two apostrophes as a double quote', () => {
    expect(splitSentences("''It is over. We lost,'' said Ina Vell. Then she left.")).toEqual([
      "''It is over. We lost,'' said Ina Vell.",
      'Then she left.',
    ]);
  });

  it('keeps an em-dash aside inside the sentence', () => {
    expect(splitSentences('The mayor — a former judge — said no. Council agreed.')).toEqual([
      'The mayor — a former judge — said no.',
      'Council agreed.',
    ]);
  });

  it('splits normally when a quote never closes in the paragraph (it continues in the next one)', () => {
    expect(splitSentences('“The first thing. The second thing.')).toEqual(['“The first thing.', 'The second thing.']);
  });

  it('numbers sentences across paragraphs and remembers their paragraph', () => {
    const s = segmentArticle(['One here. Two here.', 'Three here.']);
    expect(s.map((x) => [x.index, x.paragraph])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
  });

  it('stops at the sentence limit, within a paragraph and across paragraphs', () => {
    expect(splitSentences('One here. Two here. Three here.', 2)).toEqual(['One here.', 'Two here.']);
    const s = segmentArticle(['One here. Two here.', 'Three here. Four here.', 'Five here.'], 3);
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([
      ['One here.', 0],
      ['Two here.', 0],
      ['Three here.', 1],
    ]);
  });
});
