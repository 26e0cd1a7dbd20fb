import { describe, expect, it } from 'vitest';
import { analyse, names, source } from './analysis-helpers';

describe('attribution cues in every position', () => {
  it.each([
    ['subject before the verb', 'Marta Quillon said the bridge would reopen in May.'],
    ['inverted after a quote', '“The bridge will reopen in May,” said Marta Quillon.'],
    ['inverted after a clause', 'The bridge will reopen in May, said Marta Quillon, the city engineer.'],
    ['verb after a quote', '“The bridge will reopen in May,” Marta Quillon said.'],
    ['according to', 'The bridge will reopen in May, according to Marta Quillon.'],
    ['told', 'Marta Quillon told reporters the bridge would reopen in May.'],
    ['added', 'Marta Quillon added that the bridge would reopen in May.'],
    ['wrote', 'Marta Quillon wrote in a memo that the bridge would reopen in May.'],
    ['testified', 'Marta Quillon testified that the bridge would reopen in May.'],
    ['argued', 'Marta Quillon argued that the bridge should reopen in May.'],
    ['confirmed', 'Marta Quillon confirmed that the bridge would reopen in May.'],
    ['explained', 'Marta Quillon explained that the bridge would reopen in May.'],
    ['insisted', 'Marta Quillon insisted that the bridge would reopen in May.'],
    ['warned', 'Marta Quillon warned that the bridge might not reopen in May.'],
    ['posted', 'Marta Quillon posted on social media that the bridge would reopen in May.'],
    ['in a statement', 'In a statement, Marta Quillon said the bridge would reopen in May.'],
    ['in an interview', 'Marta Quillon said in an interview that the bridge would reopen in May.'],
    ['in a voice message', 'Marta Quillon said in a voice message that the bridge would reopen in May.'],
    ['parenthetical', 'The bridge, Marta Quillon said, would reopen in May.'],
    ['participle continuing a clause', 'Marta Quillon praised the crews on Monday, saying the bridge would reopen in May.'],
    ['question after a quote', '“Will it reopen in May?” Marta Quillon asked.'],
    ['colon before a quote', 'Marta Quillon continued: “It will reopen in May.”'],
  ])('%s', (_label, sentence) => {
    const report = analyse(sentence);
    expect(names(report, 'named')).toEqual(['Marta Quillon']);
    expect(source(report, 'Marta Quillon')!.mentions[0]!.sentence).toBe(sentence);
  });

  it('ignores cues inside the quoted words', () => {
    const report = analyse('“My neighbours told me the river rose overnight,” said Ivo Castellane.');
    expect(names(report, 'named')).toEqual(['Ivo Castellane']);
    expect(report.sources.filter((s) => s.kind === 'anonymous')).toEqual([]);
  });

  it('does not take infinitives, passives or nouns for attributions', () => {
    const report = analyse(
      'Lorna Pike declined to say more and was told to wait.',
      'The claims by Dario Fenn were reviewed, and reports of a fire were heard.',
      'Sela Moss is said to be the favourite.',
    );
    expect(names(report, 'named')).toEqual(['Lorna Pike']);
  });

  it('does not take a verb phrase for the gap between a subject and a distant cue word', () => {
    const report = analyse(
      'Morning Yoga can ease common triggers like stress and worry.',
      'Harbour Fitness Club members swear by it, and their coaches note that it helps.',
    );
    expect(names(report, 'named')).toEqual([]);
  });

  it('keeps the quoted words of the mention', () => {
    const report = analyse('“The water is safe,” said Ines Marlowe. “We tested it twice.”');
    expect(source(report, 'Ines Marlowe')!.mentions[0]).toEqual({
      sentence: '“The water is safe,” said Ines Marlowe.',
      paragraph: 0,
      quote: 'The water is safe',
    });
  });

  it('reads an -ing cue after "before" as the clause subject speaking', () => {
    const report = analyse('Mayor Odile Renard dodged questions about the budget before saying, “We will cut nothing.”');
    expect(names(report, 'named')).toEqual(['Odile Renard']);
  });
});
