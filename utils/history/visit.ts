/**
 * One article in the reading history, and the rule that turns page reports into visits.
 */
import type { SourcingSummary } from '../analysis/report';
import type { ArticleMeta } from '../messaging/page-report';
import {
  isBoundedString,
  isCount,
  isHttpUrl,
  isRecord,
  isTimestamp,
  optionalString,
  stringArray,
} from '../messaging/guards';
import { LIMITS } from '../messaging/validate';

export interface VisitRecord {
  /** The article's canonical URL: one record per article, however it was reached. */
  url: string;
  site: string;
  title: string;
  published?: string;
  firstVisit: number;
  lastVisit: number;
  visitCount: number;
  /** The sourcing found on the latest visit. */
  summary: SourcingSummary;
}

/**
 * Seeing the same article again within this long of the last time it was seen is the same
 * visit (a reload, a single-page-app re-run, a second tab): it refreshes the record without
 * counting. The window slides, so reading with reloads for an hour is still one visit.
 */
export const SAME_VISIT_WINDOW_MS = 30 * 60 * 1000;

/** The record after the reader has seen the article described by `meta` at `at`. */
export function nextVisitRecord(
  existing: VisitRecord | undefined,
  meta: ArticleMeta,
  summary: SourcingSummary,
  at: number,
): VisitRecord {
  const published = meta.published ?? existing?.published;
  const refreshed = {
    url: meta.canonicalUrl,
    site: meta.site,
    title: meta.title || (existing?.title ?? ''),
    ...(published !== undefined && { published }),
    summary,
  };
  if (!existing) return { ...refreshed, firstVisit: at, lastVisit: at, visitCount: 1 };
  const isNewVisit = at - existing.lastVisit > SAME_VISIT_WINDOW_MS;
  return {
    ...refreshed,
    firstVisit: Math.min(existing.firstVisit, at),
    lastVisit: Math.max(existing.lastVisit, at),
    visitCount: existing.visitCount + (isNewVisit ? 1 : 0),
  };
}

/**
 * Two records of the same article (an imported one and the stored one): the visit span of
 * both, the larger count (importing the same file twice must not inflate it), the details
 * of whichever was seen last.
 */
export function mergeVisitRecords(a: VisitRecord, b: VisitRecord): VisitRecord {
  const latest = b.lastVisit >= a.lastVisit ? b : a;
  return {
    ...latest,
    firstVisit: Math.min(a.firstVisit, b.firstVisit),
    lastVisit: latest.lastVisit,
    visitCount: Math.max(a.visitCount, b.visitCount),
  };
}

const MAX_COUNT = 1_000_000_000;
const MAX_NAMES = 2 * LIMITS.sources;

function readSummary(value: unknown): SourcingSummary | null {
  if (!isRecord(value)) return null;
  const { named, organizations, anonymous, denials, attributions, anonymousShare } = value;
  if (![named, organizations, anonymous, denials, attributions].every((n) => isCount(n, MAX_COUNT))) return null;
  if ((anonymous as number) > (attributions as number)) return null;
  if (typeof anonymousShare !== 'number' || !(anonymousShare >= 0 && anonymousShare <= 1)) return null;
  const names = stringArray(value.names, MAX_NAMES, LIMITS.nameChars);
  const descriptors = stringArray(value.descriptors, MAX_NAMES, LIMITS.descriptionChars);
  if (!names || !descriptors) return null;
  return {
    named: named as number,
    organizations: organizations as number,
    anonymous: anonymous as number,
    denials: denials as number,
    attributions: attributions as number,
    anonymousShare,
    names,
    descriptors,
  };
}

/** A fresh, checked copy of a record from outside (an imported file), or null. */
export function readVisitRecord(value: unknown): VisitRecord | null {
  if (!isRecord(value)) return null;
  const { url, site, title, firstVisit, lastVisit, visitCount } = value;
  const published = optionalString(value.published, LIMITS.dateChars);
  const summary = readSummary(value.summary);
  if (!isHttpUrl(url, LIMITS.urlChars) || !isBoundedString(site, LIMITS.siteChars) || site === '') return null;
  if (!isBoundedString(title, LIMITS.titleChars) || published === null || !summary) return null;
  if (!isTimestamp(firstVisit) || !isTimestamp(lastVisit) || firstVisit > lastVisit) return null;
  if (!isCount(visitCount, MAX_COUNT) || visitCount < 1) return null;
  return {
    url,
    site,
    title,
    ...(published !== undefined && { published }),
    firstVisit,
    lastVisit,
    visitCount,
    summary,
  };
}
