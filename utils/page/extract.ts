/**
 * Article extraction: the page's metadata and its story text, paragraph by paragraph.
 * Never changes the document. The best container in the DOM comes first (its sentences are
 * the ones the side panel must find again in the page); a JSON-LD articleBody replaces it
 * when it holds clearly more (a paywall hides the rest), and text written straight into table
 * cells and wrappers is tried when both give too little.
 */
import type { ArticleMeta } from '../messaging/page-report';
import { isBoilerplateText } from './boilerplate';
import { isArticleNode, readJsonLd, stringProp, type JsonLdNode } from './json-ld';
import { BARE_TEXT, findMainContainersSteps } from './main-container';
import { readArticleMeta } from './meta';
import { collectParagraphsSteps } from './paragraphs';
import { runToEnd, type Steps } from './steps';
import { normaliseSpace } from './text';

export interface ExtractedArticle {
  meta: ArticleMeta;
  /** The story, paragraph by paragraph, in reading order, white space normalised. */
  paragraphs: string[];
}

/** Below this many characters the DOM result is too thin to trust, and bare text gets a try. */
const THIN_TEXT = 500;

/**
 * The extraction as steps the content script can spread over several tasks (see steps.ts).
 * `knownJsonLd`: the page's JSON-LD nodes when the gate has read them already.
 */
export function* extractArticleSteps(doc: Document, url: string, knownJsonLd?: JsonLdNode[]): Steps<ExtractedArticle> {
  const jsonLd = knownJsonLd ?? readJsonLd(doc);
  const meta = readArticleMeta(doc, url, jsonLd);
  yield;
  return { meta, paragraphs: yield* storyParagraphs(doc, jsonLd) };
}

export function extractArticle(doc: Document, url: string, knownJsonLd?: JsonLdNode[]): ExtractedArticle {
  return runToEnd(extractArticleSteps(doc, url, knownJsonLd));
}

/** A longer source replaces a shorter one only when it holds this much more text. */
const CLEARLY_MORE = 1.5;

function* storyParagraphs(doc: Document, jsonLd: JsonLdNode[]): Steps<string[]> {
  const fromDom = yield* collectParagraphsSteps(yield* findMainContainersSteps(doc));
  const fromJsonLd = articleBodyParagraphs(jsonLd);
  if (fromJsonLd && totalLength(fromJsonLd) > CLEARLY_MORE * totalLength(fromDom)) return fromJsonLd;
  if (totalLength(fromDom) >= THIN_TEXT) return fromDom;
  // Bare text is noisier (any wrapper with a line of its own counts): it must find clearly more.
  const fromBareText = yield* collectParagraphsSteps(yield* findMainContainersSteps(doc, BARE_TEXT));
  return totalLength(fromBareText) > CLEARLY_MORE * totalLength(fromDom) ? fromBareText : fromDom;
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
