import { describe, expect, it } from 'vitest';
import { summarise } from '../../utils/analysis/report';
import { analyse } from './analysis-helpers';

// An invented article that mixes every kind of source, checked end to end.
const ARTICLE = [
  'By Noor Haddad',
  'TARNBY — The Tarnby Water Board will close the Ellery reservoir for a year, two board officials said on Monday, after engineers found cracks in its dam.',
  'The officials spoke on condition of anonymity because the closure has not been announced.',
  '“We cannot take the risk of a breach,” said Oskar Lindqvist, the board’s chief engineer. “The cracks are deeper than we thought.”',
  'Mr. Lindqvist said repairs would cost about $40 million.',
  'The board said in a statement that drinking water would not be affected.',
  'Residents near the dam said they had been told nothing. One said her cellar had flooded twice this spring.',
  'Councillor Grete Mohn, who chairs the water committee, called reports that the board had ignored earlier warnings “simply false.”',
  'Halden Concrete, which built the dam in 1998, declined to comment. Its former chief executive, Pieter Valk, did not respond to messages.',
  'Noor Haddad is a reporter for The Tarnby Courier.',
];

describe('a whole article', () => {
  const report = analyse(...ARTICLE);

  it('lists each source once, in order of first attribution', () => {
    expect(report.sources.map((s) => [s.kind, s.name ?? s.description])).toEqual([
      ['anonymous', 'two board officials'],
      ['named', 'Oskar Lindqvist'],
      ['organization', 'Tarnby Water Board'],
      ['anonymous', 'Residents near the dam'],
      ['named', 'Grete Mohn'],
      ['organization', 'Halden Concrete'],
    ]);
  });

  it('gives the reason for anonymity to the officials', () => {
    const officials = report.sources[0]!;
    expect(officials.anonymityReason).toBe('on condition of anonymity because the closure has not been announced');
    expect(officials.mentions.map((m) => m.paragraph)).toEqual([1]);
  });

  it('carries every mention of a named source, with its quote', () => {
    const lindqvist = report.sources[1]!;
    expect(lindqvist.description).toBe('the board’s chief engineer');
    expect(lindqvist.aliases).toContain('Mr. Lindqvist');
    expect(lindqvist.mentions).toEqual([
      {
        sentence: '“We cannot take the risk of a breach,” said Oskar Lindqvist, the board’s chief engineer.',
        paragraph: 3,
        quote: 'We cannot take the risk of a breach',
      },
      { sentence: 'Mr. Lindqvist said repairs would cost about $40 million.', paragraph: 4 },
    ]);
  });

  it('follows "one said" back to the residents', () => {
    expect(report.sources[3]!.mentions.map((m) => m.sentence)).toEqual([
      'Residents near the dam said they had been told nothing.',
      'One said her cellar had flooded twice this spring.',
    ]);
  });

  it('records denials and non-answers with who gave them', () => {
    expect(report.denials.map((d) => [d.type, d.by, d.paragraph])).toEqual([
      ['denial', 'Grete Mohn', 7],
      ['no_comment', 'Halden Concrete', 8],
      ['no_response', 'Pieter Valk', 8],
    ]);
  });

  it('feeds the summary', () => {
    const summary = summarise(report);
    expect(summary.named).toBe(2);
    expect(summary.organizations).toBe(2);
    expect(summary.anonymous).toBe(3);
  });
});
