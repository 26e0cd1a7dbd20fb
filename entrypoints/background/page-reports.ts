/**
 * What the background does with a content script's page report. Everything it keeps goes
 * to storage (session for the tab, IndexedDB for the history): an MV3 worker can be stopped
 * at any moment, so nothing lives only in globals.
 */
import { summarise } from '../../utils/analysis/report';
import { clearSaveFailure, saveFailureText, setSaveFailure } from '../../utils/history/save-failures';
import { recordVisit } from '../../utils/history/store';
import { journalVisit, pendingVisits, settleVisit, type PendingVisit } from '../../utils/history/visit-journal';
import type { PageReport } from '../../utils/messaging/page-report';
import { getTabReport, removeTabReport, setTabReport } from '../../utils/tab-reports';
import { showSourceCount } from './toolbar';

export interface ReportingTab {
  id: number;
  /** Private windows leave no reading history. */
  incognito: boolean;
}

export async function acceptPageReport(tab: ReportingTab, page: PageReport, at = Date.now()): Promise<void> {
  await setTabReport(tab.id, page);
  await showSourceCount(tab.id, page);
  if (page.status === 'article' && !tab.incognito) {
    await saveVisit({ tabId: tab.id, meta: page.meta, summary: summarise(page.report), at });
  }
}

/** Journals the visit first, so that a worker stopped before the write commits loses nothing. */
async function saveVisit(visit: PendingVisit): Promise<void> {
  let key: string | undefined;
  try {
    key = await journalVisit(visit);
  } catch (error) {
    // No room in session storage: the visit can still be written, only not replayed.
    console.warn('[On the Record] could not journal a visit before writing it', error);
  }
  await commitVisit(key, visit);
}

/** Writes a journaled visit and settles it; a failed write is told to the tab's panel, not retried. */
async function commitVisit(key: string | undefined, visit: PendingVisit): Promise<void> {
  try {
    const start = performance.now();
    await recordVisit(visit.meta, visit.summary, visit.at);
    // Read by `npm run bench` (one IndexedDB write of one visit, wall time).
    performance.measure('otr:visit-write', { start, end: performance.now() });
    await clearSaveFailure(visit.tabId);
  } catch (error) {
    console.error('[On the Record] could not save a visit to the reading log', error);
    await setSaveFailure(visit.tabId, { url: visit.meta.canonicalUrl, message: saveFailureText(error) });
  } finally {
    if (key !== undefined) await settleVisit(key);
  }
}

/** Writes the visits a stopped worker left journaled. Call once at start-up. */
export async function replayPendingVisits(): Promise<void> {
  for (const [key, visit] of await pendingVisits()) await commitVisit(key, visit);
}

export async function forgetTab(tabId: number): Promise<void> {
  await Promise.all([removeTabReport(tabId), clearSaveFailure(tabId)]);
}

function pageUrl(page: PageReport): string {
  return page.status === 'article' ? page.meta.url : page.url;
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * The tab left the page its report describes: drop the report so the panel does not show
 * the old page while the new one is analysed. (A reload or an anchor keeps it; the new
 * report replaces it shortly.)
 */
export async function tabNavigated(tabId: number, url: string): Promise<void> {
  const page = await getTabReport(tabId);
  if (page && withoutHash(pageUrl(page)) !== withoutHash(url)) {
    await Promise.all([removeTabReport(tabId), clearSaveFailure(tabId)]);
    await showSourceCount(tabId, undefined);
  }
}
