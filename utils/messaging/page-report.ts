import type { AnalysisReport } from '../analysis/report';

/** What the page says about itself, read by the content script (or the CLI). */
export interface ArticleMeta {
  /** The address the tab shows. */
  url: string;
  /** `<link rel=canonical>` (or og:url) when the page gives one on http(s), else `url` without its hash. */
  canonicalUrl: string;
  /** Host name without a leading "www.". */
  site: string;
  title: string;
  /** ISO 8601 date or date-time, when the page states when it was published. */
  published?: string;
}

/** The content script's finding for one page load, kept per tab by the background. */
export type PageReport =
  | { status: 'article'; meta: ArticleMeta; report: AnalysisReport; analysedAt: number }
  | { status: 'not-article'; url: string; analysedAt: number }
  /** The reader switched the extension off for this site; nothing was analysed. */
  | { status: 'disabled'; url: string; site: string; analysedAt: number };
