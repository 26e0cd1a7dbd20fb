/**
 * What the background does with a content script's page report. Everything it keeps goes
 * to storage (session for the tab, IndexedDB for the history): an MV3 worker can be stopped
 * at any moment, so nothing lives only in globals.
 */
import { summarise } from '../../utils/analysis/report';
import { recordVisit } from '../../utils/history/store';
import type { PageReport } from '../../utils/messaging/page-report';
import { getTabReport, removeTabReport, setTabReport } from '../../utils/tab-reports';
import { showSourceCount } from './toolbar';

export interface ReportingTab {
  id: number;
  /** Private windows leave no reading history. */
  incognito: boolean;
}

export async function acceptPageReport(tab: ReportingTab, page: PageReport): Promise<void> {
  await setTabReport(tab.id, page);
  await showSourceCount(tab.id, page);
  if (page.status === 'article' && !tab.incognito) {
    const summary = summarise(page.report);
    const start = performance.now();
    await recordVisit(page.meta, summary);
    // Read by `npm run bench` (one IndexedDB write of one visit, wall time).
    performance.measure('otr:visit-write', { start, end: performance.now() });
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  await removeTabReport(tabId);
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
    await removeTabReport(tabId);
    await showSourceCount(tabId, undefined);
  }
}
