import { describe, expect, it } from 'vitest';
import { analyse, anonymousSentences, ofKind } from './analysis-helpers';

describe('unnamed sources', () => {
  it.each([
    'Two former senior officials close to the palace said the king had refused to sign.',
    'The king had refused to sign, according to a person familiar with the matter.',
    'People briefed on the talks said the king had refused to sign.',
    'Western diplomats say the king had refused to sign.',
    'The king had refused to sign, sources said.',
    '“He will not sign,” said one senior official who attended the meeting.',
    'A diplomat who asked not to be identified said the king had refused to sign.',
    'One of the officials told reporters the king had refused to sign.',
    'The king, the current and former aides said, had refused to sign.',
    'Residents of Tarnby said the water had risen overnight.',
  ])('finds the descriptor in: %s', (sentence) => {
    const report = analyse(sentence);
    expect(anonymousSentences(report)).toEqual([sentence]);
    expect(ofKind(report, 'named')).toEqual([]);
  });

  it('follows back-references to the right group', () => {
    const report = analyse(
      'Two senior officials familiar with the negotiations said the port would close.',
      'The officials said the decision was made last week.',
      'A person briefed on the talks said unions had not been told.',
      'One of the officials added that the navy would take over.',
      'The closure would last a year, they said.',
    );
    const groups = ofKind(report, 'anonymous');
    expect(groups.map((g) => g.description)).toEqual(['Two senior officials familiar with the negotiations', 'A person briefed on the talks']);
    expect(groups[0]!.mentions).toHaveLength(4);
    expect(groups[1]!.mentions).toHaveLength(1);
  });

  it('resolves "one said" to the group just described', () => {
    const report = analyse('Villagers near the quarry say the blasts crack their walls.', 'One said her roof had fallen in twice.');
    expect(anonymousSentences(report)).toHaveLength(2);
  });

  it('leaves out vague collectives and beliefs', () => {
    const report = analyse(
      'Critics say the plan is a giveaway.',
      'Many residents believe the port will never close.',
      'Some analysts think the minister will resign.',
      'Officials were worried about the cost.',
    );
    expect(anonymousSentences(report)).toEqual([]);
  });

  it('counts a collective that relays a figure', () => {
    const report = analyse('Advocates estimate that 18,000 families are affected.');
    expect(anonymousSentences(report)).toHaveLength(1);
  });

  it('does not count a sentence that only gives the terms of anonymity', () => {
    const report = analyse(
      'A senior official said the port would close.',
      'The official spoke on the condition of anonymity because of the sensitivity of the talks.',
    );
    expect(anonymousSentences(report)).toEqual(['A senior official said the port would close.']);
  });

  it('treats the writer as no source', () => {
    const report = analyse('I interviewed the mayor twice. We spoke about the port.');
    expect(report.sources).toEqual([]);
  });
});
