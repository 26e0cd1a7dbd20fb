/**
 * What kind of speaker a run of words names, before any cross-sentence resolution:
 * a person ("Defense Minister Rajnath Singh"), a lone surname, an institution
 * ("Pakistan's Ministry of Foreign Affairs", "the company"), an unnamed spokesperson for
 * one ("a spokeswoman for Acme"), an unnamed source ("two senior officials"), or a pronoun.
 */
import type { Span } from './clauses';
import { nameEndingAt, type NameMatch } from './people';
import { isCapitalised, spanText, type Token } from './tokens';
import { DOCUMENT_NOUNS, ORG_NAME_WORDS, ORG_NOUNS, PERSON_NOUNS, PRONOUNS, SPOKES_NOUNS, VAGUE_NOUNS } from './lexicon/nouns';
import { PLACES, PLACE_PHRASES } from './lexicon/places';
import { CALENDAR } from './lexicon/titles';
import { words } from './lexicon/words';
import { isPluralNoun } from './anonymous';

export type Speaker =
  | { kind: 'person'; name: NameMatch; role?: string }
  /** One capitalised word: a person if the article names them in full, else an institution. */
  | { kind: 'surname'; token: number; text: string }
  | { kind: 'org'; name: string; generic?: string }
  | { kind: 'spokes'; org?: string; generic?: string; principal?: NameMatch }
  | { kind: 'anon'; descriptor: string; head: string; plural: boolean; definite: boolean; vague: boolean }
  | { kind: 'pronoun'; word: string };

const FILLERS = words(`but and so yet then also however now still meanwhile instead indeed later earlier already
  even only just thus hence too plus separately privately publicly finally first initially last`);
/** Words that end the core of a noun phrase ("officials familiar with", "a spokeswoman for"). */
const STOPS = words(`of for at in on with from to by about close closer familiar briefed who which that whose whom and
  or but as than into over under after before during since near inside outside within without across through
  against among between amid per via versus said says say told tell tells has have had is was are were will
  would could should may might can did do does also not knowledgeable involved aware speaking who's
  according added adds wrote writes`);
const QUANTIFIERS = words(`one two three four five six seven eight nine ten dozen dozens several some many most few both
  all each none any half hundreds scores`);
const DEFINITE = words(`the this that these those`);
/** Institutions that are worth listing even when the article never names them more precisely. */
const STANDALONE_INSTITUTIONS = words(`police military army navy government prosecutors prosecution pentagon kremlin`);

export function classifySpeaker(text: string, tokens: Token[], w: Span): Speaker[] {
  let i = w.start;
  while (i < w.end && (FILLERS.has(tokens[i]!.lower) || CALENDAR.has(tokens[i]!.lower) || tokens[i]!.text === ',')) i++;
  const out: Speaker[] = [];
  while (i < w.end && out.length < 3) {
    const np = nounPhrase(text, tokens, i, w.end);
    if (!np) break;
    out.push(np.speaker);
    if (tokens[np.end]?.lower !== 'and') break;
    i = np.end + 1;
  }
  return out;
}

function nounPhrase(text: string, tokens: Token[], i: number, end: number): { speaker: Speaker; end: number } | undefined {
  const t0 = tokens[i]!;
  if (t0.kind !== 'w' && t0.kind !== 'n') return undefined;
  if (PRONOUNS.has(t0.lower) && (i + 1 >= end || STOPS.has(tokens[i + 1]!.lower) || tokens[i + 1]!.kind !== 'w')) {
    return { speaker: { kind: 'pronoun', word: t0.lower }, end: i + 1 };
  }
  // The core runs to the first preposition or relative word; "one of the officials" and
  // "Ministry of Foreign Affairs" keep their "of".
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
      if (t.lower === 'of' && k === i + 1 && QUANTIFIERS.has(tokens[i]!.lower)) {
        partitive = true;
        k++;
        continue;
      }
      if (t.lower === 'of' && isCapitalised(tokens[k - 1]) && (isCapitalised(tokens[k + 1]) || (tokens[k + 1]?.lower === 'the' && isCapitalised(tokens[k + 2])))) {
        k++;
        continue;
      }
      break;
    }
    k++;
  }
  if (k === i) return undefined;
  const head = tokens[k - 1]!;
  const phraseEnd = phraseLimit(tokens, k, end);
  const bodyStart = DEFINITE.has(t0.lower) || t0.lower === 'a' || t0.lower === 'an' ? i + 1 : i;

  const name = nameEndingAt(tokens, bodyStart, k);
  if (name && name.end === k && tokens[k]?.lower !== "'s") {
    const role = name.start > bodyStart ? spanText(text, tokens, bodyStart, name.start) : undefined;
    if (name.certain) return { speaker: { kind: 'person', name, role }, end: k };
    if (k - bodyStart === 1) return { speaker: { kind: 'surname', token: name.start, text: head.text }, end: k };
  }

  if (partitive && (head.lower === 'them' || head.lower === 'those')) {
    return { speaker: { kind: 'pronoun', word: 'they' }, end: k };
  }

  if (SPOKES_NOUNS.has(head.lower)) return { speaker: spokesperson(text, tokens, bodyStart, k, end), end: phraseEnd };

  if (PERSON_NOUNS.has(head.lower) || (partitive && PERSON_NOUNS.has(head.lower))) {
    const descriptor = spanText(text, tokens, i, phraseEnd).replace(/[,;:]+$/, '');
    const bare = i === k - 1 || (k - i === 2 && !QUANTIFIERS.has(t0.lower) && !DEFINITE.has(t0.lower) && !isCapitalised(t0));
    const vague = VAGUE_NOUNS.has(head.lower) && bare && phraseEnd === k;
    const definite = DEFINITE.has(t0.lower) || (partitive && tokens[i + 2]?.lower === 'the');
    return {
      speaker: { kind: 'anon', descriptor, head: head.lower, plural: isPluralNoun(head.lower) || (partitive && !/^one$/.test(t0.lower) ? isPluralNoun(head.lower) : false), definite, vague },
      end: phraseEnd,
    };
  }
  if (QUANTIFIERS.has(head.lower) || head.lower === 'others') {
    // "Some said", "Others say": a vague collective.
    return { speaker: { kind: 'anon', descriptor: head.text, head: 'other', plural: true, definite: false, vague: true }, end: k };
  }

  const core = spanText(text, tokens, bodyStart, k);
  const coreLower = core.toLowerCase();
  const hasCapital = tokens.slice(bodyStart, k).some((t) => isCapitalised(t) && !DEFINITE.has(t.lower));
  if (DOCUMENT_NOUNS.has(head.lower)) return documentAuthor(text, tokens, bodyStart, k, end);
  if (ORG_NOUNS.has(head.lower) || PLACES.has(coreLower) || PLACE_PHRASES.has(coreLower) || hasOrgWord(tokens, bodyStart, k)) {
    if (!hasCapital) {
      return STANDALONE_INSTITUTIONS.has(head.lower) || tokens.slice(bodyStart, k).length > 1
        ? { speaker: { kind: 'org', name: core, generic: head.lower }, end: k }
        : { speaker: { kind: 'org', name: core, generic: head.lower }, end: k };
    }
    return { speaker: { kind: 'org', name: core }, end: k };
  }
  if (isCapitalised(head) && hasCapital && !CALENDAR.has(head.lower)) {
    if (k - bodyStart === 1) return { speaker: { kind: 'surname', token: k - 1, text: head.text }, end: k };
    return { speaker: { kind: 'org', name: core }, end: k };
  }
  return undefined;
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
function phraseLimit(tokens: Token[], k: number, end: number): number {
  const t = tokens[k];
  if (!t || !/^(familiar|close|closer|briefed|with|who|in|at|inside|from|knowledgeable|involved|for|of)$/.test(t.lower)) return k;
  let e = k;
  while (e < end && e - k < 14) {
    const x = tokens[e]!;
    if (x.kind === 'p' || x.kind === 'q') break;
    if (e > k && /^(who|which|that|said|says|say|told|and)$/.test(x.lower)) break;
    e++;
  }
  return e;
}

/** "a spokeswoman for Acme", "a Skyhorse spokeswoman", "Pakistan's military spokesperson", "his spokesman". */
function spokesperson(text: string, tokens: Token[], from: number, headEnd: number, end: number): Speaker {
  const after = tokens[headEnd];
  if (after && /^(for|of|at|with)$/.test(after.lower)) {
    let s = headEnd + 1;
    if (tokens[s]?.lower === 'the') s++;
    let e = s;
    while (e < end && (isCapitalised(tokens[e]) || (tokens[e]!.lower === 'of' && isCapitalised(tokens[e + 1])) || tokens[e]!.text === '&') && e - s < 8) e++;
    if (e > s) {
      const name = nameEndingAt(tokens, s, e);
      if (name && name.certain && name.end === e) return { kind: 'spokes', principal: name };
      return { kind: 'spokes', org: spanText(text, tokens, s, e) };
    }
    const g = tokens[s];
    if (g && ORG_NOUNS.has(g.lower)) return { kind: 'spokes', generic: g.lower };
  }
  const mods = headEnd - 1 > from ? spanText(text, tokens, from, headEnd - 1).replace(/['’]s$/, '').replace(/\s+['’]s$/, '') : '';
  if (mods) {
    const possessive = tokens.findIndex((t, j) => j >= from && j < headEnd && t.lower === "'s");
    if (possessive > from) {
      const name = nameEndingAt(tokens, from, possessive);
      if (name && name.certain && name.end === possessive) return { kind: 'spokes', principal: name };
    }
    const hasCapital = tokens.slice(from, headEnd - 1).some((t) => isCapitalised(t));
    if (hasCapital) return { kind: 'spokes', org: mods.replace(/\s+(?:campaign|company|office)?\s*$/, (m) => m) };
    const last = tokens[headEnd - 2];
    if (last && ORG_NOUNS.has(last.lower)) return { kind: 'spokes', generic: last.lower };
  }
  return { kind: 'spokes' };
}

/** "a statement from Acme said", "Acme's statement said": the author speaks. */
function documentAuthor(text: string, tokens: Token[], from: number, headEnd: number, end: number): { speaker: Speaker; end: number } | undefined {
  const after = tokens[headEnd];
  if (after && /^(from|by|of)$/.test(after.lower) && headEnd + 1 < end) {
    const inner = nounPhrase(text, tokens, tokens[headEnd + 1]?.lower === 'the' && isCapitalised(tokens[headEnd + 2]) ? headEnd + 2 : headEnd + 1, end);
    if (inner && inner.speaker.kind !== 'pronoun' && inner.speaker.kind !== 'anon') return inner;
  }
  const possessive = tokens.findIndex((t, j) => j >= from && j < headEnd && t.lower === "'s");
  if (possessive > from) {
    const inner = nounPhrase(text, tokens, from, possessive);
    if (inner && inner.speaker.kind !== 'pronoun') return { speaker: inner.speaker, end: headEnd };
  }
  return undefined;
}
