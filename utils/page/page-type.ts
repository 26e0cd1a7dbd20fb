/**
 * The page-type gate: is this page one article (news story, feature, column, blog post)?
 * It runs on every page the reader opens, so it only reads metadata, the URL and the
 * lengths of paragraph texts — no layout, no Readability. Works on a live Document and on
 * a linkedom one alike.
 *
 * Each signal adds or removes points; the page is an article at ARTICLE_THRESHOLD or above.
 */
import { isArticleNode, readJsonLd, typesOf } from './json-ld';
import { canonicalUrlOf, metaContent } from './meta';
import { textOf } from './text';

export interface PageTypeVerdict {
  isArticle: boolean;
  /** The signals that decided, for logs and the CLI ("og:type article +3; …"). */
  reason: string;
}

interface Signal {
  points: number;
  why: string;
}

const ARTICLE_THRESHOLD = 3;

export function detectArticlePage(doc: Document, url: string): PageTypeVerdict {
  const blocked = errorOrBlockPage(doc);
  if (blocked) return { isArticle: false, reason: blocked };

  const text = paragraphStats(doc);
  const signals: Signal[] = [
    ...urlSignals(addressOf(doc, url)),
    ...structuredDataSignals(doc),
    ...textSignals(text),
    ...layoutSignals(doc, text),
  ];
  const score = signals.reduce((sum, s) => sum + s.points, 0);
  const listed = signals.map((s) => `${s.why} ${s.points > 0 ? '+' : ''}${s.points}`).join('; ');
  return {
    isArticle: score >= ARTICLE_THRESHOLD,
    reason: `score ${score} (article from ${ARTICLE_THRESHOLD}): ${listed || 'no signal'}`,
  };
}

/** The address to judge by its shape: the tab's http(s) address, else the page's canonical one (files in the CLI). */
function addressOf(doc: Document, url: string): URL | undefined {
  for (const candidate of [url, canonicalUrlOf(doc, url)]) {
    try {
      const parsed = new URL(candidate);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed;
    } catch {
      // not a URL: try the next one
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- error and bot-block pages

const ERROR_TITLE =
  /\b(?:404|410|page not found|not found|page unavailable|access denied|forbidden|attention required|just a moment|are you a robot|are you human|verify you are (?:a )?human|security check|captcha|unusual traffic)\b/i;

/** Error and bot-block pages: an error title (or first heading) on a page with little text. */
function errorOrBlockPage(doc: Document): string | undefined {
  const title = doc.querySelector('title');
  const h1 = doc.querySelector('h1');
  const heading = `${title ? textOf(title).slice(0, 200) : ''} ${h1 ? textOf(h1).slice(0, 200) : ''}`;
  const match = ERROR_TITLE.exec(heading);
  if (!match) return undefined;
  // An article may have "not found" in its headline; an error page has next to no text.
  return longParagraphChars(doc, 1500) < 1500 ? `error or bot-block page ("${match[0]}" in the title)` : undefined;
}

// ---------------------------------------------------------------- address shape

/** Language-only or empty paths: "/", "/en", "/en-us/", "/index.html". */
const HOME_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?(?:index\.[a-z]{3,5})?$/i;
const URL_KINDS: Array<[RegExp, number, string]> = [
  [/\/(?:tags?|category|categories|topics?|sections?|authors?|archives?|search|page\/\d+)(?:\/|$)/i, -4, 'listing URL'],
  [/\/wiki\//i, -4, 'wiki URL'],
  [/\/(?:questions\/\d+|forums?\/|threads?\/|comments\/[a-z0-9]+\/)/i, -4, 'forum URL'],
  [/\/(?:status|statuses)\/\d+/i, -4, 'social post URL'],
  [/\/(?:chapters?|fiction)\//i, -4, 'fiction or book chapter URL'],
  [/\/(?:products?|dp|shop|item)\//i, -3, 'product URL'],
  [/\/(?:watch|videos?)(?:\/|$|\?)/i, -2, 'video URL'],
  [/\/(?:docs?|documentation|manual|reference)\//i, -2, 'documentation URL'],
  [/\/(?:19|20)\d\d[/-](?:0?[1-9]|1[0-2])[/-]/, 2, 'dated URL'],
];

function urlSignals(address: URL | undefined): Signal[] {
  if (!address) return [];
  if (HOME_PATH.test(address.pathname)) return [{ points: -6, why: 'home page URL' }];
  const path = `${address.pathname}${address.search}`;
  return URL_KINDS.filter(([pattern]) => pattern.test(path)).map(([, points, why]) => ({ points, why }));
}

// ---------------------------------------------------------------- metadata

const NON_ARTICLE_OG = /^(?:video|product|profile|book|music|website:profile|place|business)/i;
const NON_ARTICLE_LD = new Set([
  'product',
  'videoobject',
  'qapage',
  'discussionforumposting',
  'profilepage',
  'collectionpage',
  'searchresultspage',
  'itemlist',
]);
/** Generators of wikis, documentation and book sites. */
const DOCS_GENERATOR = /\b(?:mediawiki|moinmoin|dokuwiki|sphinx|mkdocs|docusaurus|doxygen|javadoc|gitbook|vuepress)\b/i;
/** schema.org microdata of forums and question-and-answer pages. */
const FORUM_MICRODATA = '[itemtype*="QAPage"], [itemtype*="DiscussionForumPosting"], [itemtype*="/Question"]';

function structuredDataSignals(doc: Document): Signal[] {
  const signals: Signal[] = [];
  const ogType = metaContent(doc, 'og:type')?.toLowerCase();
  if (ogType === 'article') signals.push({ points: 3, why: 'og:type article' });
  else if (ogType && NON_ARTICLE_OG.test(ogType)) signals.push({ points: -4, why: `og:type ${ogType}` });

  const nodes = readJsonLd(doc);
  if (nodes.some(isArticleNode)) signals.push({ points: 3, why: 'JSON-LD article' });
  else {
    const other = nodes.flatMap(typesOf).find((t) => NON_ARTICLE_LD.has(t));
    if (other) signals.push({ points: -3, why: `JSON-LD ${other}` });
  }

  if (metaContent(doc, 'article:published_time') || doc.querySelector('[itemprop="datePublished"]')) {
    signals.push({ points: 1, why: 'publication date' });
  }
  const generator = metaContent(doc, 'generator');
  if (generator && DOCS_GENERATOR.test(generator)) signals.push({ points: -5, why: 'wiki or documentation generator' });
  if (doc.querySelector(FORUM_MICRODATA)) signals.push({ points: -4, why: 'forum or Q&A microdata' });
  return signals;
}

// ---------------------------------------------------------------- text density

interface ParagraphStats {
  /** Paragraphs of 80 characters or more: sentences, not teasers or labels. */
  long: number;
  longChars: number;
}

const LONG_PARAGRAPH = 80;
/** Enough paragraphs to judge any page; the cap keeps huge pages cheap. */
const MAX_PARAGRAPHS = 400;

function paragraphStats(doc: Document): ParagraphStats {
  const stats = { long: 0, longChars: 0 };
  const paragraphs = doc.querySelectorAll('p');
  const n = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const length = (paragraphs[i]?.textContent ?? '').trim().length;
    if (length >= LONG_PARAGRAPH) {
      stats.long++;
      stats.longChars += length;
    }
  }
  return stats;
}

/** Characters in long paragraphs, counting stops once `enough` is reached. */
function longParagraphChars(doc: Document, enough: number): number {
  let chars = 0;
  for (const p of doc.querySelectorAll('p')) {
    const length = (p.textContent ?? '').trim().length;
    if (length >= LONG_PARAGRAPH) chars += length;
    if (chars >= enough) break;
  }
  return chars;
}

function textSignals({ long, longChars }: ParagraphStats): Signal[] {
  if (long >= 5 && longChars >= 1500) return [{ points: 2, why: `${long} long paragraphs` }];
  if (long >= 3 && longChars >= 600) return [{ points: 1, why: `${long} long paragraphs` }];
  if (long < 2) return [{ points: -3, why: `${long} long paragraphs` }];
  return [];
}

// ---------------------------------------------------------------- page structure

const BYLINE = '[rel~="author"], [itemprop~="author"], [class*="byline" i], [class*="author-name" i]';
const BOOK_CHAPTER = /^\s*chapter\s+(?:\d+|[ivxlc]+\b)/i;

function layoutSignals(doc: Document, text: ParagraphStats): Signal[] {
  const signals: Signal[] = [];
  const articles = doc.querySelectorAll('article').length;
  if (articles >= 1 && articles <= 3) signals.push({ points: 1, why: '<article> element' });
  // Many <article> or linked headings and little running text: a front page of teasers.
  const teasers = Math.max(articles, doc.querySelectorAll('h2 a, h3 a').length);
  if (teasers >= 8 && text.long < 5) signals.push({ points: -2, why: `${teasers} teasers` });

  if (doc.querySelector(BYLINE)) signals.push({ points: 1, why: 'byline' });
  else if (datedPermalink(doc)) signals.push({ points: 1, why: 'dated permalink' });

  const headings = doc.querySelectorAll('h1, h2');
  for (let i = 0; i < Math.min(headings.length, 3); i++) {
    const heading = headings[i];
    if (heading && BOOK_CHAPTER.test(heading.textContent ?? '')) {
      signals.push({ points: -3, why: 'book chapter heading' });
      break;
    }
  }
  if (doc.querySelectorAll('pre').length >= 10) signals.push({ points: -2, why: 'many code blocks' });
  return signals;
}

/** A single blog-style permalink (rel=bookmark) whose address carries a date. */
function datedPermalink(doc: Document): boolean {
  const links = doc.querySelectorAll('a[rel~="bookmark"]');
  return links.length === 1 && /\/(?:19|20)\d\d\/\d\d?\//.test(links[0]?.getAttribute('href') ?? '');
}
