/**
 * Unnamed sources: "two senior officials familiar with the talks", "a person briefed on the
 * matter", "residents", and the back-references that continue them ("the official",
 * "one of the officials", "they said", "one said").
 *
 * Each descriptor opens a group; a definite back-reference joins the latest group with the
 * same head noun; pronouns join the latest group of the same number (see analyse.ts).
 */
import type { Source } from './report';

export interface AnonymousGroup {
  source: Source;
  /** Singular head noun ("official" for "two senior officials"). */
  head: string;
  plural: boolean;
  lastSeen: number;
}

const IRREGULAR: Record<string, string> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  police: 'police',
  personnel: 'personnel',
  staff: 'staff',
  authorities: 'authority',
  witnesses: 'witness',
  eyewitnesses: 'eyewitness',
  spokespeople: 'spokesperson',
  spokesmen: 'spokesman',
  spokeswomen: 'spokeswoman',
  allies: 'ally',
  families: 'family',
  others: 'other',
  intermediaries: 'intermediary',
  attorneys: 'attorney',
};
const ALWAYS_PLURAL = new Set(['people', 'police', 'personnel', 'authorities', 'others', 'many', 'some', 'several', 'both', 'few']);

export function singular(noun: string): string {
  const w = noun.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ses') || w.endsWith('xes')) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export function isPluralNoun(noun: string): boolean {
  const w = noun.toLowerCase();
  return ALWAYS_PLURAL.has(w) || singular(w) !== w;
}

export class AnonymousRegistry {
  readonly groups: AnonymousGroup[] = [];

  /** A descriptor that introduces a source ("a person familiar with the talks"), or one already met. */
  introduce(descriptor: string, head: string, plural: boolean, at: number): AnonymousGroup {
    const key = descriptor.toLowerCase();
    const same = this.groups.find((g) => (g.source.description ?? '').toLowerCase() === key);
    if (same) return this.touch(same, at);
    const group: AnonymousGroup = {
      source: { kind: 'anonymous', description: descriptor, mentions: [] },
      head: singular(head),
      plural,
      lastSeen: at,
    };
    this.groups.push(group);
    return group;
  }

  /** "the official", "the officials", "one of the officials": the latest group with that head noun. */
  backReference(head: string, at: number): AnonymousGroup | undefined {
    const h = singular(head);
    let best: AnonymousGroup | undefined;
    for (const g of this.groups) if (g.head === h && g.lastSeen <= at && (!best || g.lastSeen >= best.lastSeen)) best = g;
    return best ? this.touch(best, at) : undefined;
  }

  /** The latest group of the given number seen within `window` sentences (for "they", "he", "one"). */
  latest(at: number, window: number, plural?: boolean): AnonymousGroup | undefined {
    let best: AnonymousGroup | undefined;
    for (const g of this.groups) {
      if (plural !== undefined && g.plural !== plural) continue;
      if (g.lastSeen <= at && g.lastSeen >= at - window && (!best || g.lastSeen >= best.lastSeen)) best = g;
    }
    return best;
  }

  touch(g: AnonymousGroup, at: number): AnonymousGroup {
    g.lastSeen = Math.max(g.lastSeen, at);
    return g;
  }
}
