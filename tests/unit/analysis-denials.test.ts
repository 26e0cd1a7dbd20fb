import { describe, expect, it } from 'vitest';
import { analyse } from './analysis-helpers';

function verdicts(...paragraphs: string[]) {
  return analyse(...paragraphs).denials.map((d) => [d.type, d.by]);
}

describe('denials and non-answers', () => {
  it.each([
    ['denied', 'Halvard Strand denied any wrongdoing.'],
    ['denies in a relative clause', 'The council accused Halvard Strand of fraud, which Strand denies.'],
    ['disputed an account', 'Halvard Strand disputed the auditor’s account of the meeting.'],
    ['rejected a claim', 'Halvard Strand rejected the allegations as politically motivated.'],
    ['called it false', 'Halvard Strand called the report false and said he would sue.'],
    ['called it baseless in a quote', '“These claims are baseless,” Halvard Strand said.'],
    ['had no knowledge', 'Halvard Strand said he had no knowledge of the payments.'],
    ['pleaded not guilty', 'Halvard Strand pleaded not guilty to all charges.'],
    ['answered a question with a denial', 'Asked about the payments, Halvard Strand said: “We never took a cent.”'],
  ])('denial: %s', (_label, sentence) => {
    expect(verdicts('Auditors questioned Halvard Strand about the payments.', sentence)).toEqual([['denial', 'Halvard Strand']]);
  });

  it.each([
    ['declined to comment', 'Corinne Abellard declined to comment.'],
    ['declined an interview request', 'Corinne Abellard declined an interview request.'],
    ['would not discuss', 'Corinne Abellard would not discuss the contract.'],
    ['referred questions', 'Corinne Abellard referred questions to the company’s lawyers.'],
  ])('no comment: %s', (_label, sentence) => {
    expect(verdicts(sentence)).toEqual([['no_comment', 'Corinne Abellard']]);
  });

  it.each([
    ['did not respond', 'Rafael Dunmore did not respond to requests for comment.'],
    ['did not return calls', 'Rafael Dunmore did not return calls on Tuesday.'],
    ['could not be reached', 'Rafael Dunmore could not be reached for comment.'],
    ['did not immediately respond', 'A lawyer for Rafael Dunmore did not immediately respond.'],
  ])('no response: %s', (_label, sentence) => {
    const found = verdicts(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe('no_response');
  });

  it('names the body that answers through a spokeswoman', () => {
    expect(verdicts('A spokeswoman for Northgate Logistics declined to comment.')).toEqual([['no_comment', 'Northgate Logistics']]);
  });

  it('makes one entry per sentence, the strongest verdict winning', () => {
    expect(verdicts('After declining an interview request, Halvard Strand said in a statement that the report was false.')).toEqual([
      ['denial', 'Halvard Strand'],
    ]);
  });

  it.each([
    'The mayor rejected calls for a ceasefire.',
    'A court rejected the motion to dismiss.',
    'Troops patrolled the disputed territory.',
    'The border has been in dispute for decades.',
    'She was denied entry at the border.',
    'The senator accused the minister of lying.',
    'New Delhi did not respond to the proposal.',
    'I could not confirm the rumours.',
  ])('is not a denial: %s', (sentence) => {
    expect(verdicts(sentence)).toEqual([]);
  });

  it('counts a person who declines to comment as a source, not one who does not respond', () => {
    const report = analyse('Corinne Abellard declined to comment.', 'Rafael Dunmore did not respond to requests for comment.');
    expect(report.sources.map((s) => s.name)).toEqual(['Corinne Abellard']);
  });
});

describe('criticism is not denial', () => {
  it('does not read "the decision was wrong" as a denial, but does "the report is wrong"', () => {
    expect(verdicts('Critics said the decision to close the pier was wrong.')).toEqual([]);
    expect(verdicts('Halvard Strand said the report was simply wrong.')).toEqual([['denial', 'Halvard Strand']]);
  });
});
