/**
 * Collects the mentions of each source as the sentences are read, and turns the entities into
 * the report's sources at the end (when every name is known in its fullest form).
 */
import type { AnonymousGroup } from './anonymous';
import type { Mention, Source } from './report';
import type { Entity } from './resolve';

export function sameEntity(a: Entity, b: Entity): boolean {
  return keyOf(a) === keyOf(b);
}

function keyOf(e: Entity): object {
  return e.kind === 'named' ? e.person : e.kind === 'organization' ? e.org : e.group;
}

export function displayName(e: Entity): string | undefined {
  return e.kind === 'named' ? e.person.name : e.kind === 'organization' ? e.org.name : e.group.source.description;
}

/** Mentions per entity, in order of first attribution. */
export class SourceRecord {
  private order: { entity: Entity; mentions: Mention[] }[] = [];
  private byKey = new Map<object, { entity: Entity; mentions: Mention[] }>();
  private extra: Source[] = [];

  add(entity: Entity, mention: Mention): void {
    const key = keyOf(entity);
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { entity, mentions: entity.kind === 'anonymous' ? entity.group.source.mentions : [] };
      this.byKey.set(key, entry);
      this.order.push(entry);
    }
    if (entry.mentions.at(-1) !== mention) entry.mentions.push(mention);
  }

  extraReason(like: Source, reason: string): void {
    this.extra.push({ kind: 'anonymous', description: like.description, anonymityReason: reason, mentions: [] });
  }

  sources(groups: AnonymousGroup[]): Source[] {
    const out: Source[] = this.order.map(({ entity, mentions }) => {
      if (entity.kind === 'anonymous') return entity.group.source;
      const item = entity.kind === 'named' ? entity.person : entity.org;
      const aliases = [...item.aliases].filter((a) => a !== item.name);
      const source: Source = { kind: entity.kind, name: item.name, mentions };
      if (aliases.length) source.aliases = aliases;
      const role = entity.kind === 'named' ? (entity.person.role ?? entity.person.title) : undefined;
      if (role) source.description = role;
      return source;
    });
    // Unnamed sources known only from a reason ("The officials spoke on condition of anonymity because …").
    for (const g of groups) if (g.source.anonymityReason && !out.includes(g.source)) out.push(g.source);
    return [...out, ...this.extra];
  }
}
