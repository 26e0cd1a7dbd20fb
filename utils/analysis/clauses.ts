/**
 * Finds the words that name the speaker of a cue, without a parser:
 * - "X said", "X, the agency's director, said", "ROLE, X, said", "X, who …, said": left of the cue;
 * - "“…,” said X", "…, said one official who …", "according to X": right of the cue;
 * - "…, adding that", "X said … and added": the speaker of the clause's earlier cue.
 * All walks are bounded, so a sentence costs time linear in its length.
 */
import type { Cue } from './cues';
import { isCapitalised, type Token } from './tokens';
import { words } from './lexicon/words';
import { CALENDAR } from './lexicon/titles';
import { nameEndingAt } from './people';

export interface Span {
  start: number;
  end: number;
}

export interface SpeakerWords extends Span {
  /** An appositive or preceding role phrase ("the agency's director"). */
  role?: Span;
  /** Reuse the speaker of the clause's previous cue. */
  sameAsPrevious?: boolean;
  /** The speaker follows the cue ("said X", "according to X"). */
  after?: boolean;
  /** The words may hold commas or trailing words that are not part of the speaker. */
  loose?: boolean;
  /** Another reading to try when these words name no speaker. */
  alternative?: SpeakerWords;
  /** Followed by ", which …": an institution or thing, not a person. */
  thing?: boolean;
}

/** Words between a subject and its verb that do not belong to the subject ("has also said"). */
const SKIP_BEFORE_VERB = words(`
  also has have had would will could should may might must can did does do not n't later earlier previously then
  again further repeatedly publicly privately recently once often long since already first initially flatly
  strongly vehemently categorically firmly simply separately similarly reportedly subsequently frequently
  consistently openly angrily quickly immediately just still now never ever always formally officially
  personally specifically explicitly adamantly emphatically bluntly sharply on last this week month
  year morning afternoon evening night tonight yesterday today however though too in an a statement interview
  only even alone both all
`);

/** Words of short asides between commas ("for example", "in turn", "of course"). */
const ASIDE_WORDS = words(`for example instance in turn fact of course meanwhile too however though then again`);

/** Words that start a new clause: a subject never reaches back past them. */
const CLAUSE_WORDS = words(`that because while when whereas although though if unless but which where whether so
  whom whose after before until as since what`);

/** Words that cannot start the speaker's noun phrase after an inverted verb ("said in", "said that"). */
const NOT_SUBJECT_START = words(`in on at that it this to for with by from as of during after before when while because
  although if and or but so than then there here yet also not no`);

/** Markers that open a relative clause or aside after the subject ("…, who …,", "…, speaking on condition …,"). */
const RELATIVE = words(`who whose which where speaking talking citing requesting asking declining according`);

const MAX_SUBJECT = 36;

function isPunct(t: Token | undefined): boolean {
  return !!t && (t.kind === 'p' || t.kind === 'q');
}

function isHardBoundary(t: Token): boolean {
  return t.kind === 'q' || (t.kind === 'p' && t.text !== '&' && t.text !== '/');
}

/** The speaker's words for one cue, or undefined when the cue has no speaker in this sentence. */
export function speakerWords(tokens: Token[], cue: Cue): SpeakerWords | undefined {
  if (cue.side === 'right') return rightPhrase(tokens, cue.end);
  if (cue.participle) return { start: 0, end: 0, sameAsPrevious: true };
  const j = skipBackOverVerbGroup(tokens, cue.start - 1);
  if (j < 0) return cue.side === 'auto' ? rightPhrase(tokens, cue.end) : undefined;
  const t = tokens[j]!;
  if (t.lower === 'and' || t.lower === 'but') return { start: 0, end: 0, sameAsPrevious: true };
  if (t.lower === 'who') return antecedent(tokens, j);
  if (isPunct(t)) {
    const quoteBefore = t.kind === 'q' || tokens[j - 1]?.kind === 'q';
    // "“…,” declared Senator X": any verb of saying can follow its quote.
    if ((cue.side === 'auto' || (quoteBefore && cue.kind === 'speech')) && (quoteBefore || t.text !== ',')) {
      const right = rightPhrase(tokens, cue.end);
      if (right) return right;
    }
    if (t.text === ',') {
      const right = cue.side === 'auto' ? rightPhrase(tokens, cue.end) : undefined;
      const appositive = appositiveSubject(tokens, j);
      // "It was a first, said Jo Roe, the director": the speaker may follow; try both.
      if (appositive) return right ? { ...appositive, alternative: right } : appositive;
      return right;
    }
    return undefined;
  }
  return { start: listStart(tokens, regionStart(tokens, j), j + 1), end: j + 1 };
}

/**
 * "Residents of A, B, C and D say": when the subject ends a list of names, it starts before
 * the list. Steps back over short capitalised items separated by commas.
 */
function listStart(tokens: Token[], from: number, end: number): number {
  const region = tokens.slice(from, end);
  if (tokens[from - 1]?.text !== ',' || !region.some((t) => t.lower === 'and') || !region.every((t) => isCapitalised(t) || t.lower === 'and')) return from;
  let start = from;
  for (let guard = 0; guard < 8; guard++) {
    const comma = start - 1;
    if (tokens[comma]?.text !== ',') break;
    const prevStart = regionStart(tokens, comma - 1);
    const item = tokens.slice(prevStart, comma);
    if (item.length === 0) break;
    start = prevStart;
    if (item.length > 3 || !item.every((t) => isCapitalised(t))) break;
  }
  return start;
}

/** Steps left over auxiliaries, adverbs, dates and a parenthesis ("(D-Md.)") between subject and verb. */
function skipBackOverVerbGroup(tokens: Token[], from: number): number {
  let j = from;
  for (let guard = 0; guard < 3; guard++) {
    while (j >= 0 && (SKIP_BEFORE_VERB.has(tokens[j]!.lower) || CALENDAR.has(tokens[j]!.lower))) j--;
    if (j >= 0 && tokens[j]!.text === ')') {
      let k = j - 1;
      while (k >= 0 && j - k < 10 && tokens[k]!.text !== '(') k--;
      if (k >= 0 && tokens[k]!.text === '(') {
        j = k - 1;
        continue;
      }
    }
    break;
  }
  return j;
}

/** "X deflected questions before saying …": the subject of the clause an -ing cue continues. */
export function clauseSubject(tokens: Token[], cue: Cue): Span | undefined {
  let j = cue.start - 1;
  while (j >= 0 && cue.start - j < 4 && (isPunct(tokens[j]) || /^(before|after|while|when|by|in|and)$/.test(tokens[j]!.lower))) j--;
  if (j < 0) return undefined;
  return { start: regionStart(tokens, j), end: j + 1 };
}

/** Candidate subjects at the start of a sentence: the words up to each of its first commas. */
export function openingSegments(tokens: Token[], before: number): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let j = 0; j < before && j < MAX_SUBJECT * 2 && out.length < 3; j++) {
    if (isHardBoundary(tokens[j]!)) {
      if (j > start) out.push({ start, end: j });
      start = j + 1;
    }
  }
  return out;
}

/** Walks left from `j` to the start of the clause that holds the subject. */
function regionStart(tokens: Token[], j: number): number {
  let k = j;
  while (k > 0 && j - k < MAX_SUBJECT) {
    const prev = tokens[k - 1]!;
    if (prev.text === ')') {
      // "Sen. Jo Bell (D-Md.)": a parenthesis inside the subject is no boundary.
      const open = matchingOpen(tokens, k - 1);
      if (open >= 0) {
        k = open;
        continue;
      }
    }
    if (isHardBoundary(prev) || CLAUSE_WORDS.has(prev.lower)) break;
    k--;
  }
  return k;
}

function matchingOpen(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k < 10; k--) if (tokens[k]!.text === '(') return k;
  return -1;
}

/** "the adviser who said" → the noun phrase just before "who". */
function antecedent(tokens: Token[], who: number): SpeakerWords | undefined {
  // "Strand, who denies the accusation": the noun phrase before the comma.
  if (tokens[who - 1]?.text === ',') {
    const from = regionStart(tokens, who - 2);
    return from < who - 1 ? { start: from, end: who - 1 } : undefined;
  }
  let k = who;
  while (k > 0 && who - k < 10) {
    const prev = tokens[k - 1]!;
    if (isPunct(prev) || /^(with|to|from|by|for|at|in|on|of|and|or|spoke|interviewed|met|is|was|are|were|i|he|she|they|we)$/.test(prev.lower)) break;
    k--;
    if (/^(a|an|the|another|one|two|three|several|some|many)$/.test(prev.lower)) break;
  }
  return k < who ? { start: k, end: who } : undefined;
}

/**
 * "X, ROLE, said" / "ROLE, X, said" / "X, ROLE, ROLE, said" / "X, who …, said": `verbComma` is the
 * comma before the verb. The comma-separated segments before it are read right to left.
 */
function appositiveSubject(tokens: Token[], verbComma: number): SpeakerWords | undefined {
  // ", though," / ", however," are asides: look past them.
  let comma = verbComma;
  for (let guard = 0; guard < 2; guard++) {
    const k = previousBoundary(tokens, comma);
    if (k < 0 || tokens[k]!.text !== ',' || comma - k - 1 > 2) break;
    let allSkip = true;
    for (let x = k + 1; x < comma; x++) if (!SKIP_BEFORE_VERB.has(tokens[x]!.lower) && !ASIDE_WORDS.has(tokens[x]!.lower)) allSkip = false;
    if (!allSkip) break;
    comma = k;
  }
  const segments: Span[] = [];
  let right = comma;
  while (segments.length < 4) {
    const k = previousBoundary(tokens, right);
    if (k >= 0 && tokens[k]!.text === ',') {
      segments.push({ start: k + 1, end: right });
      right = k;
      continue;
    }
    const from = regionStart(tokens, right - 1);
    if (from < right) segments.push({ start: from, end: right });
    break;
  }
  if (segments.length < 2) return segments.length === 1 && segments[0]!.start === 0 ? fromSentenceStart(tokens, comma) : undefined;
  // "X, who …, said" (the relative clause may hold commas of its own).
  for (let m = 0; m < segments.length - 1; m++) {
    const marker = tokens[segments[m]!.start]!.lower;
    if (!RELATIVE.has(marker)) continue;
    const subject = { ...segments[m + 1]!, thing: marker === 'which' };
    // "officials … in Tarrow, N.Y., speaking on …": a place split by its comma.
    const before = segments[m + 2];
    if (before && subject.end - subject.start <= 2 && isCapitalised(tokens[subject.start])) {
      return { start: before.start, end: subject.end, loose: true };
    }
    return subject;
  }
  // A segment that is a person's name, with the neighbouring segment as the role.
  for (let m = 0; m < segments.length; m++) {
    const seg = segments[m]!;
    const name = nameEndingAt(tokens, seg.start, seg.end);
    if (name?.certain && name.end === seg.end && name.titleStart <= seg.start + 1) {
      const role = m > 0 ? { start: segments[m - 1]!.start, end: comma } : segments[m + 1];
      return { ...seg, role };
    }
  }
  return { ...segments[1]!, role: segments[0] };
}

/** "Tomas Okafor, the agency's director, said" at the very start of a sentence. */
function fromSentenceStart(tokens: Token[], comma: number): SpeakerWords | undefined {
  return comma > 0 ? { start: 0, end: comma } : undefined;
}

function previousBoundary(tokens: Token[], from: number): number {
  for (let k = from - 1; k >= 0 && from - k < MAX_SUBJECT; k--) {
    if (tokens[k]!.text === ')') {
      const open = matchingOpen(tokens, k);
      if (open >= 0) {
        k = open;
        continue;
      }
    }
    if (isHardBoundary(tokens[k]!)) return k;
  }
  return -1;
}

/** The noun phrase after an inverted verb or "according to", with any appositive role. */
function rightPhrase(tokens: Token[], from: number): SpeakerWords | undefined {
  let i = from;
  while (i < tokens.length && (CALENDAR.has(tokens[i]!.lower) || tokens[i]!.lower === 'on')) i++;
  const first = tokens[i];
  if (!first || isPunct(first) || NOT_SUBJECT_START.has(first.lower)) return undefined;
  let end = i;
  while (end < tokens.length && end - i < MAX_SUBJECT) {
    const t = tokens[end]!;
    if (isHardBoundary(t) || (end > i && /^(that|said|says|told|added|wrote|on|when|as|after|before|because|while)$/.test(t.lower))) break;
    end++;
  }
  if (end === i) return undefined;
  const out: SpeakerWords = { start: i, end, after: true };
  if (tokens[end]?.text === ',' && tokens[end + 1] && !isPunct(tokens[end + 1])) {
    let e = end + 1;
    while (e < tokens.length && e - end < MAX_SUBJECT && !isHardBoundary(tokens[e]!)) e++;
    out.role = { start: end + 1, end: e };
  }
  return out;
}
