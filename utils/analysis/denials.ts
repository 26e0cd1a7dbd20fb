/**
 * Denials and non-answers, one verdict per sentence:
 * - `denial`: denies, disputes, rejects a claim, calls it false or baseless, says it had no
 *   knowledge of what is alleged, pleads not guilty;
 * - `no_comment`: declined to comment, would not discuss, referred questions elsewhere;
 * - `no_response`: did not respond, could not be reached.
 * The cue words come from cues.ts; this module adds the "called it false" family and picks
 * the strongest verdict when a sentence holds several (denial > no_comment > no_response).
 */
import type { Cue } from './cues';
import type { DenialType } from './report';

const FALSITY =
  /\b(?:false(?:ly|hoods?)?|untrue|not\s+true|incorrect|inaccurate|baseless|unfounded|groundless|fabricat(?:ed|ion|ions)|lies|a\s+lie|misleading|nonsense|without\s+merit|no\s+merit|no\s+basis|not\s+credible|misconstrued|mischaracteri[sz](?:ed|es|ing|ation)|distort(?:ed|s|ing|ion)|hoax|categorically|never\s+happened|did\s*(?:not|n['’]t)\s+happen|had\s+no\s+knowledge|no\s+knowledge\s+of|(?:was|were)\s*(?:not|n['’]t)\s+aware|unaware\s+of|no\s+recollection|(?:did|does|do)\s*(?:not|n['’]t)\s+recall|maintain(?:s|ed)?\s+(?:his|her|their|its)\s+innocence|(?:I|we)\s+never\s+(?:said|did|knew|saw|received|told|asked|laid|met|made)|never\s+did\s+anything|at\s+no\s+time|(?:don['’]t|do\s+not|didn['’]t|did\s+not)\s+know\s+anything\s+about|know\s+nothing\s+about|(?:did|does|do)\s*(?:not|n['’]t)\s+do\s+anything\s+(?:wrong|improper|illegal)|did\s+nothing\s+wrong|nothing\s+to\s+do\s+with|(?:reports?|claims?|stor(?:y|ies)|allegations?|accusations?|accounts?|figures|numbers|characteri[sz]ations?|suggestions?)\s+(?:is|are|was|were)\s+(?:simply\s+|just\s+|flat\s+|dead\s+|completely\s+)?wrong|(?:was|were|is|are|had|has|have)\s+never\s+(?:been\s+)?\p{L}+ed)\b/iu;

/** Verbs that answer a charge; with a negation after them they deny it ("insisted it was not …"). */
const REBUTTAL = /\b(?:maintained|maintains|maintain|insisted|insists|insist|responded|responds|replied|replies|contended|contends)\b[^.;]{0,80}?(?:\b(?:not|never|no)\b|n['’]t\b)/iu;

/** "Asked about X, she said: “We don't …”" answers a question with a denial; "…, he pointed to …" deflects it. */
const ASKED = /^(?:when\s+)?asked\b/iu;
const NEGATION = /\b(?:not|never|no|nothing)\b|n['’]t\b/iu;
const DEFLECTION = /\b(?:pointed|referred)\s+(?:to|questions)\b/iu;

const RANK: Record<DenialType, number> = { denial: 3, no_comment: 2, no_response: 1 };

export interface DenialVerdict {
  type: DenialType;
  /** The cue whose speaker denied or did not answer. */
  cue: Cue;
}

/** `cues`: every cue of the sentence; `speech`: a cue with a speaker, for "called it false". */
export function denialVerdict(sentence: string, cues: Cue[], speech: Cue | undefined, speechEnd = 0): DenialVerdict | undefined {
  let best: DenialVerdict | undefined;
  for (const cue of cues) {
    if (cue.kind === 'speech') continue;
    if (!best || RANK[cue.kind] > RANK[best.type]) best = { type: cue.kind, cue };
  }
  if ((!best || best.type !== 'denial') && speech && (FALSITY.test(sentence) || REBUTTAL.test(sentence))) best = { type: 'denial', cue: speech };
  if (!best && speech && ASKED.test(sentence)) {
    // The answer: the words right after the cue.
    const answer = sentence.slice(speechEnd, speechEnd + 80);
    if (DEFLECTION.test(sentence)) best = { type: 'no_comment', cue: speech };
    else if (NEGATION.test(answer)) best = { type: 'denial', cue: speech };
  }
  return best;
}
