/**
 * What kind of speaker a run of words names, before any cross-sentence resolution:
 * a person ("Defense Minister Lucia Ferrante"), a lone capitalised word, an institution
 * ("Norway's Ministry of Foreign Affairs", "the company"), an unnamed spokesperson for
 * one ("a spokeswoman for Acme"), an unnamed source ("two senior officials"), or a pronoun.
 */
import type { Span } from './clauses';
import { nameEndingAt, NOT_NAMES, type NameMatch } from './people';
import { isCapitalised, spanText, type Token } from './tokens';
import { DOCUMENT_NOUNS, ORG_NAME_WORDS, ORG_NOUNS, PERSON_NOUNS, PRONOUNS, SPOKES_NOUNS, VAGUE_NOUNS } from './lexicon/nouns';
import { NATIONALITIES, PLACES, PLACE_PHRASES } from './lexicon/places';
import { CALENDAR, TITLE_WORDS } from './lexicon/titles';
import { words } from './lexicon/words';
import { isPluralNoun } from './anonymous';

export type Speaker =
  | { kind: 'person'; name: NameMatch; role?: string }
  /** One capitalised word: a person if the article names them, else an institution. */
  | { kind: 'single'; token: number; text: string }
  | { kind: 'org'; name: string; generic?: string }
  | { kind: 'spokes'; org?: string; generic?: string; principal?: NameMatch }
  | { kind: 'anon'; descriptor: string; head: string; plural: boolean; definite: boolean; vague: boolean }
  | { kind: 'pronoun'; word: string; token: number }
  /** "the president", "the senator": the person last named with that title. */
  | { kind: 'title'; word: string; fallback?: Speaker };

const FILLERS = words(`but and so yet then also however now still meanwhile instead indeed later earlier already
  even only just thus hence too plus separately privately publicly finally first initially last`);
/** Words that end the core of a noun phrase ("officials familiar with", "a spokeswoman for"). */
const STOPS = words(`of for at in on with from to by about close closer familiar briefed who which that whose whom and
  or but as than into over under after before during since near inside outside within without across through
  against among between amid per via versus said says say told tell tells has have had is was are were will
  would could should may might can did do does also not knowledgeable involved aware speaking who's
  according added adds wrote writes`);
/** Words that open a postmodifier between a subject and its verb: "officials familiar with …", "X, who …". */
const POSTMODIFIER_START = words(`of for at in on with from to by about close closer familiar briefed who which that whose whom
  as inside outside within among near across through via under over after before during since knowledgeable involved
  speaking`);
/** Auxiliaries and adverbs between a subject and its verb: "Ferrante would later say". Nothing else may stand there. */
const VERB_GROUP = words(`also later earlier previously then again repeatedly publicly privately recently once often long
  already first initially has have had would will could should may might must can did does do not never still just
  now here there alone both all himself herself themselves itself on last this week`);

const QUANTIFIERS = words(`one two three four five six seven eight nine ten dozen dozens several some many most few both
  all each none any half hundreds scores majority majorities`);
const DEFINITE = words(`the this that these those`);
/** Titles that stand for a person already named ("the president said"). */
const TITLE_REFERENCES = words(`president senator governor mayor minister congressman congresswoman secretary sheriff
  chairman chairwoman premier chancellor ambassador judge commissioner speaker prosecutor lawmaker candidate
  nominee leader representative founder co-founder director spokesman spokeswoman spokesperson editor chief ceo coach
  author`);
/** Nouns that, with "the", point back at a person already named rather than at an unnamed source. */
const KNOWN_PERSON_NOUNS = words(`father mother brother sister son daughter wife husband uncle aunt republican democrat`);
const STATEMENT = /\bin\s+(?:a|an)\s+(?:\p{L}+\s+)?statement\b/iu;
const FIGURES = /\d|\b(?:percent|million|billion|trillion|thousand|hundred|dozen)\b/iu;

/**
 * `strict`: the phrase must run up to the verb ("officials familiar with X said"), not stop
 * short of it. When it does not, a later start is tried: "Larkspur is an imprint of Corvane
 * and a Corvane spokeswoman said" → "a Corvane spokeswoman".
 */
export function classifySpeaker(text: string, tokens: Token[], w: Span, strict = true): Speaker[] {
  const first = speakersFrom(text, tokens, w.start, w.end, strict);
  if (first || !strict) return first ?? [];
  for (let j = w.start + 1; j < w.end - 1; j++) {
    if (!/^(and|but|while|as|so)$/.test(tokens[j]!.lower)) continue;
    const later = speakersFrom(text, tokens, j + 1, w.end, true);
    if (later) return later;
  }
  return [];
}

function speakersFrom(text: string, tokens: Token[], start: number, wEnd: number, strict: boolean): Speaker[] | undefined {
  let i = start;
  while (i < wEnd && (FILLERS.has(tokens[i]!.lower) || CALENDAR.has(tokens[i]!.lower) || tokens[i]!.text === ',')) i++;
  // "acting U.S. Attorney for Vermont Dana Whitlock said": a titled name right before the verb.
  const tail = nameEndingAt(tokens, i, wEnd);
  if (tail?.certain && tail.end === wEnd && tail.start > i && introducedByTitle(tokens, i, tail)) {
    return [{ kind: 'person', name: tail, role: spanText(text, tokens, i, tail.start) }];
  }
  const out: Speaker[] = [];
  let end = i;
  let from = i;
  while (i < wEnd && out.length < 3) {
    // "Russian and Iranian officials": the adjective belongs to the noun after "and".
    if (NATIONALITIES.has(tokens[i]!.lower) && tokens[i + 1]?.lower === 'and') {
      i += 2;
      continue;
    }
    const np = nounPhrase(text, tokens, i, wEnd, from);
    if (!np) break;
    out.push(np.speaker);
    end = np.end;
    if (tokens[np.end]?.lower !== 'and' || np.end + 1 >= wEnd) break;
    i = np.end + 1;
    from = i;
  }
  // A parenthesis after the name ("Sen. Jo Bell (D-Md.)") is part of it.
  if (tokens[end]?.text === '(') {
    while (end < wEnd && tokens[end]!.text !== ')') end++;
    end++;
  }
  if (strict && (!out.length || !reachesVerb(tokens, end, wEnd))) return undefined;
  return out;
}

/** Whether the words after the subject lead to its verb: a postmodifier, or only auxiliaries and adverbs. */
function reachesVerb(tokens: Token[], end: number, wEnd: number): boolean {
  if (end >= wEnd || POSTMODIFIER_START.has(tokens[end]!.lower)) return true;
  for (let j = end; j < wEnd; j++) {
    const w = tokens[j]!.lower;
    if (!VERB_GROUP.has(w) && !CALENDAR.has(w)) return false;
  }
  return true;
}

/** A title or role word just before the name, and no "close to" / "familiar with" that would make the name an object. */
function introducedByTitle(tokens: Token[], from: number, name: NameMatch): boolean {
  const before = tokens[name.start - 1]!;
  if (/^(mr|mrs|ms|dr|miss)\.?$/.test(before.lower)) return false;
  if (name.titleStart === name.start) {
    // "Attorney for Vermont Dana Whitlock": a title, then where it applies.
    let j = name.start - 1;
    while (j >= from && name.start - j < 6 && (PLACES.has(tokens[j]!.lower) || ORG_NAME_WORDS.has(tokens[j]!.lower) || /^(of|for|the)$/.test(tokens[j]!.lower))) j--;
    if (j < from || j === name.start - 1 || !TITLE_WORDS.has(tokens[j]!.lower)) return false;
  }
  for (let j = from; j < name.titleStart; j++) {
    const w = tokens[j]!.lower;
    if (/^(close|familiar|briefed|with|to|near|about)$/.test(w)) return false;
    // "a lawyer for former anchor X": the name belongs to someone the speaker works for.
    if (/^(for|of)$/.test(w) && j > from && PERSON_NOUNS.has(tokens[j - 1]!.lower) && !isCapitalised(tokens[j - 1])) return false;
  }
  return true;
}

function nounPhrase(text: string, tokens: Token[], i: number, end: number, descriptorFrom: number): { speaker: Speaker; end: number } | undefined {
  const t0 = tokens[i]!;
  if (t0.kind !== 'w' && t0.kind !== 'n') return undefined;
  const next = tokens[i + 1];
  const partitiveOne = t0.lower === 'one' && next?.lower === 'of';
  if (PRONOUNS.has(t0.lower) && !partitiveOne && (i + 1 >= end || STOPS.has(next!.lower) || next!.kind !== 'w' || CALENDAR.has(next!.lower))) {
    return { speaker: { kind: 'pronoun', word: t0.lower, token: i }, end: i + 1 };
  }
  const bodyStart = DEFINITE.has(t0.lower) || t0.lower === 'a' || t0.lower === 'an' ? i + 1 : i;
  const { k, partitive } = coreEnd(tokens, i, end, bodyStart);
  if (k === i) return undefined;
  const head = tokens[k - 1]!;
  const hl = head.lower;

  const name = tokens[k]?.lower === "'s" ? undefined : nameEndingAt(tokens, bodyStart, k);
  if (name?.certain) {
    const role = name.start > bodyStart ? spanText(text, tokens, bodyStart, name.start) : undefined;
    return { speaker: { kind: 'person', name, role }, end: k };
  }
  if (partitive && (hl === 'them' || hl === 'those')) return { speaker: { kind: 'pronoun', word: 'they', token: i }, end: k };

  const phraseEnd = postmodifierEnd(tokens, k, end);
  if (DEFINITE.has(t0.lower) && TITLE_REFERENCES.has(hl) && k - i <= 3 && phraseEnd === k) {
    const fallback = SPOKES_NOUNS.has(hl)
      ? spokesperson(text, tokens, bodyStart, k, end)
      : PERSON_NOUNS.has(hl)
        ? anonymous(text, tokens, i, k, phraseEnd, descriptorFrom, partitive)
        : undefined;
    return { speaker: { kind: 'title', word: hl, fallback }, end: k };
  }
  if (SPOKES_NOUNS.has(hl)) return { speaker: spokesperson(text, tokens, bodyStart, k, end), end: phraseEnd };
  if (PERSON_NOUNS.has(hl)) {
    // "the father", "the California Republican": someone the article has already named.
    if (DEFINITE.has(t0.lower) && KNOWN_PERSON_NOUNS.has(hl)) return { speaker: { kind: 'title', word: hl }, end: phraseEnd };
    const official = officialStatement(text, tokens, bodyStart, k);
    if (official) return { speaker: official, end: phraseEnd };
    return { speaker: anonymous(text, tokens, i, k, phraseEnd, descriptorFrom, partitive), end: phraseEnd };
  }
  if (QUANTIFIERS.has(hl) || hl === 'others') {
    // "Some said", "Others say": a vague collective.
    return { speaker: { kind: 'anon', descriptor: head.text, head: 'other', plural: true, definite: false, vague: true }, end: k };
  }
  if (DOCUMENT_NOUNS.has(hl) && !isCapitalised(head)) return documentAuthor(text, tokens, bodyStart, k, end);

  const core = spanText(text, tokens, bodyStart, k);
  const coreLower = core.toLowerCase();
  const proper = tokens.slice(bodyStart, k).some(isProper);
  if (ORG_NOUNS.has(hl) || PLACES.has(coreLower) || PLACE_PHRASES.has(coreLower) || hasOrgWord(tokens, bodyStart, k)) {
    return { speaker: proper ? { kind: 'org', name: core } : { kind: 'org', name: core, generic: hl }, end: k };
  }
  if (name && name.end - name.start === 1) return { speaker: { kind: 'single', token: name.start, text: tokens[name.start]!.text }, end: k };
  if (isCapitalised(head) && proper && !CALENDAR.has(hl)) {
    return { speaker: k - bodyStart === 1 ? { kind: 'single', token: k - 1, text: head.text } : { kind: 'org', name: core }, end: k };
  }
  return undefined;
}

/** "In a statement, a State Department official said": an institution speaking officially. */
function officialStatement(text: string, tokens: Token[], from: number, head: number): Speaker | undefined {
  if (!/^officials?$/.test(tokens[head - 1]!.lower) || !STATEMENT.test(text)) return undefined;
  const mods = tokens.slice(from, head - 1);
  if (!mods.length || !mods.every((t) => isCapitalised(t)) || mods.every((t) => NATIONALITIES.has(t.lower))) return undefined;
  return { kind: 'org', name: spanText(text, tokens, from, head - 1) };
}

/** An unnamed source: "two senior officials familiar with the talks", "one of the officials", "critics". */
function anonymous(text: string, tokens: Token[], i: number, k: number, phraseEnd: number, descriptorFrom: number, partitive: boolean): Speaker {
  const t0 = tokens[i]!;
  const hl = tokens[k - 1]!.lower;
  const descriptor = spanText(text, tokens, descriptorFrom, phraseEnd).replace(/(?<![,;:])[,;:]+$/, '');
  // "Some analysts say", "Critics say", "Many employees say": a collective view, unless the sentence carries figures.
  const lead = t0.lower;
  const collective = /^(some|many|most|other|even|all|majorities|majority|few|several|numerous|various)$/.test(lead) || (partitive && lead !== 'one');
  const bare = k - i <= 2 && !DEFINITE.has(lead) && !QUANTIFIERS.has(lead) && t0.kind !== 'n' && lead !== 'a' && lead !== 'an';
  // "familiar with …", "workers at GM's plant": a postmodifier that says who they are.
  const informed =
    /^(familiar|close|closer|briefed|knowledgeable|involved)$/.test(tokens[k]?.lower ?? '') ||
    (/^(at|from|in|inside|with)$/.test(tokens[k]?.lower ?? '') && isCapitalised(tokens[k + 1]));
  const vague =
    /^(many|most|majorities|majority)$/.test(lead) || (VAGUE_NOUNS.has(hl) && (collective || (bare && !informed && !FIGURES.test(text))));
  const definite = DEFINITE.has(lead) || (partitive && tokens[i + 2]?.lower === 'the');
  const plural = partitive ? lead !== 'one' : isPluralNoun(hl);
  return { kind: 'anon', descriptor, head: hl, plural, definite, vague };
}

/**
 * The core of a noun phrase runs to the first preposition or relative word. "one of the
 * officials" and "Ministry of Foreign Affairs" keep their "of"; "Ted Marlow of Ohio" does not.
 */
function coreEnd(tokens: Token[], i: number, end: number, bodyStart: number): { k: number; partitive: boolean } {
  let k = i;
  let partitive = false;
  while (k < end) {
    const t = tokens[k]!;
    if (t.kind === 'q') break;
    if (t.kind === 'p') {
      if ((t.text === '&' || t.text === '.') && isCapitalised(tokens[k - 1]) && isCapitalised(tokens[k + 1])) {
        k++;
        continue;
      }
      break;
    }
    if (k > i && STOPS.has(t.lower)) {
      // "Coastal Rail and Ferry Council": "and" inside an institution's name.
      if (t.lower === 'and' && isCapitalised(tokens[k - 1]) && !ORG_NAME_WORDS.has(tokens[k - 1]!.lower) && orgNameFollows(tokens, k + 1, end)) {
        k++;
        continue;
      }
      // "current and former officials": adjectives joined inside one phrase.
      const prev = tokens[k - 1]!;
      const next = tokens[k + 1];
      if ((t.lower === 'and' || t.lower === 'or') && next && next.text === next.lower && next.kind === 'w' && prev.text === prev.lower && !isNounLike(prev.lower) && !STOPS.has(next.lower)) {
        k++;
        continue;
      }
      if (t.lower === 'of' && k === i + 1 && QUANTIFIERS.has(tokens[i]!.lower)) {
        partitive = true;
        k++;
        continue;
      }
      const capitalAfter = isCapitalised(tokens[k + 1]) || (tokens[k + 1]?.lower === 'the' && isCapitalised(tokens[k + 2]));
      if (t.lower === 'of' && isProper(tokens[k - 1]!) && capitalAfter && !nameEndingAt(tokens, bodyStart, k)?.certain) {
        k++;
        continue;
      }
      break;
    }
    // A verb form right after a name or noun ends the subject: "Ana Ruiz received reports", "communities living near".
    if (k > i && t.text === t.lower && t.lower.length > 4 && (t.lower.endsWith('ed') || t.lower.endsWith('ing'))) {
      const prev = tokens[k - 1]!;
      if (isCapitalised(prev) || PERSON_NOUNS.has(prev.lower) || DOCUMENT_NOUNS.has(prev.lower) || ORG_NOUNS.has(prev.lower)) break;
    }
    k++;
  }
  return { k, partitive };
}

/** A run of capitalised words from `from` that ends in an institution word ("Ferry Council"). */
function orgNameFollows(tokens: Token[], from: number, end: number): boolean {
  let j = from;
  while (j < end && j - from < 5 && isCapitalised(tokens[j])) {
    if (ORG_NAME_WORDS.has(tokens[j]!.lower)) return true;
    j++;
  }
  return false;
}

function isNounLike(w: string): boolean {
  return PERSON_NOUNS.has(w) || ORG_NOUNS.has(w) || DOCUMENT_NOUNS.has(w);
}

/** Capitalised for a reason other than starting the sentence ("Both", "Some" do not count). */
function isProper(t: Token): boolean {
  const w = t.lower;
  return isCapitalised(t) && !NOT_NAMES.has(w) && !FILLERS.has(w) && !QUANTIFIERS.has(w) && !PERSON_NOUNS.has(w) && !ORG_NOUNS.has(w);
}

function hasOrgWord(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (isCapitalised(t) && ORG_NAME_WORDS.has(t.lower)) return true;
    if (t.text.length > 1 && t.text === t.text.toUpperCase() && /^\p{Lu}/u.test(t.text) && !t.text.endsWith('.')) return true;
  }
  return false;
}

/** Extends a descriptor over "familiar with the talks", "close to the Kremlin", "who …" (bounded). */
function postmodifierEnd(tokens: Token[], k: number, end: number): number {
  const t = tokens[k];
  if (!t || !/^(familiar|close|closer|briefed|with|who|in|at|inside|from|knowledgeable|involved|for|of|near|around|outside|along|across|living|working|based)$/.test(t.lower)) return k;
  let e = k;
  while (e < end && e - k < 14) {
    const x = tokens[e]!;
    if (x.kind === 'p' || x.kind === 'q') break;
    if (e > k && /^(who|which|that|said|says|say|told|and)$/.test(x.lower)) break;
    e++;
  }
  return e;
}

/** "a spokeswoman for Acme", "a Corvane spokeswoman", "Norway's military spokesperson", "the company spokesman". */
function spokesperson(text: string, tokens: Token[], from: number, headEnd: number, end: number): Speaker {
  const after = tokens[headEnd];
  if (after && /^(for|of|at|with)$/.test(after.lower)) {
    let s = headEnd + 1;
    if (tokens[s]?.lower === 'the') s++;
    let e = s;
    while (e < end && e - s < 8 && (isCapitalised(tokens[e]) || tokens[e]!.text === '&' || (tokens[e]!.lower === 'of' && isCapitalised(tokens[e + 1])))) e++;
    if (e > s) {
      const name = nameEndingAt(tokens, s, e);
      if (name?.certain && name.end === e) return { kind: 'spokes', principal: name };
      return { kind: 'spokes', org: spanText(text, tokens, s, e) };
    }
    const g = tokens[s];
    if (g && ORG_NOUNS.has(g.lower)) return { kind: 'spokes', generic: g.lower };
  }
  const modEnd = headEnd - 1;
  if (modEnd > from) {
    const possessive = tokens.findIndex((t, j) => j >= from && j < modEnd && t.lower === "'s");
    if (possessive > from) {
      const name = nameEndingAt(tokens, from, possessive);
      if (name?.certain && name.end === possessive) return { kind: 'spokes', principal: name };
    }
    if (tokens.slice(from, modEnd).some(isProper)) {
      const end2 = tokens[modEnd - 1]?.lower === "'s" ? modEnd - 1 : modEnd;
      return { kind: 'spokes', org: spanText(text, tokens, from, end2) };
    }
    // "the company spokesman", "a sheriff's spokeswoman".
    const last = tokens[modEnd - 1]?.lower === "'s" ? tokens[modEnd - 2]! : tokens[modEnd - 1]!;
    if (ORG_NOUNS.has(last.lower) || last.lower === 'sheriff') return { kind: 'spokes', generic: last.lower };
  }
  return { kind: 'spokes' };
}

/** "a statement from Acme said", "Acme's statement said": the author speaks. */
function documentAuthor(text: string, tokens: Token[], from: number, headEnd: number, end: number): { speaker: Speaker; end: number } | undefined {
  const after = tokens[headEnd];
  if (after && /^(from|by|of)$/.test(after.lower) && headEnd + 1 < end) {
    const start = tokens[headEnd + 1]?.lower === 'the' && isCapitalised(tokens[headEnd + 2]) ? headEnd + 2 : headEnd + 1;
    const inner = nounPhrase(text, tokens, start, end, start);
    if (inner && inner.speaker.kind !== 'pronoun' && inner.speaker.kind !== 'anon') return inner;
  }
  const possessive = tokens.findIndex((t, j) => j >= from && j < headEnd && t.lower === "'s");
  if (possessive > from) {
    const inner = nounPhrase(text, tokens, from, possessive, from);
    if (inner && inner.speaker.kind !== 'pronoun') return { speaker: inner.speaker, end: headEnd };
  }
  return undefined;
}
