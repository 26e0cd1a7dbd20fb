import type { AnalysisReport } from '../../utils/analysis/report';
import type { ArticleMeta, PageReport } from '../../utils/messaging/page-report';
import { siteOf } from '../../utils/page/meta';
import type { PanelStatus } from '../../components/StatusMessage';
import type { CurrentTab } from './use-current-tab';
import type { TabReportState } from './use-tab-report';

/** What the panel shows: a plain status, or an article (which may have nothing attributed). */
export type PanelView =
  | { view: 'status'; status: Exclude<PanelStatus, 'no-sources'>; message?: string }
  | { view: 'article'; meta: ArticleMeta; report: AnalysisReport; empty: boolean };

/**
 * Decides the panel's view. `siteEnabled` is the reader's switch for the page's site as
 * stored, which wins over a report made before the reader flipped it.
 */
export function panelView(tab: CurrentTab, tabReport: TabReportState, siteEnabled: boolean | undefined): PanelView {
  if (tab.state === 'looking') return { view: 'status', status: 'loading' };
  if (tab.state === 'none') return { view: 'status', status: 'no-tab' };
  if (tabReport.state === 'loading') return { view: 'status', status: 'loading' };
  if (tabReport.state === 'error') return { view: 'status', status: 'error', message: tabReport.message };
  const page = tabReport.page;
  if (page === undefined) return { view: 'status', status: 'loading' };
  if (siteEnabled === false) return { view: 'status', status: 'disabled' };
  switch (page.status) {
    case 'disabled':
      // Switched back on: the page is being analysed again.
      return { view: 'status', status: siteEnabled === true ? 'loading' : 'disabled' };
    case 'not-article':
      return { view: 'status', status: 'not-article' };
    case 'article': {
      const { report } = page;
      if (!report.isArticle) return { view: 'status', status: 'not-article' };
      const empty = report.sources.length === 0 && report.denials.length === 0;
      return { view: 'article', meta: page.meta, report, empty };
    }
  }
}

/**
 * The site the per-site switch applies to: the host of the address the tab shows (without
 * "www."), which is what the content script checks before analysing. For a mirrored or
 * syndicated copy that is not the site the article names as its home (`meta.site`).
 */
export function siteOfPage(page: PageReport): string | undefined {
  switch (page.status) {
    case 'article':
      return siteOf(page.meta.url) || undefined;
    case 'disabled':
      return page.site;
    case 'not-article':
      return siteOf(page.url) || undefined;
  }
}
