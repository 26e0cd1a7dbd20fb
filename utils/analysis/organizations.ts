/**
 * Institutions that speak as such ("the Pentagon said", "Acme said in a statement",
 * "a spokeswoman for Acme said"), and what "the company" or "the ministry" refers to.
 */
import { foldApostrophes } from './tokens';

export interface Organization {
  /** The name as first written in full. */
  name: string;
  aliases: Set<string>;
  /** Lower-case words of the name, to resolve "the ministry" or "the company". */
  words: Set<string>;
  lastSeen: number;
}

/** Generic heads that stand for the last-named company-like body. */
const COMPANY_LIKE = new Set(['company', 'firm', 'corporation', 'group', 'business', 'retailer', 'airline', 'carrier',
  'manufacturer', 'startup', 'publisher', 'maker', 'giant', 'operator', 'developer', 'insurer', 'lender', 'automaker',
  'bank', 'network', 'broadcaster', 'outlet', 'organization', 'organisation', 'charity', 'union']);

export function orgKey(name: string): string {
  return foldApostrophes(name.toLowerCase())
    .replace(/^(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export class OrgRegistry {
  readonly all: Organization[] = [];
  private byKey = new Map<string, Organization>();

  /** Records an organisation named in sentence `at`; merges "Ministry of X" into "Pakistan's Ministry of X". */
  note(name: string, at: number): Organization {
    const key = orgKey(name);
    let org = this.byKey.get(key);
    if (!org) {
      org = this.all.find((o) => {
        const k = orgKey(o.name);
        return (k.endsWith(` ${key}`) && key.includes(' ')) || (key.endsWith(` ${k}`) && k.includes(' '));
      });
    }
    if (!org) {
      org = { name: name.replace(/^(the|a|an)\s+/i, ''), aliases: new Set(), words: new Set(key.split(/[\s']+/)), lastSeen: at };
      this.all.push(org);
    } else if (orgKey(org.name) !== key) {
      org.aliases.add(name.replace(/^(the|a|an)\s+/i, ''));
      for (const w of key.split(/[\s']+/)) org.words.add(w);
    }
    this.byKey.set(key, org);
    org.lastSeen = Math.max(org.lastSeen, at);
    return org;
  }

  /** "the ministry" → the last-seen organisation with "ministry" in its name; "the company" → the last company-like one. */
  resolveGeneric(head: string, at: number): Organization | undefined {
    let best: Organization | undefined;
    for (const o of this.all) {
      if (o.lastSeen > at) continue;
      if (o.words.has(head) || (COMPANY_LIKE.has(head) && o.words.has('company'))) {
        if (!best || o.lastSeen >= best.lastSeen) best = o;
      }
    }
    return best;
  }

  /** The organisation mentioned most recently before or in sentence `at`, within `window` sentences. */
  recent(at: number, window: number): Organization | undefined {
    let best: Organization | undefined;
    for (const o of this.all) if (o.lastSeen <= at && o.lastSeen >= at - window && (!best || o.lastSeen >= best.lastSeen)) best = o;
    return best;
  }
}

export { COMPANY_LIKE };
