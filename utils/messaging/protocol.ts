/**
 * Every message the extension passes, named by direction, and the runtime checks each
 * receiver applies before acting. Anything that fails a check is rejected and logged.
 */
import type { ArticleMeta, PageReport } from './page-report';

/** A page report without an analysis: what the content script itself can say about a page. */
export type UnanalysedPageReport = Exclude<PageReport, { status: 'article' }>;

/** content script → background */
export type ContentToBackground =
  /**
   * An article's text, read out of the page: the background analyses it, off the page's main
   * thread and in a worker that stays warm, instead of every tab compiling the analyser.
   */
  | { type: 'article-text'; meta: ArticleMeta; paragraphs: string[] }
  /** A page with nothing to analyse: not an article, or a site the reader switched off. */
  | { type: 'page-report'; page: UnanalysedPageReport };

/** extension page (side panel) → content script in a tab */
export type PanelToContent =
  | { type: 'highlight'; sentence: string; paragraph: number }
  | { type: 'clear-highlight' }
  /** Ask the content script to analyse again (e.g. after the reader re-enabled a site). */
  | { type: 'reanalyse' };

/** Replies from the content script to `highlight`. */
export interface HighlightReply {
  found: boolean;
}
