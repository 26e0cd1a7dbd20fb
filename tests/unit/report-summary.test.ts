import { describe, expect, it } from 'vitest';
import { summarise, type AnalysisReport } from '../../utils/analysis/report';

const mention = (sentence: string) => ({ sentence, paragraph: 0 });

describe('summarise', () => {
  it('counts sources by kind, anonymous attributions per sentence and their share', () => {
    const report: AnalysisReport = {
      isArticle: true,
      title: 'Quarry expansion approved',
      sources: [
        { kind: 'named', name: 'Odile Brandt', mentions: [mention('Brandt said yes.'), mention('Brandt added more.')] },
        { kind: 'organization', name: 'Fenwick Quarries', mentions: [mention('The company said it was pleased.')] },
        {
          kind: 'anonymous',
          description: 'two council aides',
          mentions: [mention('Two council aides said the vote was close.'), mention('One said it was not.')],
        },
        { kind: 'anonymous', description: 'a person briefed on the plan', mentions: [mention('A person briefed on it said so.')] },
      ],
      denials: [{ type: 'no_comment', sentence: 'The mayor declined to comment.', paragraph: 3 }],
    };
    expect(summarise(report)).toEqual({
      named: 1,
      organizations: 1,
      anonymous: 3,
      denials: 1,
      attributions: 6,
      anonymousShare: 0.5,
      names: ['Odile Brandt', 'Fenwick Quarries'],
      descriptors: ['two council aides', 'a person briefed on the plan'],
    });
  });

  it('gives a share of 0, not NaN, when nothing is attributed', () => {
    const summary = summarise({ isArticle: true, title: 'Quiet day', sources: [], denials: [] });
    expect(summary.attributions).toBe(0);
    expect(summary.anonymousShare).toBe(0);
  });
});
