/**
 * Runtime checks for every message in protocol.ts, and for who sent it.
 * A validator returns a fresh, typed copy of the message (unknown fields dropped) or null;
 * a rejected message is logged and must never be acted on.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ArticleMeta } from './page-report';
import { MAX_ANALYSED_CHARS } from '../analysis/text-budget';
import type { ContentToBackground, HighlightReply, PanelToContent, UnanalysedPageReport } from './protocol';
import {
  isBoundedString,
  isCount,
  isHttpUrl,
  isRecord,
  isTimestamp,
  jsonLength,
  optionalString,
  stringArray,
} from './guards';

/**
 * Upper bounds on messages and on the report the background keeps for each tab (fit.ts cuts
 * to them): well above any real article, low enough that a hostile page cannot flood storage.
 */
export const LIMITS = {
  /** Characters in the JSON form of one message. */
  messageChars: 2_000_000,
  sentenceChars: 5_000,
  titleChars: 1_000,
  nameChars: 500,
  descriptionChars: 1_000,
  urlChars: 8_192,
  /** The longest DNS name. */
  siteChars: 253,
  dateChars: 64,
  sources: 2_000,
  mentionsPerSource: 2_000,
  aliasesPerSource: 100,
  denials: 2_000,
  paragraphIndex: 1_000_000,
  /** Paragraphs of article text in one message, and their characters in all: what the analyser reads. */
  paragraphs: 20_000,
  articleChars: MAX_ANALYSED_CHARS,
} as const;

export function readArticleMeta(value: unknown): ArticleMeta | null {
  if (!isRecord(value)) return null;
  const { url, canonicalUrl, site, title } = value;
  const published = optionalString(value.published, LIMITS.dateChars);
  if (!isHttpUrl(url, LIMITS.urlChars) || !isHttpUrl(canonicalUrl, LIMITS.urlChars)) return null;
  if (!isBoundedString(site, LIMITS.siteChars) || site === '') return null;
  if (!isBoundedString(title, LIMITS.titleChars) || published === null) return null;
  return { url, canonicalUrl, site, title, ...(published !== undefined && { published }) };
}

/** A report without an analysis (the analysis is the background's own work, never a content script's). */
function readUnanalysedReport(value: unknown): UnanalysedPageReport | null {
  if (!isRecord(value) || !isTimestamp(value.analysedAt)) return null;
  const { analysedAt, url } = value;
  if (!isHttpUrl(url, LIMITS.urlChars)) return null;
  switch (value.status) {
    case 'not-article':
      return { status: 'not-article', url, analysedAt };
    case 'disabled':
      return isBoundedString(value.site, LIMITS.siteChars) ? { status: 'disabled', url, site: value.site, analysedAt } : null;
    default:
      return null;
  }
}

function rejected(direction: string, message: unknown): null {
  const type = isRecord(message) && typeof message.type === 'string' ? message.type.slice(0, 40) : typeof message;
  console.warn(`[On the Record] rejected ${direction} message (${type})`);
  return null;
}

/** Size first, so a huge message is refused before any deep walk over it. */
function withinSize(message: unknown): message is Record<string, unknown> {
  return isRecord(message) && jsonLength(message) <= LIMITS.messageChars;
}

/** The article's paragraphs: at most LIMITS.paragraphs, LIMITS.articleChars characters in all. */
function readParagraphs(value: unknown): string[] | null {
  const paragraphs = stringArray(value, LIMITS.paragraphs, LIMITS.articleChars);
  if (!paragraphs) return null;
  let chars = 0;
  for (const paragraph of paragraphs) chars += paragraph.length;
  return chars <= LIMITS.articleChars ? paragraphs : null;
}

export function validateContentToBackground(message: unknown): ContentToBackground | null {
  if (withinSize(message)) {
    switch (message.type) {
      case 'article-text': {
        const meta = readArticleMeta(message.meta);
        const paragraphs = readParagraphs(message.paragraphs);
        if (meta && paragraphs) return { type: 'article-text', meta, paragraphs };
        break;
      }
      case 'page-report': {
        const page = readUnanalysedReport(message.page);
        if (page) return { type: 'page-report', page };
        break;
      }
    }
  }
  return rejected('content → background', message);
}

export function validatePanelToContent(message: unknown): PanelToContent | null {
  if (withinSize(message)) {
    switch (message.type) {
      case 'highlight': {
        const { sentence, paragraph } = message;
        if (isBoundedString(sentence, LIMITS.sentenceChars) && isCount(paragraph, LIMITS.paragraphIndex)) {
          return { type: 'highlight', sentence, paragraph };
        }
        break;
      }
      case 'clear-highlight':
      case 'reanalyse':
        return { type: message.type };
    }
  }
  return rejected('panel → content', message);
}

export function validateHighlightReply(message: unknown): HighlightReply | null {
  if (isRecord(message) && typeof message.found === 'boolean') return { found: message.found };
  return rejected('highlight reply', message);
}

/** A content script of this extension: the browser stamps the tab it runs in, and a web page's URL. */
export function isFromContentScript(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && isCount(sender.tab?.id) && !isOwnPage(sender);
}

/**
 * One of this extension's own pages (side panel, reading log): the browser stamps its URL,
 * which is on our own origin; a content script's URL is the web page's. A tab is allowed
 * because the panel can also be opened as an ordinary tab (`sidepanel.html?tab=<id>`).
 */
export function isFromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && isOwnPage(sender);
}

function isOwnPage(sender: Browser.runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}
