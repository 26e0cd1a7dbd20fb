/**
 * The analyser: article text in, sourcing report out. Plain TypeScript, no DOM.
 *
 * Pipeline, one pass per stage, linear in the length of the text:
 *  1. sentences.ts  split paragraphs into sentences;
 *  2. tokens.ts     split sentences into words;
 *  3. people.ts     collect every person's name first, so "Mr. Brandt" finds "Karel S. Brandt";
 *  4. cues.ts       find attribution cues ("said", "according to", "declined to comment");
 *  5. clauses.ts    find the words that name each cue's speaker;
 *  6. speakers.ts   tell a person from an institution, an unnamed source or a pronoun;
 *  7. resolve.ts    tie those words to the article's people, institutions and unnamed groups;
 *  8. denials.ts, reasons.ts  add denials, non-answers and reasons for anonymity;
 *  9. record.ts     gather each source's mentions into the report.
 * Bylines and credits (credits.ts) are skipped; words inside quotes (quotes.ts) attribute nothing.
 * `isArticle` is always true here: whether a page is an article is decided before analysis.
 */
import { findCues, type Cue } from './cues';
import { clauseSubject, openingSegments, speakerWords, type SpeakerWords } from './clauses';
import { isCreditLine } from './credits';
import { denialVerdict } from './denials';
import { collectNames, PersonRegistry } from './people';
import { collectOrganizations } from './organizations';
import { quotedMask, quotedText } from './quotes';
import { anonymityReason } from './reasons';
import { displayName, sameEntity, SourceRecord } from './record';
import type { AnalysisReport, Denial, DenialType, Mention } from './report';
import { Resolver, type Entity, type SentenceContext } from './resolve';
import { segmentArticle } from './sentences';
import { MAX_ANALYSED_SENTENCES, withinTextBudget } from './text-budget';
import { classifySpeaker, type Speaker } from './speakers';
import { PLACES } from './lexicon/places';
import { isCapitalised, tokenize } from './tokens';
import type { AnonymousGroup } from './anonymous';

export interface ArticleText {
  title: string;
  /** The article body, paragraph by paragraph, in reading order. */
  paragraphs: string[];
}

/**
 * Longer "sentences" are lists, code or hostile text, not prose that attributes: they are
 * skipped rather than split into millions of words.
 */
const MAX_SENTENCE = 3000;

export function analyseArticle(input: ArticleText): AnalysisReport {
  const sentences = segmentArticle(withinTextBudget(input.paragraphs), MAX_ANALYSED_SENTENCES);
  const tokens = sentences.map((s) => (s.text.length > MAX_SENTENCE ? [] : tokenize(s.text)));
  const credit = sentences.map((s) => s.text.length > MAX_SENTENCE || isCreditLine(s.text));
  const people = new PersonRegistry();
  sentences.forEach((s, at) => credit[at] || collectNames(s.text, tokens[at]!, at, people));

  const resolver = new Resolver(people);
  sentences.forEach((s, at) => credit[at] || collectOrganizations(s.text, tokens[at]!, at, resolver.orgs));
  const record = new SourceRecord();
  const denials: { type: DenialType; sentence: string; paragraph: number; by?: Entity }[] = [];

  sentences.forEach((s, at) => {
    if (credit[at]) return;
    const mask = quotedMask(tokens[at]!);
    const ctx: SentenceContext = { text: s.text, tokens: tokens[at]!, at, quoted: mask };
    const allCues = findCues(s.text, ctx.tokens);
    const cues = allCues.filter((c) => !mask[c.start]);
    const hasStrong = cues.some((c) => !c.weak);
    const speakers = new Map<Cue, Entity[]>();
    const mention: Mention = { sentence: s.text, paragraph: s.paragraph };
    const quote = quotedText(s.text, ctx.tokens, mask);
    if (quote) mention.quote = quote;

    // Participles ("…, adding that") go last: they take the speaker of the clause they continue.
    const ordered = [...cues.filter((c) => !c.participle), ...cues.filter((c) => c.participle)];
    for (const cue of ordered) {
      if (cue.weak && hasStrong) continue;
      const found = cue.participle ? continuing(resolver, ctx, cue, speakers) : cueSpeakers(resolver, ctx, cue, speakers);
      speakers.set(cue, found);
      for (const entity of found) {
        // Not answering is no attribution; an unnamed source that declines passes on nothing either.
        const attributes = cue.kind === 'speech' || cue.kind === 'denial' || (cue.kind === 'no_comment' && entity.kind !== 'anonymous');
        if (attributes) record.add(entity, mention);
      }
      if (found.length) resolver.spoke(found, at);
    }

    const speech = cues.find((c) => c.kind === 'speech' && speakers.get(c)?.length) ?? cues.find((c) => c.kind === 'speech');
    const verdict = denialVerdict(s.text, allCues, speech, speech ? ctx.tokens[speech.end - 1]!.end : 0);
    if (verdict && !byWriter(ctx, verdict.cue)) {
      const by = speakers.get(verdict.cue)?.[0] ?? (speech ? speakers.get(speech)?.[0] : undefined);
      denials.push({ type: verdict.type, sentence: s.text, paragraph: s.paragraph, by });
    }

    const reason = anonymityReason(s.text);
    if (reason) attachReason(resolver, record, ctx, speakers, reason, mention);
  });

  return {
    isArticle: true,
    title: input.title,
    sources: record.sources(resolver.anonymous.groups),
    denials: denials.map((d): Denial => {
      const out: Denial = { type: d.type, sentence: d.sentence, paragraph: d.paragraph };
      const by = d.by && displayName(d.by);
      if (by) out.by = by;
      return out;
    }),
  };
}

function cueSpeakers(resolver: Resolver, ctx: SentenceContext, cue: Cue, speakers: Map<Cue, Entity[]>): Entity[] {
  const words = speakerWords(ctx.tokens, cue);
  if (!words) return [];
  if (words.sameAsPrevious) return continuing(resolver, ctx, cue, speakers);
  // "according to analysts" passes on specific information: collectives count there.
  const accordingTo = ctx.tokens[cue.start]?.lower === 'according';
  const found = resolveWords(resolver, ctx, words, accordingTo);
  return found.length || !words.alternative ? found : resolveWords(resolver, ctx, words.alternative);
}

/** An -ing cue ("…, adding", "before saying"): the nearest earlier speaker, else the clause's subject. */
function continuing(resolver: Resolver, ctx: SentenceContext, cue: Cue, speakers: Map<Cue, Entity[]>): Entity[] {
  let best: Entity[] = [];
  let bestAt = -1;
  for (const [c, found] of speakers) if (found.length && c.start < cue.start && c.start > bestAt) [best, bestAt] = [found, c.start];
  if (best.length) return best;
  // The clause just before, else the sentence's opening words ("The leader of X, Y Z, condemned …, saying").
  // A named person among the candidates wins ("The leader of X, Y Z, condemned …").
  const subject = clauseSubject(ctx.tokens, cue);
  let fallback: Entity[] = [];
  for (const span of [...(subject ? [subject] : []), ...openingSegments(ctx.tokens, cue.start)]) {
    const out: Entity[] = [];
    for (const sp of classifySpeaker(ctx.text, ctx.tokens, span, false)) out.push(...resolver.resolveAll(sp, ctx));
    if (out.some((e) => e.kind === 'named')) return out;
    if (!fallback.length) fallback = out;
  }
  return fallback;
}

/** The speaker words of one cue → entities, reading "ROLE, NAME, said" the right way round. */
function resolveWords(resolver: Resolver, ctx: SentenceContext, words: SpeakerWords, allowVague = false): Entity[] {
  const subject = classifySpeaker(ctx.text, ctx.tokens, words, !words.loose);
  const roleText = words.role && roleOf(ctx, words.role.start, words.role.end, !!words.after);
  if (words.role && !words.after) {
    const asRole = classifySpeaker(ctx.text, ctx.tokens, words.role);
    const first = asRole[0];
    const subjectIsPerson = subject[0]?.kind === 'person';
    if (first?.kind === 'person' && !subjectIsPerson && asRole.length === 1) {
      const role = ctx.text.slice(ctx.tokens[words.start]!.start, ctx.tokens[words.end - 1]!.end);
      const e = resolver.resolve({ ...first, role: first.role ?? role }, ctx);
      return e ? [e] : [];
    }
  }
  const out: Entity[] = [];
  // "Van Dalen and Okonjo said": a lone name beside a person's is a person's too.
  const withPerson = subject.length > 1 && subject.some((sp) => sp.kind === 'person');
  for (const raw of subject) {
    const sp: Speaker =
      withPerson && raw.kind === 'single' && !PLACES.has(raw.text.toLowerCase())
        ? { kind: 'person', name: { start: raw.token, end: raw.token + 1, titleStart: raw.token, certain: true } }
        : raw;
    // "Acme Concrete, which built the dam, said": a two-word name that is no person.
    const thing = words.thing && sp.kind === 'person' ? { kind: 'org' as const, name: ctx.text.slice(ctx.tokens[sp.name.start]!.start, ctx.tokens[sp.name.end - 1]!.end) } : undefined;
    const adjusted = thing ?? (sp.kind === 'person' && roleText ? { ...sp, role: sp.role ?? roleText } : sp.kind === 'anon' && allowVague ? { ...sp, vague: false } : sp);
    for (const e of resolver.resolveAll(adjusted, ctx)) if (!out.some((o) => sameEntity(o, e))) out.push(e);
  }
  return out;
}

/** "I could not confirm them": the writer, not a party answering a claim. */
function byWriter(ctx: SentenceContext, cue: Cue): boolean {
  const words = speakerWords(ctx.tokens, cue);
  if (!words || words.sameAsPrevious || words.end - words.start !== 1) return false;
  const w = ctx.tokens[words.start]!.lower;
  return w === 'i' || w === 'we';
}

/** An appositive that reads as a role ("the agency's director"), not an aside ("in a statement"). */
function roleOf(ctx: SentenceContext, start: number, end: number, after: boolean): string | undefined {
  const first = ctx.tokens[start];
  if (!first || end - start > 20) return undefined;
  if (/^(in|on|at|for|with|who|which|whose|however|though|too|also|speaking|according|then|now|after|before|when|while|as|and|but|if)$/.test(first.lower)) return undefined;
  // After "said X," a clause may follow instead of a role: accept only what reads as a noun phrase.
  if (after) {
    const slice = ctx.tokens.slice(start, end);
    if (slice.some((t) => /^(said|says|told|is|was|are|were|has|have|had|will|would|include|includes)$/.test(t.lower))) return undefined;
    if (isCapitalised(first) && end - start > 8) return undefined;
  }
  return ctx.text.slice(first.start, ctx.tokens[end - 1]!.end);
}

/**
 * A reason for anonymity belongs to the unnamed source the sentence speaks of, else to the
 * latest one. A group that already has a different reason gets a sibling entry for this one.
 */
function attachReason(resolver: Resolver, record: SourceRecord, ctx: SentenceContext, cues: Map<Cue, Entity[]>, reason: string, mention: Mention): void {
  const speakers = [...cues.values()].flat();
  let group: AnonymousGroup | undefined = speakers.find((e) => e.kind === 'anonymous')?.group as AnonymousGroup | undefined;
  if (!group && speakers.length === 0) {
    // "a police officer told AP on condition of anonymity …": whoever spoke here is the unnamed source.
    for (const [cue] of cues) {
      const words = cue.kind === 'speech' ? speakerWords(ctx.tokens, cue) : undefined;
      if (!words || words.sameAsPrevious || words.end - words.start > 12) continue;
      const descriptor = ctx.text.slice(ctx.tokens[words.start]!.start, ctx.tokens[words.end - 1]!.end);
      group = resolver.anonymous.introduce(descriptor, ctx.tokens[words.end - 1]!.lower, false, ctx.at);
      record.add({ kind: 'anonymous', group }, mention);
      break;
    }
  }
  if (!group) {
    const subject = classifySpeaker(ctx.text, ctx.tokens, { start: 0, end: Math.min(ctx.tokens.length, 12) }, false)[0];
    if (subject && (subject.kind === 'anon' || subject.kind === 'pronoun')) {
      const e = subject.kind === 'anon' && !subject.definite ? undefined : resolver.resolve(subject, ctx);
      if (e?.kind === 'anonymous') group = e.group;
    }
  }
  group ??= resolver.anonymous.latest(ctx.at, 12);
  if (!group) return;
  const source = group.source;
  if (!source.anonymityReason) source.anonymityReason = reason;
  else if (source.anonymityReason !== reason) record.extraReason(source, reason);
}
