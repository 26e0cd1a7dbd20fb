/**
 * The whole page pipeline in one call (CLI, tests): gate, then extraction and analysis on
 * article pages. The content script calls the three steps itself to time each one.
 */
import { analyseArticle } from '../analysis/analyse';
import type { AnalysisReport } from '../analysis/report';
import { extractArticle, type ExtractedArticle } from './extract';
import { detectArticlePage, type PageTypeVerdict } from './page-type';

export type PageAnalysis = { verdict: PageTypeVerdict; article?: ExtractedArticle; report?: AnalysisReport };

export function analysePage(doc: Document, url: string): PageAnalysis {
  const verdict = detectArticlePage(doc, url);
  if (!verdict.isArticle) return { verdict };
  const article = extractArticle(doc, url, verdict.jsonLd);
  const report = analyseArticle({ title: article.meta.title, paragraphs: article.paragraphs });
  return { verdict, article, report };
}
