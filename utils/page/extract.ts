/**
 * Article extraction: the page's metadata and its story text, paragraph by paragraph.
 * Never changes the document. The best container in the DOM comes first (about a millisecond,
 * and its sentences are the ones the side panel must find again in the page); a JSON-LD
 * articleBody replaces it when it holds clearly more (a paywall hides the rest), and
 * Readability (on a clone) is tried when both give too little text.
 */
import { Readability } from '@mozilla/readability';
import type { ArticleMeta } from '../messaging/page-report';
import { isBoilerplateText } from './boilerplate';
import { isArticleNode, readJsonLd, stringProp, type JsonLdNode } from './json-ld';
import { findMainContainers } from './main-container';
import { readArticleMeta } from './meta';
import { collectParagraphs } from './paragraphs';
import { runToEnd, type Steps } from './steps';
import { normaliseSpace } from './text';

export interface ExtractedArticle {
  meta: ArticleMeta;
  /** The story, paragraph by paragraph, in reading order, white space normalised. */
  paragraphs: string[];
}

/** Below this many characters the DOM result is too thin to trust, and Readability gets a try. */
const THIN_TEXT = 500;

/** The extraction as steps the content script can spread over several tasks (see steps.ts). */
export function* extractArticleSteps(doc: Document, url: string): Steps<ExtractedArticle> {
  const jsonLd = readJsonLd(doc);
  const meta = readArticleMeta(doc, url, jsonLd);
  yield;
  return { meta, paragraphs: storyParagraphs(doc, jsonLd) };
}

export function extractArticle(doc: Document, url: string): ExtractedArticle {
  return runToEnd(extractArticleSteps(doc, url));
}

/** A longer source replaces a shorter one only when it holds this much more text. */
const CLEARLY_MORE = 1.5;

function storyParagraphs(doc: Document, jsonLd: JsonLdNode[]): string[] {
  const fromDom = collectParagraphs(findMainContainers(doc));
  const fromJsonLd = articleBodyParagraphs(jsonLd);
  if (fromJsonLd && totalLength(fromJsonLd) > CLEARLY_MORE * totalLength(fromDom)) return fromJsonLd;
  if (totalLength(fromDom) >= THIN_TEXT) return fromDom;
  // Readability loses class names when it rewrites blocks, so its output is noisier: it must find clearly more.
  const fromReadability = readabilityParagraphs(doc);
  return totalLength(fromReadability) > CLEARLY_MORE * totalLength(fromDom) ? fromReadability : fromDom;
}

const totalLength = (paragraphs: string[]) => paragraphs.reduce((n, p) => n + p.length, 0);

/**
 * A plain-text articleBody split at its line breaks, when it has at least three paragraphs
 * and 500 characters. Bodies without breaks (or in HTML) are not used: one block of text
 * would lose the paragraphs the side panel uses to find a sentence again.
 */
function articleBodyParagraphs(jsonLd: JsonLdNode[]): string[] | undefined {
  const article = jsonLd.find((node) => isArticleNode(node) && typeof node.articleBody === 'string');
  const body = article && stringProp(article, 'articleBody');
  if (!body || body.length < THIN_TEXT || /<\/?[a-z][^>]{0,200}>/i.test(body)) return undefined;
  const paragraphs = body
    .split(/\n+/)
    .map(normaliseSpace)
    .filter((p) => p && !isBoilerplateText(p));
  return paragraphs.length >= 3 ? paragraphs : undefined;
}

/**
 * Readability's cost grows faster than the page on deep or huge trees (minutes on a few
 * thousand unclosed tags); past this many elements the fallback is not worth the frozen tab.
 */
const READABILITY_MAX_ELEMENTS = 20_000;

/** Counts elements only up to the limit (linkedom has no live `getElementsByTagName('*')`). */
function hasMoreElementsThan(doc: Document, limit: number): boolean {
  const stack: Element[] = doc.documentElement ? [doc.documentElement] : [];
  let count = 0;
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (++count > limit) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  return false;
}

/** Readability on a clone (it rewrites the tree it reads), its article element read like any container. */
function readabilityParagraphs(doc: Document): string[] {
  if (hasMoreElementsThan(doc, READABILITY_MAX_ELEMENTS)) return [];
  try {
    const clone = doc.cloneNode(true) as Document;
    // keepClasses: the furniture filters read class names.
    const result = new Readability<Element>(clone, { keepClasses: true, serializer: (el) => el as Element }).parse();
    return result?.content ? collectParagraphs([result.content]) : [];
  } catch {
    return [];
  }
}
