/**
 * Every message the extension passes, named by direction, and the runtime checks each
 * receiver applies before acting. Anything that fails a check is rejected and logged.
 */
import type { PageReport } from './page-report';

/** content script → background */
export type ContentToBackground = { type: 'page-report'; page: PageReport };

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
