/**
 * Visits on their way into the reading log. The background writes each one here
 * (storage.session: it outlives the MV3 worker, not the browser session, and content scripts
 * cannot read it) before the IndexedDB write, and removes it once that write has committed.
 * A worker stopped in between leaves the entry behind, and the next start writes it again.
 *
 * Writing a visit twice is harmless: the replay uses the visit's own time, and a visit at the
 * time of the record's last one is the same visit (see SAME_VISIT_WINDOW_MS), so nothing
 * counts twice.
 */
import { browser } from 'wxt/browser';
import type { SourcingSummary } from '../analysis/report';
import type { ArticleMeta } from '../messaging/page-report';

export interface PendingVisit {
  /** The tab that reported it, to tell the reader there if the write fails. */
  tabId: number;
  meta: ArticleMeta;
  summary: SourcingSummary;
  /** When the background received the report: the visit's time, kept for the replay. */
  at: number;
}

export const PENDING_VISIT_PREFIX = 'pending-visit:';

let written = 0;

/** Keeps the visit until settleVisit; returns its key. */
export async function journalVisit(visit: PendingVisit): Promise<string> {
  // Unique within this worker's life by the counter, across lives by the time.
  const key = `${PENDING_VISIT_PREFIX}${visit.at}:${visit.tabId}:${++written}`;
  await browser.storage.session.set({ [key]: visit });
  return key;
}

/** The visit's write has committed (or failed for good): forget it. */
export async function settleVisit(key: string): Promise<void> {
  await browser.storage.session.remove(key);
}

/** Every visit journaled and not settled, oldest first. */
export async function pendingVisits(): Promise<Array<[key: string, visit: PendingVisit]>> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(PENDING_VISIT_PREFIX))
    .map(([key, value]) => [key, value as PendingVisit] as [string, PendingVisit])
    .sort(([, a], [, b]) => a.at - b.at);
}
