/**
 * Institutions that speak as such ("the Pentagon said", "Acme said in a statement",
 * "a spokeswoman for Acme said"), and what "the company" or "the ministry" refers to.
 */
import { foldApostrophes, isCapitalised, spanText, type Token } from './tokens';
import { ORG_NAME_WORDS, ORG_NOUNS } from './lexicon/nouns';
import { addPosition, lastAtOrBefore } from './positions';

export interface Organization {
  /** The name as first written in full. */
  name: string;
  aliases: Set<string>;
  /** Lower-case words of the name, to resolve "the ministry" or "the company". */
  words: Set<string>;
  /** Sentence indices where it is named or referred to. */
  seen: number[];
}

/** The last sentence index at or before `at` where the organisation appears, or -1. */
function lastSeenBy(o: Organization, at: number): number {
  return lastAtOrBefore(o.seen, at);
}

/** Words that end a company's name ("Corvane Co.", "Acme Inc."): such a body is "the company". */
const COMPANY_SUFFIXES = new Set(['co', 'co.', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'holdings',
  'company', 'airlines', 'airways', 'motors', 'bank', 'corporation', 'ag', 'sa', 'gmbh']);

/** Generic heads that stand for the last-named company-like body. */
const COMPANY_LIKE = new Set(['company', 'firm', 'corporation', 'group', 'business', 'retailer', 'airline', 'carrier',
  'manufacturer', 'startup', 'publisher', 'maker', 'giant', 'operator', 'developer', 'insurer', 'lender', 'automaker',
  'bank', 'network', 'broadcaster', 'outlet', 'organization', 'organisation', 'charity', 'union']);

const MERGE_WINDOW = 60;

function orgKey(name: string): string {
  return foldApostrophes(name.toLowerCase())
    .replace(/^(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export class OrgRegistry {
  readonly all: Organization[] = [];
  private byKey = new Map<string, Organization>();

  /**
   * Records an organisation named in sentence `at`; merges "Ministry of X" into "Norway's Ministry of X".
   * `mention`: named in passing (pre-pass), which must not change the name of a known speaker.
   */
  note(name: string, at: number, mention = false): Organization {
    const key = orgKey(name);
    let org = this.byKey.get(key);
    if (!org) {
      // Only recent bodies are compared, so a page of a thousand names stays linear.
      org = this.all.slice(-MERGE_WINDOW).find((o) => {
        const k = orgKey(o.name);
        return (k.endsWith(` ${key}`) && key.includes(' ')) || (key.endsWith(` ${k}`) && k.includes(' '));
      });
    }
    if (!org) {
      org = { name: name.replace(/^(the|a|an)\s+/i, ''), aliases: new Set(), words: new Set(key.split(/[\s']+/)), seen: [] };
      this.all.push(org);
    } else if (orgKey(org.name) !== key && !mention) {
      org.aliases.add(name.replace(/^(the|a|an)\s+/i, ''));
      for (const w of key.split(/[\s']+/)) org.words.add(w);
    }
    this.byKey.set(key, org);
    addPosition(org.seen, at);
    return org;
  }

  /** "the ministry" → the last-seen organisation with "ministry" in its name; "the company" → the last company-like one. */
  resolveGeneric(head: string, at: number): Organization | undefined {
    let best: Organization | undefined;
    let bestAt = -1;
    for (const o of this.all) {
      const last = lastSeenBy(o, at);
      if (last < 0) continue;
      if (o.words.has(head) || (COMPANY_LIKE.has(head) && [...o.words].some((w) => COMPANY_SUFFIXES.has(w)))) {
        if (last >= bestAt) [best, bestAt] = [o, last];
      }
    }
    return best;
  }

  /** The organisation mentioned most recently before or in sentence `at`, within `window` sentences. */
  recent(at: number, window: number): Organization | undefined {
    let best: Organization | undefined;
    let bestAt = -1;
    for (const o of this.all) {
      const last = lastSeenBy(o, at);
      if (last >= 0 && last >= at - window && last >= bestAt) [best, bestAt] = [o, last];
    }
    return best;
  }
}

/**
 * "of", "for", "&" and "and" inside one name ("Ministry of Foreign Affairs", "Coastal Rail and
 * Ferry Council"), but not "and" after a complete name ("the Transit Authority and Acme").
 */
function joinsName(tokens: Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  if (!isCapitalised(tokens[k + 1]) || !/^(of|&|and|for)$/.test(w)) return false;
  return w !== 'and' || !ORG_NAME_WORDS.has(tokens[k - 1]?.lower ?? '');
}

/**
 * Pre-pass: institutions the sentence names ("Corvane Co.", "the Ministry of Foreign Affairs",
 * "NATO"), so that a later "the company" or "the ministry" can find them.
 */
export function collectOrganizations(sentence: string, tokens: Token[], at: number, registry: OrgRegistry): void {
  let i = 0;
  while (i < tokens.length) {
    // A capitalised first word may just open the sentence; it counts only inside a run that names a body.
    if (!isCapitalised(tokens[i]) || (i === 0 && !isCapitalised(tokens[1]))) {
      i++;
      continue;
    }
    let end = i;
    while (end < tokens.length && end - i < 8 && (isCapitalised(tokens[end]) || joinsName(tokens, end))) end++;
    const run = tokens.slice(i, end);
    // A name needs an institution word and a word of its own ("Halvorsen Foundation", not "The Embassy").
    const own = run.some((t) => isCapitalised(t) && !ORG_NOUNS.has(t.lower) && !/^(the|a|an)$/.test(t.lower));
    const named = (own && run.some((t) => ORG_NAME_WORDS.has(t.lower) && t.lower !== 'news')) || (run.length === 1 && /^\p{Lu}{2,}$/u.test(run[0]!.text));
    if (named) registry.note(spanText(sentence, tokens, i, end), at, true);
    i = end;
  }
}
