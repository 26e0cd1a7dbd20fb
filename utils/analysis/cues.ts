/**
 * Attribution cues: the words that say someone spoke, wrote, denied, declined or did not
 * answer ("said", "according to", "declined to comment", "did not respond").
 * Each cue says on which side its speaker usually stands; `clauses.ts` finds the speaker.
 */
import type { Token } from './tokens';
import { words } from './lexicon/words';

export type CueKind = 'speech' | 'denial' | 'no_comment' | 'no_response';

export interface Cue {
  kind: CueKind;
  /** Token range [start, end) of the cue words. */
  start: number;
  end: number;
  /** 'left': the speaker precedes ("X said"); 'right': it follows ("according to X"); 'auto': either. */
  side: 'left' | 'right' | 'auto';
  /** An -ing form after a comma ("…, adding that"): the speaker is the clause's subject. */
  participle: boolean;
  /** A cue that only names the channel ("in a statement"): used when nothing stronger is found. */
  weak?: boolean;
}

/** Verbs of saying, writing and asserting (finite forms). Speaker usually on the left. */
const SPEECH_VERBS = words(`
  said says say told tells added adds wrote writes stated testified testifies argued argues argue posted
  confirmed confirms confirm explained explains noted insisted insists insist warned warns warn claimed claims
  claim alleged alleges allege asserted asserts assert contended contends contend recalled recalls recall
  remembered remembers estimated estimate estimates announced announces disclosed discloses revealed reveals
  tweeted replied replies responded responds countered counters maintained maintains maintain conceded concedes
  concede admitted admits admit acknowledged acknowledges acknowledge cautioned cautions predicted predicts
  complained complains declared declares emphasized emphasizes emphasised stressed stresses observed reported
  reports suggested suggests described describes boasted pledged vowed vows promised urged urges accused accuses
  blamed blames criticized criticised condemned questioned objected predicts charged charges recounted recounts
  told explained wondered mused joked quipped lamented conceded concluded clarified reiterated
  reiterates affirmed affirms expressed cited cites add note explain predict describe complain caution
  emphasize emphasise stress recount acknowledge reaffirmed reaffirms reaffirm
`);

/**
 * Verbs that also name acts ("declared an emergency", "pledged to retake", "expressed regret"):
 * they attribute words only before "that", a colon, a quote, or after a quote.
 */
const NEEDS_CONTENT = words(`declared declares pledged vowed vows promised urged urges suggested suggests expressed cited
  cites described describes charged charges accused accuses blamed blames condemned criticized criticised questioned
  boasted objected`);

/** -ing forms that continue an attribution ("…, adding that", "…, saying"). */
const SPEECH_PARTICIPLES = words(`
  saying adding telling writing noting arguing insisting warning claiming explaining stating asserting
  acknowledging declaring stressing emphasizing emphasising contending alleging citing recalling describing
  calling suggesting accusing denying
`);

/** Verbs that inverted attributions use ("…,” said the official"). */
const INVERTIBLE = words(`said says reported reports declared added adds wrote writes explained noted recalled recalls continued asked asks predicted predicts
  countered counters insisted insists argued argues warned warns replied replies`);

/** Forms that are nouns or adjectives after a determiner or preposition ("the claims", "an alleged plot"). */
const AMBIGUOUS = words(`claims claim notes note estimate estimates reports alleged charges charged cited remarks
  described reported promised declared stated stress stresses recall add`);
const DETERMINERS = words(`the a an this that these those its his her their our my your such any no of in on for with to
  by from than as some many several each every like about over under against into`);
const PASSIVE = words(`is are was were be been being`);

interface PhrasePattern {
  re: RegExp;
  /** Lower-case fragments, one of which the sentence must contain: a cheap test before the regex (plain alternatives, one scan). */
  keys: RegExp;
  kind: CueKind;
  side: Cue['side'];
  weak?: boolean;
}

// Every pattern is a fixed sequence of words with bounded optional parts: linear time.
const PHRASES: PhrasePattern[] = [
  { re: /\baccording to\b/giu, keys: /according/, kind: 'speech', side: 'right' },
  { re: /\bpointed out\b/giu, keys: /pointed out/, kind: 'speech', side: 'left' },
  { re: /\b(?:was|were|been|is|are)\s+(?:first\s+|also\s+|previously\s+|initially\s+|earlier\s+)?(?:reported|announced|disclosed|revealed|confirmed)\s+by\b/giu, keys: / by/, kind: 'speech', side: 'right' },
  { re: /\b(?:issued|issues|sent\s+out|released|put\s+out)\s+(?:a|an)\s+(?:\p{L}+\s+)?statement\b/giu, keys: /statement/, kind: 'speech', side: 'left' },
  { re: /\bwent on to say\b/giu, keys: /went on/, kind: 'speech', side: 'left' },
  {
    re: /\b(?:in|during|via|through)\s+(?:an?|the|his|her|its|their)\s+(?:\w+\s+){0,2}?(?:statement|interview|voice message|email|e-mail|post|posting|tweet|news release|press release|news conference|press conference|briefing|letter|memo)\b/giu,
    keys: /statement|interview|message|mail|post|tweet|release|conference|briefing|letter|memo/, kind: 'speech',
    side: 'auto',
    weak: true,
  },
  {
    re: /\b(?:declined|declines|decline|declining|refused|refuses|refuse|refusing)\s+(?:repeated\s+|multiple\s+|several\s+|numerous\s+)?(?:to\s+(?:immediately\s+)?(?:comment|discuss|elaborate|say|answer|respond|specify|confirm|reveal|disclose|identify|speak|be\s+interviewed|talk|address|repeat|explain|characteri[sz]e|describe|share|name|provide\s+(?:details|comment|further)|give\s+(?:details|comment|a\s+reason))|(?:an?\s+)?(?:interview|comment)|requests?\s+(?:for|to)\s+(?:comment|an?\s+interview|be\s+interviewed))\b/giu,
    keys: /declin|refus/, kind: 'no_comment',
    side: 'left',
  },
  {
    re: /\b(?:would|will|did|does|do|has|have)\s*(?:not|n['’]t)\s+(?:immediately\s+)?(?:comment|discuss|elaborate|say\s+(?:why|whether|how|what|when|who|if|anything|more|much|nothing)|confirm|specify|disclose|address)\b/giu,
    keys: /not|n't|n’t/, kind: 'no_comment',
    side: 'left',
  },
  { re: /\b(?:wouldn['’]t|won['’]t|didn['’]t|doesn['’]t|can['’]t|couldn['’]t)\s+(?:comment|discuss|elaborate|say\s+(?:why|whether|how|what|anything|more))\b/giu, keys: /n't|n’t/, kind: 'no_comment', side: 'left' },
  { re: /\b(?:had|has|have|gave|offered|with)\s+no\s+(?:immediate\s+)?comment\b/giu, keys: /no /, kind: 'no_comment', side: 'left' },
  { re: /\bno\s+(?:immediate\s+)?comment\s+from\b/giu, keys: /no /, kind: 'no_comment', side: 'right' },
  { re: /\bno\s+(?:immediate\s+)?(?:response|reply)\s+from\b/giu, keys: /no /, kind: 'no_response', side: 'right' },
  { re: /\bno\s+(?:immediate\s+)?comment\b/giu, keys: /no /, kind: 'no_comment', side: 'auto' },
  { re: /\bdeclined\s+comment\b/giu, keys: /declined/, kind: 'no_comment', side: 'left' },
  { re: /\b(?:has|have|had)\s+not\s+(?:yet\s+)?commented\b/giu, keys: /commented/, kind: 'no_comment', side: 'left' },
  { re: /\breferred\s+(?:all\s+)?(?:questions|inquiries|requests|reporters|calls|comment)\b/giu, keys: /referred/, kind: 'no_comment', side: 'left' },
  { re: /\b(?:not|never)\s+going\s+to\s+(?:comment|speak\s+to|discuss|get\s+into)\b/giu, keys: /going to/, kind: 'no_comment', side: 'left' },
  { re: /\b(?:did|would)\s+not\s+(?:offer|provide|give)\s+(?:any\s+)?(?:details|specifics|an\s+explanation|a\s+reason)\b/giu, keys: /not/, kind: 'no_comment', side: 'left' },
  {
    re: /\b(?:did|does|do|has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:immediately\s+)?(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?|answer(?:ed)?)\b/giu,
    keys: /not|n't|n’t/, kind: 'no_response',
    side: 'left',
  },
  { re: /\b(?:has|have|had)\s+yet\s+to\s+(?:respond|reply|return|answer)\b/giu, keys: /yet to/, kind: 'no_response', side: 'left' },
  { re: /\b(?:could|can)\s*(?:not|n['’]t)\s+(?:immediately\s+)?be\s+(?:reached|contacted)\b/giu, keys: /reached|contacted/, kind: 'no_response', side: 'left' },
  { re: /\b(?:was|were|is|are)\s+(?:not\s+)?(?:immediately\s+)?(?:unavailable|not\s+available)\s+(?:for|to)\s+comment\b/giu, keys: /available/, kind: 'no_response', side: 'left' },
  { re: /\bdid\s+not\s+hear\s+back\b/giu, keys: /hear back/, kind: 'no_response', side: 'left' },
  { re: /\b(?:would|will|did)\s+say\s+nothing\b/giu, keys: /nothing/, kind: 'no_comment', side: 'left' },
  { re: /\b(?:attempts|efforts|calls|messages|requests)\s+(?:\w+\s+){0,3}?(?:were|was|went|have\s+been|had\s+been)\s+(?:unsuccessful|unanswered|unreturned|not\s+returned)\b|\b(?:phone|calls?|messages?|emails?|requests?|inquiries|questions)\s+(?:\w+\s+){0,2}?(?:rang|went|remained|have\s+gone|has\s+gone)\s+unanswered\b/giu, keys: /unanswered|unsuccessful|unreturned|not returned/, kind: 'no_response', side: 'left' },
  { re: /\b(?:countered|counters|rebutted|rebuts)\b/giu, keys: /counter|rebut/, kind: 'denial', side: 'left' },
  { re: /\bpush(?:ed|es|ing)?\s+back\s+(?:against|on)\b/giu, keys: /back/, kind: 'denial', side: 'left' },
  { re: /\b(?:issued|sent|send|released|offered|posted|gave)\s+(?:a|an|the|his|her|its|their|\w+['’]s)\s+(?:\w+\s+)?denial\b/giu, keys: /denial/, kind: 'denial', side: 'left' },
  { re: /\b(?:no|without)\s+(?:immediate\s+)?(?:response|reply)\b/giu, keys: /response|reply/, kind: 'no_response', side: 'auto' },
  { re: /\bpleaded\s+not\s+guilty\b|\bpleads\s+not\s+guilty\b|\bplead\s+not\s+guilty\b/giu, keys: /guilty/, kind: 'denial', side: 'left' },
];

/** What a non-response must be about, to be a non-response to the reporter (not to a proposal). */
const RESPONSE_OBJECTS = words(`request requests message messages call calls email emails e-mail e-mails inquiry inquiries
  query queries question questions text texts voicemail voicemails comment comments phone letter letters
  interview reporters reporter`);

export function findCues(text: string, tokens: Token[]): Cue[] {
  const cues: Cue[] = [];
  const taken = new Uint8Array(tokens.length);
  const lower = text.toLowerCase();
  for (const p of PHRASES) {
    if (!p.keys.test(lower)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
      const start = tokenAt(tokens, m.index);
      const end = tokenAt(tokens, m.index + m[0].length - 1) + 1;
      if (start < 0 || end <= start || taken[start]) continue;
      if (p.kind === 'no_response' && !isResponseToReporter(tokens, end)) continue;
      for (let i = start; i < end; i++) taken[i] = 1;
      // "Declining to comment, the spokesman said …": the -ing form takes the clause's speaker.
      const participle = /^(?:declining|refusing)\b/i.test(m[0]);
      cues.push({ kind: p.kind, start, end, side: p.side, participle, weak: p.weak });
    }
  }
  tokens.forEach((t, i) => {
    if (taken[i] || t.kind !== 'w') return;
    const cue = verbCue(tokens, i);
    if (cue) cues.push(cue);
  });
  return cues.sort((a, b) => a.start - b.start);
}

function verbCue(tokens: Token[], i: number): Cue | undefined {
  const t = tokens[i]!;
  const w = t.lower;
  const prev = tokens[i - 1];
  // An infinitive ("to say", "to deny") reports no act of saying.
  if (prev?.lower === 'to') return undefined;
  if (w === 'denied' || w === 'denies' || w === 'deny' || w === 'denying') {
    if (prev && (PASSIVE.has(prev.lower) || /^(can't|cannot|couldn't|not)$/.test(prev.lower))) return undefined;
    // "denied him entry", "denied bail": a refusal, not a denial of a claim.
    if (/^(him|her|them|us|me|entry|bail|access|permission|visas?)$/.test(tokens[i + 1]?.lower ?? '')) return undefined;
    return { kind: 'denial', start: i, end: i + 1, side: 'left', participle: w === 'denying' && isParticipleSlot(prev) };
  }
  if (SPEECH_PARTICIPLES.has(w)) {
    if (isParticipleSlot(prev)) return { kind: 'speech', start: i, end: i + 1, side: 'left', participle: true };
    // "with the Harbour Front saying …": the noun phrase just before is the speaker.
    if (prev && prev.kind === 'w' && /^\p{Lu}/u.test(prev.text) && tokens.slice(Math.max(0, i - 5), i).some((t) => t.lower === 'with')) {
      return { kind: 'speech', start: i, end: i + 1, side: 'left', participle: false };
    }
    return undefined;
  }
  if (/^(called|calls|calling|dismissed|dismisses|branded|brands|termed|labell?ed|described)$/.test(w) && callsItFalse(tokens, i)) {
    return { kind: 'denial', start: i, end: i + 1, side: 'left', participle: w === 'calling' && isParticipleSlot(prev) };
  }
  if (/^disput(ed|es|e|ing)$/.test(w) && isDisputeVerb(tokens, i)) return { kind: 'denial', start: i, end: i + 1, side: 'left', participle: false };
  if (/^reject(ed|s|ing)?$/.test(w) && rejectsClaim(tokens, i)) return { kind: 'denial', start: i, end: i + 1, side: 'left', participle: w === 'rejecting' };
  if (w === 'continued' || w === 'asked') {
    // Only as an attribution of quoted words ("Ferrante continued: “…”", "“…?” the senator asked").
    const next = tokens[i + 1];
    const quoted = next?.text === ':' || next?.kind === 'q' || prev?.text === ',' || prev?.kind === 'q' || tokens.slice(Math.max(0, i - 8), i).some((t) => t.kind === 'q');
    return quoted ? { kind: 'speech', start: i, end: i + 1, side: 'auto', participle: false } : undefined;
  }
  if (!SPEECH_VERBS.has(w)) return undefined;
  if (prev && PASSIVE.has(prev.lower)) return undefined;
  if (AMBIGUOUS.has(w) && isNounUse(tokens, i)) return undefined;
  if ((w === 'said' || w === 'says') && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.lower === 'be') return undefined;
  if (NEEDS_CONTENT.has(w) && !introducesWords(tokens, i)) return undefined;
  // "wrote a blog", "posted her allegiance": making something, not saying it.
  if (/^(wrote|writes|posted|posts)$/.test(w) && /^(a|an|the|his|her|its|their|several|two|three|many|books?|articles?)$/.test(tokens[i + 1]?.lower ?? '')) return undefined;
  return { kind: 'speech', start: i, end: i + 1, side: INVERTIBLE.has(w) ? 'auto' : 'left', participle: false };
}

/** "declared that …", "vowed: “…”", "“…,” he vowed": the verb carries words, not just an act. */
function introducesWords(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.kind === 'q' || next.text === ':' || next.text === ',' || next.text === '.' || next.lower === 'that') return true;
  for (let k = Math.max(0, i - 12); k < i; k++) if (tokens[k]!.kind === 'q') return true;
  return false;
}

/** A comma, a quote or a preposition before an -ing cue: "…, adding that", "before saying". */
function isParticipleSlot(prev: Token | undefined): boolean {
  return !!prev && (prev.text === ',' || prev.kind === 'q' || /^(before|after|while|when|by|in|and)$/.test(prev.lower));
}

/** "the claims", "received reports of", "financing charges": the noun, not the verb. */
function isNounUse(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next?.lower === 'of' || next?.lower === 'by' || next?.lower === 'against') return true;
  if (!prev) return false;
  return DETERMINERS.has(prev.lower) || (!/^\p{Lu}/u.test(prev.text) && /(?:ed|ing)$/.test(prev.lower) && prev.lower.length > 4);
}

/** Words that brand a claim untrue ("called the report false", "dismissed it as nonsense"). */
const FALSE_WORDS = words(`false falsely untrue incorrect inaccurate baseless unfounded groundless fabricated fabrication
  fabrications lies lie misleading nonsense bogus ridiculous absurd wrong hoax smear`);

function callsItFalse(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 16); k++) if (FALSE_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

/** "disputed the account" is a denial; "disputed territory", "the dispute" are not. */
function isDisputeVerb(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev && (DETERMINERS.has(prev.lower) || PASSIVE.has(prev.lower))) return false;
  const next = tokens[i + 1];
  if (!next) return true;
  if (next.kind === 'p' || next.kind === 'q') return true;
  return /^(the|that|this|these|those|a|an|his|her|its|their|any|claims?|allegations?|reports?|accounts?|characteri[sz]ations?|suggestions?|the|findings|figures|assertions?|it|them|him)$/.test(next.lower);
}

/** Words for claims: rejecting one of these is a denial; rejecting a demand or a motion is not. */
const CLAIM_NOUNS = words(`claim claims allegation allegations accusation accusations assertion assertions charge charges
  report reports characterization characterisation characterizations suggestion suggestions notion idea premise
  account accounts criticism criticisms findings conclusion conclusions narrative story contention insinuation
  insinuations speculation rumor rumors rumour rumours version portrayal description label assessment
  interpretation implication implications indicators polls estimates figures numbers`);

function rejectsClaim(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev && PASSIVE.has(prev.lower)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
    const w = tokens[k]!.lower;
    if (CLAIM_NOUNS.has(w)) return true;
    if (w === 'that' && k === i + 1) return true;
    if (tokens[k]!.kind === 'p') return false;
  }
  return false;
}

/** "did not respond to requests for comment" or a bare "did not respond." count; "did not respond to the proposal" does not. */
function isResponseToReporter(tokens: Token[], end: number): boolean {
  const next = tokens[end];
  if (!next || next.kind === 'p' || next.kind === 'q') return true;
  if (next.lower !== 'to' && !RESPONSE_OBJECTS.has(next.lower)) {
    // "did not return calls", "did not respond Tuesday", "did not respond by deadline".
    return /^(on|by|monday|tuesday|wednesday|thursday|friday|saturday|sunday|immediately|before|after|for|in|at|and|or|but|from|until|as|when|while)$/.test(next.lower) || RESPONSE_OBJECTS.has(next.lower);
  }
  for (let k = end; k < Math.min(tokens.length, end + 8); k++) {
    const w = tokens[k]!.lower;
    if (RESPONSE_OBJECTS.has(w)) return true;
    if (tokens[k]!.kind === 'p' && k > end) break;
  }
  return false;
}

/** Index of the token covering character `pos`, or -1. */
function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (pos < t.start) hi = mid - 1;
    else if (pos >= t.end) lo = mid + 1;
    else return mid;
  }
  return lo < tokens.length ? lo : -1;
}
