/**
 * Turns what a sentence says about its speaker (speakers.ts) into an entity of the
 * article: the same person across "Karel S. Brandt", "Mr. Brandt" and "he"; the same
 * institution across "Acme Corp." and "the company"; the same unnamed group across
 * "two officials", "the officials" and "they".
 */
import { AnonymousRegistry, type AnonymousGroup } from './anonymous';
import { OrgRegistry, type Organization } from './organizations';
import { nameEndingAt, NOT_NAMES, PersonRegistry, titleText, type NameMatch, type Person } from './people';
import type { Speaker } from './speakers';
import type { Token } from './tokens';
import { PLACES } from './lexicon/places';

export type Entity =
  | { kind: 'named'; person: Person }
  | { kind: 'organization'; org: Organization }
  | { kind: 'anonymous'; group: AnonymousGroup };

export interface SentenceContext {
  text: string;
  tokens: Token[];
  /** Sentence index in the article. */
  at: number;
  /** 1 for tokens inside quotation marks. */
  quoted?: Uint8Array;
}

/** How many sentences back a pronoun may reach for its speaker. */
const PRONOUN_REACH = 5;
/** How many words a pronoun or a lone name looks at around itself. */
const LOOK_BACK = 40;

export class Resolver {
  readonly orgs = new OrgRegistry();
  readonly anonymous = new AnonymousRegistry();
  private lastPersonish?: { entity: Entity; at: number };
  private lastOrg?: { entity: Entity; at: number };
  /** The last speakers that "they" can stand for: an unnamed group, or several named people. */
  private lastPlural?: { entities: Entity[]; at: number };

  constructor(readonly people: PersonRegistry) {}

  /** Like `resolve`, but "they" may stand for several named people. */
  resolveAll(sp: Speaker, ctx: SentenceContext): Entity[] {
    if (sp.kind === 'pronoun' && sp.word === 'they') {
      const plural = this.theyAt(ctx.at);
      if (plural.length > 1) return plural;
    }
    const e = this.resolve(sp, ctx);
    return e ? [e] : [];
  }

  resolve(sp: Speaker, ctx: SentenceContext): Entity | undefined {
    switch (sp.kind) {
      case 'person':
        return this.person(sp.name, ctx, sp.role);
      case 'single':
        return this.single(sp.text, sp.token, ctx);
      case 'org': {
        if (!sp.generic) return this.org(sp.name, ctx.at);
        const known = this.orgs.resolveGeneric(sp.generic, ctx.at);
        if (known) return { kind: 'organization', org: this.orgs.note(known.name, ctx.at) };
        return STANDALONE.has(sp.generic) ? this.org(sp.name, ctx.at) : undefined;
      }
      case 'spokes': {
        if (sp.principal) return this.person(sp.principal, ctx);
        if (sp.org) {
          // "a spokesman for Halden": a person the article names.
          const p = /^\S+$/.test(sp.org) ? this.people.byNameWordAt(sp.org, ctx.at) : undefined;
          return p && (p.full || p.certain) ? { kind: 'named', person: p } : this.org(sp.org, ctx.at);
        }
        const known = sp.generic ? this.orgs.resolveGeneric(sp.generic, ctx.at) : this.orgs.recent(ctx.at, 3);
        if (known) return { kind: 'organization', org: this.orgs.note(known.name, ctx.at) };
        return undefined;
      }
      case 'anon': {
        if (sp.vague) return undefined;
        const group = sp.definite
          ? (this.anonymous.backReference(sp.head, ctx.at) ?? this.anonymous.introduce(sp.descriptor, sp.head, sp.plural, ctx.at))
          : this.anonymous.introduce(sp.descriptor, sp.head, sp.plural, ctx.at);
        return { kind: 'anonymous', group };
      }
      case 'pronoun':
        return this.pronoun(sp.word, sp.token, ctx);
      case 'title': {
        const p = this.people.byTitleAt(sp.word, ctx.at);
        if (p) return { kind: 'named', person: p };
        return sp.fallback ? this.resolve(sp.fallback, ctx) : undefined;
      }
    }
  }

  /** Remembers who spoke last (all speakers of one cue), for pronouns in the sentences that follow. */
  spoke(entities: Entity[], at: number): void {
    const named = entities.filter((e) => e.kind === 'named');
    if (named.length > 1) this.lastPlural = { entities: named, at };
    for (const entity of entities) {
      if (entity.kind === 'organization') this.lastOrg = { entity, at };
      else if (entity.kind === 'anonymous' && entity.group.plural) this.lastPlural = { entities: [entity], at };
      else if (named.length <= 1) this.lastPersonish = { entity, at };
    }
  }

  /** The entity "they" stands for, when it is a single one (several named people are handled by the caller). */
  theyAt(at: number): Entity[] {
    return this.lastPlural && at - this.lastPlural.at <= 3 ? this.lastPlural.entities : [];
  }

  private person(name: NameMatch, ctx: SentenceContext, role?: string): Entity {
    const person = this.people.note(ctx.text, ctx.tokens, name, ctx.at);
    const given = role && !/^(?:mr|mrs|ms|dr|miss)\.?$/i.test(role) ? role : titleText(ctx.text, ctx.tokens, name);
    if (given && !person.role) person.role = given;
    return { kind: 'named', person };
  }

  /**
   * One capitalised word: a person the article names ("Ostrova", "Omar"), a person by the
   * pronoun that follows ("Quint said he …"), else an institution ("Corvane said it …").
   * A sentence's first word needs evidence that it is a proper noun at all.
   */
  private single(text: string, token: number, ctx: SentenceContext): Entity | undefined {
    const lower = text.toLowerCase();
    if (NOT_NAMES.has(lower)) return undefined;
    const p = this.people.byNameWordAt(text, ctx.at);
    if (p && (p.full || p.certain)) {
      if (text !== p.name) p.aliases.add(text);
      return { kind: 'named', person: p };
    }
    const initial = token === 0 || ctx.tokens[token - 1]!.kind === 'q';
    if (initial && !this.people.proper.has(lower) && !PLACES.has(lower)) return undefined;
    if (!PLACES.has(lower) && nextPronoun(ctx, token) === 'person') {
      const person = this.people.note(ctx.text, ctx.tokens, { start: token, end: token + 1, titleStart: token, certain: true }, ctx.at);
      return { kind: 'named', person };
    }
    return this.org(text, ctx.at);
  }

  private org(name: string, at: number): Entity {
    return { kind: 'organization', org: this.orgs.note(name, at) };
  }

  private pronoun(word: string, token: number, ctx: SentenceContext): Entity | undefined {
    const at = ctx.at;
    switch (word) {
      case 'he':
      case 'she': {
        // "When I asked X, the director, about it, she said": a name earlier in the sentence.
        const inSentence = this.namedBefore(ctx, token);
        if (inSentence) return inSentence;
        const last = this.latestPersonish(at);
        if (!last || at - last.at > PRONOUN_REACH) return undefined;
        // An unnamed speaker holds "he"/"she" only briefly, and loses it to any named person.
        if (last.entity.kind === 'anonymous' && (at - last.at > 3 || this.namedSince(last.at, at))) return undefined;
        return last.entity;
      }
      case 'they': {
        const plural = this.theyAt(at);
        const first = plural[0];
        if (first?.kind === 'anonymous') return { kind: 'anonymous', group: this.anonymous.touch(first.group, at) };
        return plural.length === 1 ? first : undefined;
      }
      case 'one': {
        const g = this.anonymous.latest(at, 8, true);
        return g ? { kind: 'anonymous', group: this.anonymous.touch(g, at) } : undefined;
      }
      case 'it':
        return this.lastOrg && at - this.lastOrg.at <= PRONOUN_REACH ? this.lastOrg.entity : undefined;
      default:
        return undefined;
    }
  }

  /** The last speaker who was a single person, or a named sentence subject if one came later. */
  private latestPersonish(at: number): { entity: Entity; at: number } | undefined {
    let subject: { entity: Entity; at: number } | undefined;
    for (let s = at - 1; s >= Math.max(0, at - PRONOUN_REACH); s--) {
      const p = this.people.subjects.get(s);
      if (p) {
        subject = { entity: { kind: 'named', person: p }, at: s };
        break;
      }
    }
    const last = this.lastPersonish;
    if (!subject) return last;
    if (!last || subject.at > last.at) return subject;
    return last;
  }

  /** The last person named (in full or with a title) before `token` in this sentence, outside quotes. */
  private namedBefore(ctx: SentenceContext, token: number): Entity | undefined {
    for (let j = token - 1; j >= 0 && token - j < LOOK_BACK; j--) {
      if (ctx.quoted?.[j] || ctx.tokens[j + 1]?.text !== ',') continue;
      const name = nameEndingAt(ctx.tokens, Math.max(0, j - 5), j + 1);
      // Only a name set off by commas ("the director, Jane Roe, …"): not an object ("abusing Jo, …").
      if (!name || name.end !== j + 1 || ctx.tokens[name.titleStart - 1]?.text !== ',') continue;
      const p = this.people.byNameWordAt(ctx.tokens[j]!.text, ctx.at);
      if (p && (p.full || p.certain)) return { kind: 'named', person: p };
    }
    return undefined;
  }

  /** Whether a named person opens one of the sentences (from, to]. */
  private namedSince(from: number, to: number): boolean {
    for (let s = from + 1; s <= to; s++) if (this.people.subjects.has(s)) return true;
    return false;
  }
}

/** Institutions listed under their generic name when the article names them no better. */
const STANDALONE = new Set(['police', 'military', 'army', 'navy', 'campaign', 'government', 'embassy', 'administration', 'sheriff',
  'congress', 'parliament', 'senate', 'cabinet', ...PLACES]);

/** The first personal pronoun after `token` outside quotes: "he"/"his" → person, "it"/"its" → institution. */
function nextPronoun(ctx: SentenceContext, token: number): 'person' | 'thing' | undefined {
  for (let j = token + 1; j < ctx.tokens.length && j - token < LOOK_BACK; j++) {
    if (ctx.quoted?.[j]) continue;
    const w = ctx.tokens[j]!.lower;
    if (w === 'he' || w === 'she' || w === 'his' || w === 'her' || w === 'him') return 'person';
    if (w === 'it' || w === 'its' || w === 'they' || w === 'their') return 'thing';
  }
  return undefined;
}
