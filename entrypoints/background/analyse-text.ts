/**
 * The background's half of reading a page: the content script sends an article's text, the
 * worker analyses it. Here the analyser is compiled once and stays warm, and its work never
 * holds up the page the reader is looking at.
 */
import { analyseArticle } from '../../utils/analysis/analyse';
import { fitPageReport } from '../../utils/messaging/fit';
import type { ArticleMeta, PageReport } from '../../utils/messaging/page-report';

/** The page report for an article's text, fitted to the protocol's limits (the panel reads it as sent). */
export function analyseArticleText(meta: ArticleMeta, paragraphs: string[], analysedAt = Date.now()): PageReport {
  const start = performance.now();
  const report = analyseArticle({ title: meta.title, paragraphs });
  // Read by `npm run bench` (the analysis, now in the worker).
  performance.measure('otr:analyse', { start, end: performance.now(), detail: { chars: paragraphs.reduce((n, p) => n + p.length, 0) } });
  // Whether the page is an article was decided in the page: the analysis never overturns it.
  return fitPageReport({ status: 'article', meta, report, analysedAt });
}
