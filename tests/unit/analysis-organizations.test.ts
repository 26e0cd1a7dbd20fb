import { describe, expect, it } from 'vitest';
import { analyse, anonymousSentences, names, source } from './analysis-helpers';

describe('organisations on the record', () => {
  it.each([
    ['speaking as such', 'The Halvorsen Foundation said it would fund the school.', 'Halvorsen Foundation'],
    ['in a statement', 'In a statement, the Ministry of Coastal Affairs said the ferry was safe.', 'Ministry of Coastal Affairs'],
    ['through an unnamed spokeswoman', 'A spokeswoman for Northgate Logistics said the trains would run.', 'Northgate Logistics'],
    ['through a modifier spokesman', 'A Corvane spokesman said the recall was voluntary.', 'Corvane'],
    ['a country speaking', 'Norway said it would send two ships.', 'Norway'],
    ['a seat of power', 'The Kremlin said the talks were over.', 'Kremlin'],
    ['according to a research firm', 'Sales fell 4 percent, according to Brightline Research.', 'Brightline Research'],
    ['a passive report', 'The merger was first reported by The Harbour Gazette.', 'Harbour Gazette'],
    ['an acronym', 'The NRMA said it had no record of the claim.', 'NRMA'],
  ])('%s', (_label, sentence, name) => {
    const report = analyse(sentence);
    expect(names(report, 'organization')).toEqual([name]);
    expect(anonymousSentences(report)).toEqual([]);
  });

  it('resolves "the company" and "the ministry" to the institution named before', () => {
    const report = analyse(
      'Corvane Holdings Inc. makes valves for ferries.',
      'The company said in a statement that no valve had failed.',
      'The Ministry of Coastal Affairs opened an inquiry.',
      'The ministry said it would report in June.',
    );
    expect(names(report, 'organization')).toEqual(['Corvane Holdings Inc.', 'Ministry of Coastal Affairs']);
  });

  it('resolves a sentence-initial "Police" or "The Embassy" to the body named before', () => {
    const report = analyse(
      'Norwegian police and paramedics said two people were hurt.',
      'Police say the driver fled.',
      'Norway’s embassy in Lisbon issued a statement.',
      'The Embassy says no Norwegians were hurt.',
    );
    expect(names(report, 'organization')).toEqual(['Norwegian police', 'Norway’s embassy']);
  });

  it('puts a named spokesperson on the record as a person, not the body', () => {
    const report = analyse('Ilse Moravec, a spokeswoman for the Halvorsen Foundation, said the grant was final.');
    expect(names(report, 'named')).toEqual(['Ilse Moravec']);
    expect(names(report, 'organization')).toEqual([]);
  });

  it('lists a company and its unnamed officials separately', () => {
    const report = analyse(
      'Brightwater Energy said it would appeal.',
      'Two Brightwater officials, speaking on condition of anonymity because they were not authorized to discuss the case, said the appeal would fail.',
    );
    expect(names(report, 'organization')).toEqual(['Brightwater Energy']);
    expect(anonymousSentences(report)).toHaveLength(1);
  });

  it('carries every mention of the institution', () => {
    const report = analyse('The Halvorsen Foundation said it would fund the school.', 'The foundation added that it had no other plans.');
    expect(source(report, 'Halvorsen Foundation')!.mentions.map((m) => m.paragraph)).toEqual([0, 1]);
  });
});
