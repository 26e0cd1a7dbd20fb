import { describe, expect, it } from 'vitest';
import { analyse, names, source } from './analysis-helpers';

describe('named people', () => {
  it('merges the forms of one name and keeps the first full form', () => {
    const report = analyse(
      'Responding to questions, the minister’s spokesman, Karel S. Brandt, said the plan was sound.',
      '“We stand by it,” Mr. Brandt said. Brandt added that talks would go on.',
    );
    expect(names(report, 'named')).toEqual(['Karel S. Brandt']);
    const brandt = source(report, 'Karel S. Brandt')!;
    expect(brandt.aliases).toEqual(expect.arrayContaining(['Mr. Brandt', 'Brandt']));
    expect(brandt.description).toBe('the minister’s spokesman');
    expect(brandt.mentions.map((m) => m.paragraph)).toEqual([0, 1, 1]);
  });

  it.each([
    ['an appositive after the name', 'Tomas Okafor, the agency’s director, said fares would rise.', 'Tomas Okafor', 'the agency’s director'],
    ['a title before the name', 'Transport Minister Lucia Ferrante said fares would rise.', 'Lucia Ferrante', 'Transport Minister'],
    ['a lower-case role before the name', 'Local resident Amara Diallo said fares would rise.', 'Amara Diallo', 'Local resident'],
    ['a role chain', 'Pavel Horak, chief executive of Vellum, a rail supplier, said fares would rise.', 'Pavel Horak', 'chief executive of Vellum, a rail supplier'],
    ['a relative clause', 'Retired Gen. Augusta Pellham, who chairs the freight council, said fares would rise.', 'Augusta Pellham', 'Retired Gen.'],
  ])('takes the role from %s', (_label, sentence, name, role) => {
    const report = analyse(sentence);
    expect(names(report, 'named')).toEqual([name]);
    expect(source(report, name)!.description).toBe(role);
  });

  it.each([
    ['a particle', 'Anouk van der Berg said the dike would hold.', 'Anouk van der Berg'],
    ['a hyphen', 'Kim Yong-soo said the dike would hold.', 'Kim Yong-soo'],
    ['initials', 'Elias J. R. Moreau said the dike would hold.', 'Elias J. R. Moreau'],
    ['an accent', 'Zoë Ñúñez said the dike would hold.', 'Zoë Ñúñez'],
    ['bin', 'Khalid bin Rashed said the dike would hold.', 'Khalid bin Rashed'],
    ['a suffix', 'Harlan Whitcomb Jr. said the dike would hold.', 'Harlan Whitcomb Jr.'],
  ])('reads names with %s', (_label, sentence, name) => {
    expect(names(analyse(sentence), 'named')).toEqual([name]);
  });

  it('gives a shared surname to the person named last', () => {
    const report = analyse(
      'Prime Minister Rafael Ostrova said the border was calm.',
      'Ostrova added that talks would resume.',
      'Military spokesman Lt. Gen. Dimitar Ostrova said troops had pulled back.',
      'Ostrova said the army would stay alert.',
    );
    expect(names(report, 'named')).toEqual(['Rafael Ostrova', 'Dimitar Ostrova']);
    expect(source(report, 'Rafael Ostrova')!.mentions).toHaveLength(2);
    expect(source(report, 'Dimitar Ostrova')!.mentions).toHaveLength(2);
  });

  it('resolves he and she to the person who spoke', () => {
    const report = analyse('Councilwoman Priya Halden criticised the plan.', '“It is a giveaway,” she said.');
    expect(names(report, 'named')).toEqual(['Priya Halden']);
    expect(source(report, 'Priya Halden')!.mentions[0]!.quote).toBe('It is a giveaway');
  });

  it('resolves "the mayor" to the person named with that title', () => {
    const report = analyse('Mayor Elena Varga opened the depot.', 'The mayor said it would create 300 jobs.');
    expect(names(report, 'named')).toEqual(['Elena Varga']);
  });

  it('treats a lone surname as a person when the article names that person', () => {
    const report = analyse('The plan was drafted by Ingrid Solberg, an architect.', 'Solberg said the costs had doubled.');
    expect(names(report, 'named')).toEqual(['Ingrid Solberg']);
  });

  it('does not count people who only act or are discussed', () => {
    const report = analyse(
      'President Alvaro Quint visited the flooded district on Monday.',
      'Quint met families and toured a shelter run by Sister Mireille Ota.',
    );
    expect(report.sources).toEqual([]);
  });

  it('does not count bylines, credits, contributor lines or author bios', () => {
    const report = analyse(
      'By Marisol Quenby and Desmond Achterberg',
      'The council voted 7 to 2, said Tomas Okafor, the clerk.',
      'Photo: Jonah Ferreira for The Calder Ledger',
      'Desmond Achterberg contributed reporting. Reporting was contributed by Ilse Moravec.',
      'Marisol Quenby is a reporter for The Calder Ledger. She writes about transit.',
    );
    expect(names(report, 'named')).toEqual(['Tomas Okafor']);
  });

  it('reads a lone name joined to a person as a person', () => {
    const report = analyse('Sen. Tomas Brandvik and Okonjo said the bill would pass.');
    expect(names(report, 'named')).toEqual(['Tomas Brandvik', 'Okonjo']);
  });

  it('keeps first names that are also common words', () => {
    const report = analyse('The deputy was Bill Harrow, who ran the newsroom.', '(Harrow denies this.)');
    expect(names(report, 'named')).toEqual(['Bill Harrow']);
  });

  it('takes the spokesperson, not the principal, as the source', () => {
    const report = analyse('Governor Tilda Rask was travelling; her spokesman, Bram Okoye, said the order would stand.');
    expect(names(report, 'named')).toEqual(['Bram Okoye']);
  });
});
