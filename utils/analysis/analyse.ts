import type { AnalysisReport } from './report';

export interface ArticleText {
  title: string;
  /** The article body, paragraph by paragraph, in reading order. */
  paragraphs: string[];
}

/** Finds the sourcing of one article. (Placeholder until the analyser lands: finds nothing.) */
export function analyseArticle(input: ArticleText): AnalysisReport {
  return { isArticle: true, title: input.title, sources: [], denials: [] };
}
