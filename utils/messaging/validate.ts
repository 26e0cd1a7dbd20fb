/**
 * Runtime checks for every message in protocol.ts, and for who sent it.
 * A validator returns a fresh, typed copy of the message (unknown fields dropped) or null;
 * a rejected message is logged and must never be acted on.
 */
import { browser, type Browser } from 'wxt/browser';
import type { AnalysisReport, Denial, DenialType, Mention, Source, SourceKind } from '../analysis/report';
import type { ArticleMeta, PageReport } from './page-report';
import type { ContentToBackground, HighlightReply, PanelToContent } from './protocol';
import {
  isBoundedArray,
  isBoundedString,
  isCount,
  isHttpUrl,
  isRecord,
  isTimestamp,
  jsonLength,
  optionalString,
  stringArray,
} from './guards';

/** Upper bounds well above any real article, low enough that a hostile page cannot flood storage. */
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
} as const;

const SOURCE_KINDS: readonly SourceKind[] = ['named', 'organization', 'anonymous'];
const DENIAL_TYPES: readonly DenialType[] = ['denial', 'no_comment', 'no_response'];

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function readMention(value: unknown): Mention | null {
  if (!isRecord(value)) return null;
  const { sentence, paragraph } = value;
  const quote = optionalString(value.quote, LIMITS.sentenceChars);
  if (!isBoundedString(sentence, LIMITS.sentenceChars) || !isCount(paragraph, LIMITS.paragraphIndex)) return null;
  if (quote === null) return null;
  return { sentence, paragraph, ...(quote !== undefined && { quote }) };
}

function readSource(value: unknown): Source | null {
  if (!isRecord(value) || !oneOf(value.kind, SOURCE_KINDS)) return null;
  const name = optionalString(value.name, LIMITS.nameChars);
  const description = optionalString(value.description, LIMITS.descriptionChars);
  const anonymityReason = optionalString(value.anonymityReason, LIMITS.sentenceChars);
  const aliases =
    value.aliases === undefined ? undefined : stringArray(value.aliases, LIMITS.aliasesPerSource, LIMITS.nameChars);
  if (name === null || description === null || anonymityReason === null || aliases === null) return null;
  if (!isBoundedArray(value.mentions, LIMITS.mentionsPerSource)) return null;
  const mentions = value.mentions.map(readMention);
  if (mentions.includes(null)) return null;
  return {
    kind: value.kind,
    ...(name !== undefined && { name }),
    ...(aliases !== undefined && { aliases }),
    ...(description !== undefined && { description }),
    ...(anonymityReason !== undefined && { anonymityReason }),
    mentions: mentions as Mention[],
  };
}

function readDenial(value: unknown): Denial | null {
  if (!isRecord(value) || !oneOf(value.type, DENIAL_TYPES)) return null;
  const { sentence, paragraph } = value;
  const by = optionalString(value.by, LIMITS.nameChars);
  if (!isBoundedString(sentence, LIMITS.sentenceChars) || !isCount(paragraph, LIMITS.paragraphIndex)) return null;
  if (by === null) return null;
  return { type: value.type, sentence, paragraph, ...(by !== undefined && { by }) };
}

export function readAnalysisReport(value: unknown): AnalysisReport | null {
  if (!isRecord(value) || typeof value.isArticle !== 'boolean') return null;
  if (!isBoundedString(value.title, LIMITS.titleChars)) return null;
  if (!isBoundedArray(value.sources, LIMITS.sources) || !isBoundedArray(value.denials, LIMITS.denials)) return null;
  const sources = value.sources.map(readSource);
  const denials = value.denials.map(readDenial);
  if (sources.includes(null) || denials.includes(null)) return null;
  return {
    isArticle: value.isArticle,
    title: value.title,
    sources: sources as Source[],
    denials: denials as Denial[],
  };
}

export function readArticleMeta(value: unknown): ArticleMeta | null {
  if (!isRecord(value)) return null;
  const { url, canonicalUrl, site, title } = value;
  const published = optionalString(value.published, LIMITS.dateChars);
  if (!isHttpUrl(url, LIMITS.urlChars) || !isHttpUrl(canonicalUrl, LIMITS.urlChars)) return null;
  if (!isBoundedString(site, LIMITS.siteChars) || site === '') return null;
  if (!isBoundedString(title, LIMITS.titleChars) || published === null) return null;
  return { url, canonicalUrl, site, title, ...(published !== undefined && { published }) };
}

export function readPageReport(value: unknown): PageReport | null {
  if (!isRecord(value) || !isTimestamp(value.analysedAt)) return null;
  const { analysedAt } = value;
  switch (value.status) {
    case 'article': {
      const meta = readArticleMeta(value.meta);
      const report = readAnalysisReport(value.report);
      return meta && report ? { status: 'article', meta, report, analysedAt } : null;
    }
    case 'not-article':
      return isHttpUrl(value.url, LIMITS.urlChars) ? { status: 'not-article', url: value.url, analysedAt } : null;
    case 'disabled': {
      const { url, site } = value;
      if (!isHttpUrl(url, LIMITS.urlChars) || !isBoundedString(site, LIMITS.siteChars)) return null;
      return { status: 'disabled', url, site, analysedAt };
    }
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

export function validateContentToBackground(message: unknown): ContentToBackground | null {
  if (withinSize(message) && message.type === 'page-report') {
    const page = readPageReport(message.page);
    if (page) return { type: 'page-report', page };
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
