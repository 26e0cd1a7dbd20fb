/**
 * Searching and comparing the reading history. Pure functions over records already loaded.
 */
import type { VisitRecord } from './visit';

export interface SiteTotal {
  site: string;
  articles: number;
  /** Anonymous attributions / all attributions across the site's articles (0 when there are none). */
  anonymousShare: number;
}

/** Lower case without accents, so "jose" finds "José". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Each record's folded text, computed once: records are never changed in place, only replaced. */
const searchable = new WeakMap<VisitRecord, string>();

function searchableText(visit: VisitRecord): string {
  let text = searchable.get(visit);
  if (text === undefined) {
    text = fold([visit.title, visit.site, ...visit.summary.names, ...visit.summary.descriptors].join('\n'));
    searchable.set(visit, text);
  }
  return text;
}

/** Prepares the visits for searching ahead of the first keystroke (e.g. while the page is idle). */
export function prepareSearch(visits: readonly VisitRecord[]): void {
  for (const visit of visits) searchableText(visit);
}

/**
 * The visits (in their given order) whose headline, site or source names/descriptors
 * contain every word of `query`; only those of `site` when given. An empty query matches all.
 */
export function searchVisits(visits: VisitRecord[], query: string, site?: string): VisitRecord[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return visits.filter((visit) => {
    if (site !== undefined && visit.site !== site) return false;
    if (words.length === 0) return true;
    const text = searchableText(visit);
    return words.every((word) => text.includes(word));
  });
}

/** Per site: how many articles, and how much of their sourcing is anonymous. Sorted by site. */
export function siteTotals(visits: VisitRecord[]): SiteTotal[] {
  const bySite = new Map<string, { articles: number; anonymous: number; attributions: number }>();
  for (const { site, summary } of visits) {
    const total = bySite.get(site) ?? { articles: 0, anonymous: 0, attributions: 0 };
    total.articles += 1;
    total.anonymous += summary.anonymous;
    total.attributions += summary.attributions;
    bySite.set(site, total);
  }
  return [...bySite.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([site, t]) => ({
      site,
      articles: t.articles,
      anonymousShare: t.attributions === 0 ? 0 : t.anonymous / t.attributions,
    }));
}

/** The sites in the history, each once, in alphabetical order. */
export function sitesOf(visits: VisitRecord[]): string[] {
  return [...new Set(visits.map((visit) => visit.site))].sort((a, b) => a.localeCompare(b));
}
