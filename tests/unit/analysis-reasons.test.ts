import { describe, expect, it } from 'vitest';
import { anonymityReason } from '../../utils/analysis/reasons';
import { analyse, ofKind } from './analysis-helpers';

describe('reasons for anonymity', () => {
  it.each([
    [
      'A port official said the cranes were unsafe, speaking on the condition of anonymity to discuss internal deliberations.',
      'on the condition of anonymity to discuss internal deliberations',
    ],
    [
      'Two engineers spoke on condition of anonymity because they were not authorized to speak publicly.',
      'on condition of anonymity because they were not authorized to speak publicly',
    ],
    [
      'The engineers talked on the condition of anonymity, as did two crane drivers, because of the delicate state of the pay talks.',
      'on the condition of anonymity, as did two crane drivers, because of the delicate state of the pay talks',
    ],
    [
      'A diplomat, who asked not to be named because he feared reprisals, said the envoy had left.',
      'asked not to be named because he feared reprisals',
    ],
    [
      'An aide who requested anonymity to describe a private meeting said the envoy had left.',
      'requested anonymity to describe a private meeting',
    ],
    [
      'A port manager who was not authorized to discuss the budget before the vote said the rally was cancelled.',
      'who was not authorized to discuss the budget before the vote',
    ],
    [
      'The nurse spoke on condition of anonymity as she wasn’t authorized to brief the press.',
      'on condition of anonymity as she wasn’t authorized to brief the press',
    ],
  ])('quotes the reason in: %s', (sentence, reason) => {
    expect(anonymityReason(sentence)).toBe(reason);
  });

  it.each([
    'A port official said the cranes were unsafe, speaking on condition of anonymity.',
    'The minister spoke to reporters about the cranes.',
    'A diplomat who asked not to be identified said the envoy had left.',
  ])('finds no reason where only the terms are stated: %s', (sentence) => {
    expect(anonymityReason(sentence)).toBeUndefined();
  });

  it('attaches the reason to the unnamed source it concerns', () => {
    const report = analyse(
      'A senior port official said the cranes would be replaced.',
      'Marta Quillon, the harbour master, said the cranes were safe.',
      'The official spoke on the condition of anonymity because the decision had not been announced.',
    );
    const [official] = ofKind(report, 'anonymous');
    expect(official!.description).toBe('A senior port official');
    expect(official!.anonymityReason).toBe('on the condition of anonymity because the decision had not been announced');
    expect(official!.mentions).toHaveLength(1);
  });

  it('gives each unnamed source its own reason', () => {
    const report = analyse(
      'An official at the port said the cranes would be replaced.',
      'The official spoke on condition of anonymity as she was not authorized to discuss the contract.',
      'A local doctor said two workers were hurt.',
      'The doctor spoke on condition of anonymity because he was not authorized to speak to the media.',
    );
    expect(ofKind(report, 'anonymous').map((s) => s.anonymityReason)).toEqual([
      'on condition of anonymity as she was not authorized to discuss the contract',
      'on condition of anonymity because he was not authorized to speak to the media',
    ]);
  });
});
