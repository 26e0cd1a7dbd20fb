/**
 * Turns what a sentence says about its speaker (speakers.ts) into an entity of the
 * article: the same person across "Dmitri S. Peskov", "Mr. Peskov" and "he"; the same
 * institution across "Acme Corp." and "the company"; the same unnamed group across
 * "two officials", "the officials" and "they".
 */
import { AnonymousRegistry, type AnonymousGroup } from './anonymous';
import { OrgRegistry, type Organization } from './organizations';
import { NOT_NAMES, PersonRegistry, type NameMatch, type Person } from './people';
import type { Speaker } from './speakers';
import { spanText, type Token } from './tokens';
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

export class Resolver {
  readonly orgs = new OrgRegistry();
  readonly anonymous = new AnonymousRegistry();
  private lastPersonish?: { entity: Entity; at: number };
  private lastOrg?: { entity: Entity; at: number };

  constructor(readonly people: PersonRegistry) {}

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
        if (sp.org) return this.org(sp.org, ctx.at);
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
        return this.pronoun(sp.word, ctx.at);
    }
  }

  /** Remembers who spoke last, for pronouns in the sentences that follow. */
  spoke(entity: Entity, at: number): void {
    if (entity.kind === 'organization') this.lastOrg = { entity, at };
    else if (entity.kind === 'named' || !entity.group.plural) this.lastPersonish = { entity, at };
  }

  private person(name: NameMatch, ctx: SentenceContext, role?: string): Entity {
    const person = this.people.note(ctx.text, ctx.tokens, name, ctx.at);
    if (role && !person.role) person.role = role;
    if (name.titleStart < name.start && !person.role) person.role = spanText(ctx.text, ctx.tokens, name.titleStart, name.start);
    return { kind: 'named', person };
  }

  /**
   * One capitalised word: a person the article names ("Sharif", "Dar"), a person by the
   * pronoun that follows ("Trump said he …"), else an institution ("Boeing said it …").
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

  private pronoun(word: string, at: number): Entity | undefined {
    const recent = (x?: { entity: Entity; at: number }) => (x && at - x.at <= PRONOUN_REACH ? x.entity : undefined);
    switch (word) {
      case 'he':
      case 'she':
        return recent(this.lastPersonish);
      case 'they': {
        const g = this.anonymous.latest(at, 4, true);
        return g ? { kind: 'anonymous', group: this.anonymous.touch(g, at) } : undefined;
      }
      case 'one': {
        const g = this.anonymous.latest(at, 8, true);
        return g ? { kind: 'anonymous', group: this.anonymous.touch(g, at) } : undefined;
      }
      case 'it':
        return recent(this.lastOrg);
      default:
        return undefined;
    }
  }
}

/** Institutions listed under their generic name when the article names them no better. */
const STANDALONE = new Set(['police', 'military', 'army', 'navy', ...PLACES]);

/** The first personal pronoun after `token` outside quotes: "he"/"his" → person, "it"/"its" → institution. */
function nextPronoun(ctx: SentenceContext, token: number): 'person' | 'thing' | undefined {
  for (let j = token + 1; j < ctx.tokens.length; j++) {
    if (ctx.quoted?.[j]) continue;
    const w = ctx.tokens[j]!.lower;
    if (w === 'he' || w === 'she' || w === 'his' || w === 'her' || w === 'him') return 'person';
    if (w === 'it' || w === 'its' || w === 'they' || w === 'their') return 'thing';
  }
  return undefined;
}
