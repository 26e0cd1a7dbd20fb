/**
 * The page-type gate: is this page one article (news story, feature, column, blog post)?
 * It runs on every page the reader opens, so it is cheap: the address and the head first (and
 * nothing more when they rule the page out), then paragraph lengths and one structural query —
 * no layout, no Readability. Works on a live Document and on a linkedom one alike
 * (textContent, getElementsByTagName and querySelectorAll only).
 *
 * Each signal adds or removes points; the page is an article at ARTICLE_THRESHOLD or above.
 */
import { isArticleNode, readJsonLd, typesOf } from './json-ld';
import { closestTag, elementsByTag, headElements } from './dom';
import { isParagraph, PARAGRAPH_TAGS } from './main-container';
import { canonicalUrlOf, metaContent } from './meta';
import { textOf, trimmedLength } from './text';

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
/** The most the page's structure can add (<article>, byline or dated permalink, datePublished microdata). */
const MAX_LAYOUT_POINTS = 3;
/** The most the page's text and structure can add (long paragraphs, then the structure). */
const MAX_BODY_POINTS = 2 + MAX_LAYOUT_POINTS;

export function detectArticlePage(doc: Document, url: string): PageTypeVerdict {
  const blocked = errorOrBlockPage(doc);
  if (blocked) return { isArticle: false, reason: blocked };

  // Address and head first: when they rule the page out whatever its body holds
  // (home pages, forums, wikis, videos, products), the body is not read at all.
  const metadata = metadataSignals(doc);
  const signals: Signal[] = [...urlSignals(addressOf(doc, url)), ...metadata.signals];
  if (scoreOf(signals) + MAX_BODY_POINTS < ARTICLE_THRESHOLD) return verdict(signals, 'page body not read');

  let text = paragraphStats(doc, ['p']);
  // Some sites write paragraphs as <div>s. Counting those costs more, so only pages that
  // declare themselves articles and have too few <p>s pay for it.
  if (text.long < 5 && metadata.declaresArticle) text = paragraphStats(doc, PARAGRAPH_TAGS);
  signals.push(...textSignals(text));
  // The structure query is the gate's dearest step: skipped when its points could not make an article.
  if (scoreOf(signals) + MAX_LAYOUT_POINTS < ARTICLE_THRESHOLD) return verdict(signals, 'structure not read');
  signals.push(...layoutSignals(scanLayout(doc), text, metadata.hasPublishedTime));
  return verdict(signals);
}

const scoreOf = (signals: Signal[]) => signals.reduce((sum, s) => sum + s.points, 0);

function verdict(signals: Signal[], note?: string): PageTypeVerdict {
  const score = scoreOf(signals);
  const listed = signals.map((s) => `${s.why} ${s.points > 0 ? '+' : ''}${s.points}`).join('; ');
  return {
    isArticle: score >= ARTICLE_THRESHOLD,
    reason: `score ${score} (article from ${ARTICLE_THRESHOLD}): ${listed || 'no signal'}${note ? ` (${note})` : ''}`,
  };
}

/**
 * The address to judge by its shape: the tab's http(s) address, else the page's canonical one
 * (saved files). The head is searched for the canonical one only when needed: this runs on every page.
 */
function addressOf(doc: Document, url: string): URL | undefined {
  return httpAddress(url) ?? httpAddress(canonicalUrlOf(doc, url));
}

function httpAddress(candidate: string): URL | undefined {
  try {
    const parsed = new URL(candidate);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed;
  } catch {
    // not a URL
  }
  return undefined;
}

// ---------------------------------------------------------------- one pass over the paragraphs

interface ParagraphStats {
  /** Paragraphs of LONG_PARAGRAPH characters or more: running sentences, not labels. */
  long: number;
  longChars: number;
  /** The most long paragraphs that one <article> element holds. */
  longInOneArticle: number;
}

const LONG_PARAGRAPH = 80;
/** Enough paragraphs to judge any page; the caps keep huge pages cheap. */
const MAX_PARAGRAPHS = 400;
const MAX_CANDIDATES = 5000;
/**
 * Text read in all. Paragraphs of a parsed page hardly ever nest (only a hostile page nests
 * them), so reading each one's native textContent is the fastest count there is; the budget
 * stops a page that nests megabytes of text from having it read over and over.
 */
const MAX_TEXT = 1_000_000;

function paragraphStats(doc: Document, tags: readonly string[]): ParagraphStats {
  const stats = { long: 0, longChars: 0, longInOneArticle: 0 };
  const perArticle = new Map<Element, number>();
  let seen = 0;
  let checked = 0;
  let textLeft = MAX_TEXT;
  for (const tag of tags) {
    // Indexed straight from the (live, natively counted) collection: no array of every <div> on the page.
    const found = doc.getElementsByTagName(tag);
    for (let i = 0; i < found.length; i++) {
      const el = found[i];
      if (!el || ++checked > MAX_CANDIDATES) return stats;
      if (!isParagraph(el)) continue;
      if (++seen > MAX_PARAGRAPHS) return stats;
      const text = el.textContent ?? '';
      textLeft -= text.length;
      if (textLeft < 0) return stats;
      const length = trimmedLength(text);
      if (length < LONG_PARAGRAPH) continue;
      stats.long++;
      stats.longChars += length;
      const article = closestTag(el, 'article');
      if (article) {
        const n = (perArticle.get(article) ?? 0) + 1;
        perArticle.set(article, n);
        stats.longInOneArticle = Math.max(stats.longInOneArticle, n);
      }
    }
  }
  return stats;
}

// ---------------------------------------------------------------- one pass over the structure

interface Layout {
  articles: number;
  codeBlocks: number;
  /** h2/h3 headings that hold a link: teaser headlines. */
  linkedHeadings: number;
  /** The first three h1/h2 headings' texts. */
  topHeadings: string[];
  byline: boolean;
  datedPermalinks: number;
  permalinks: number;
  forumMicrodata: boolean;
  publishedMicrodata: boolean;
}

/**
 * One query for every element the gate looks at, so that a DOM without native selectors
 * (linkedom) walks the tree once. No case-insensitive attribute matching: in Chromium a
 * `[class*=… i]` test costs about ten times the case-sensitive one on a large page.
 */
const LAYOUT_SELECTOR = [
  'h1', 'h2', 'h3', 'article', 'pre', 'a[rel~="bookmark"]', '[rel~="author"]', '[itemprop]', '[itemtype]',
  '[class*="byline"]', '[class*="Byline"]',
].join(', ');
const FORUM_ITEMTYPE = /\/(?:QAPage|DiscussionForumPosting|Question)$/;
const DATED_PATH = /\/(?:19|20)\d\d\/\d\d?\//;

function scanLayout(doc: Document): Layout {
  const layout: Layout = {
    articles: 0, codeBlocks: 0, linkedHeadings: 0, topHeadings: [], byline: false,
    datedPermalinks: 0, permalinks: 0, forumMicrodata: false, publishedMicrodata: false,
  };
  for (const el of doc.querySelectorAll(LAYOUT_SELECTOR)) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'article') layout.articles++;
    else if (tag === 'pre') layout.codeBlocks++;
    else if (tag === 'h1' || tag === 'h2' || tag === 'h3') {
      if (tag !== 'h3' && layout.topHeadings.length < 3) layout.topHeadings.push((el.textContent ?? '').slice(0, 200));
      if (tag !== 'h1' && el.getElementsByTagName('a').length > 0) layout.linkedHeadings++;
      continue;
    } else if (tag === 'a' && /\bbookmark\b/i.test(el.getAttribute('rel') ?? '')) {
      layout.permalinks++;
      if (DATED_PATH.test(el.getAttribute('href') ?? '')) layout.datedPermalinks++;
    }
    const itemprop = el.getAttribute('itemprop') ?? '';
    if (/\bdatePublished\b/.test(itemprop)) layout.publishedMicrodata = true;
    if (FORUM_ITEMTYPE.test(el.getAttribute('itemtype') ?? '')) layout.forumMicrodata = true;
    if (/\bauthor\b/i.test(`${itemprop} ${el.getAttribute('rel') ?? ''}`) || /byline/i.test(el.getAttribute('class') ?? '')) {
      layout.byline = true;
    }
  }
  return layout;
}

// ---------------------------------------------------------------- error and bot-block pages

const ERROR_TITLE =
  /\b(?:404|410|(?:page|file|content) not found|not found|(?:page|content) (?:does not|doesn't|could not|couldn't|cannot|can't) (?:exist|be found)|page unavailable|server error|access denied|access to this page has been denied|you have been blocked|request blocked|forbidden|attention required|just a moment|are you a robot|are you human|robot check|verify you are (?:a )?human|security check|captcha|unusual traffic)\b/i;

/** Error and bot-block pages: an error title (or first heading) on a page with next to no running text. */
function errorOrBlockPage(doc: Document): string | undefined {
  const title = headElements(doc, 'title')[0];
  const h1 = elementsByTag(doc, 'h1')[0];
  const heading = `${title ? textOf(title).slice(0, 200) : ''} ${h1 ? textOf(h1).slice(0, 200) : ''}`;
  const match = ERROR_TITLE.exec(heading);
  // An article may have "not found" in its headline; an error page has next to no text.
  if (!match || paragraphStats(doc, ['p']).longChars >= 1500) return undefined;
  return `error or bot-block page ("${match[0]}" in the title)`;
}

// ---------------------------------------------------------------- address shape

/** Language-only or empty paths: "/", "/en", "/en-us/", "/index.html", "/home". */
const HOME_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?(?:index\.[a-z]{3,5}|home(?:page)?\/?)?$/i;
const URL_KINDS: Array<[RegExp, number, string]> = [
  // A listing segment ends the path or is followed by one name ("/tag/elections"); deeper paths are stories filed under it.
  [/\/(?:tags?|category|categories|topics?|sections?|authors?|archives?|search|page)(?:\/[^/]*)?\/?$/i, -4, 'listing URL'],
  [/\/wiki\//i, -4, 'wiki URL'],
  [/\/(?:questions\/\d+|forums?\/|threads?\/|comments\/[a-z0-9]+\/)/i, -4, 'forum URL'],
  [/\/(?:status|statuses)\/\d+/i, -4, 'social post URL'],
  [/\/(?:chapters?|fiction)\//i, -4, 'fiction or book chapter URL'],
  [/\/(?:products?|dp|shop|item)\//i, -3, 'product URL'],
  [/\/(?:watch|videos?)(?:\/|$)/i, -2, 'video URL'],
  [/\/(?:docs?|documentation|manual|reference)\//i, -2, 'documentation URL'],
  [DATED_PATH, 2, 'dated URL'],
];

function urlSignals(address: URL | undefined): Signal[] {
  if (!address) return [];
  if (HOME_PATH.test(address.pathname)) return [{ points: -6, why: 'home page URL' }];
  return URL_KINDS.filter(([pattern]) => pattern.test(address.pathname)).map(([, points, why]) => ({ points, why }));
}

// ---------------------------------------------------------------- metadata

const NON_ARTICLE_OG = /^(?:video|product|profile|book|music|place|business)/i;
const NON_ARTICLE_LD = new Set([
  'product', 'videoobject', 'qapage', 'discussionforumposting', 'profilepage', 'collectionpage',
  'searchresultspage', 'itemlist',
]);
/** Generators of wikis, documentation and book sites. */
const DOCS_GENERATOR = /\b(?:mediawiki|moinmoin|dokuwiki|sphinx|mkdocs|docusaurus|doxygen|javadoc|gitbook|vuepress)\b/i;

/**
 * Signals from the head and JSON-LD; `declaresArticle` when og:type or JSON-LD names the page
 * an article, `hasPublishedTime` when the head gives article:published_time.
 */
function metadataSignals(doc: Document): { signals: Signal[]; declaresArticle: boolean; hasPublishedTime: boolean } {
  const signals: Signal[] = [];
  const ogType = metaContent(doc, 'og:type')?.toLowerCase();
  if (ogType === 'article') signals.push({ points: 3, why: 'og:type article' });
  else if (ogType && NON_ARTICLE_OG.test(ogType)) signals.push({ points: -4, why: `og:type ${ogType}` });

  const nodes = readJsonLd(doc);
  const article = nodes.find(isArticleNode);
  if (article) {
    signals.push({ points: 3, why: 'JSON-LD article' });
    // The story's text in the metadata: evidence even when a paywall hides it from the page.
    const body = article.articleBody;
    if (typeof body === 'string' && body.length >= 500) signals.push({ points: 2, why: 'JSON-LD article body' });
  } else {
    const other = nodes.flatMap(typesOf).find((t) => NON_ARTICLE_LD.has(t));
    if (other) signals.push({ points: -3, why: `JSON-LD ${other}` });
  }
  const hasPublishedTime = metaContent(doc, 'article:published_time') !== undefined;
  if (hasPublishedTime) signals.push({ points: 1, why: 'publication date' });
  const generator = metaContent(doc, 'generator');
  if (generator && DOCS_GENERATOR.test(generator)) signals.push({ points: -5, why: 'wiki or documentation generator' });
  return { signals, declaresArticle: ogType === 'article' || article !== undefined, hasPublishedTime };
}

// ---------------------------------------------------------------- text and structure

function textSignals({ long, longChars }: ParagraphStats): Signal[] {
  if (long >= 5 && longChars >= 1500) return [{ points: 2, why: `${long} long paragraphs` }];
  if (long < 2) return [{ points: -2, why: `${long} long paragraphs` }];
  return [];
}

const BOOK_CHAPTER = /^\s*chapter\s+(?:\d+|[ivxlc]+\b)/i;

function layoutSignals(layout: Layout, text: ParagraphStats, hasPublishedTime: boolean): Signal[] {
  const signals: Signal[] = [];
  if (layout.publishedMicrodata && !hasPublishedTime) signals.push({ points: 1, why: 'publication date' });
  if (layout.articles >= 1 && layout.articles <= 3) signals.push({ points: 1, why: '<article> element' });
  // Front pages: many <article> cards, none holding a story; or more teaser headlines than paragraphs.
  if (layout.articles >= 6 && text.longInOneArticle < 3) {
    signals.push({ points: -3, why: `${layout.articles} <article> cards` });
  } else if (layout.linkedHeadings >= 8 && layout.linkedHeadings >= text.long) {
    signals.push({ points: -2, why: `${layout.linkedHeadings} teaser headlines` });
  }
  if (layout.byline) signals.push({ points: 1, why: 'byline' });
  else if (layout.permalinks === 1 && layout.datedPermalinks === 1) signals.push({ points: 1, why: 'dated permalink' });
  // A blog's index: several posts, each an <article> with its own permalink.
  if (layout.permalinks >= 3 && layout.articles >= 3) signals.push({ points: -3, why: `${layout.articles} posts with permalinks` });
  if (layout.forumMicrodata) signals.push({ points: -4, why: 'forum or Q&A microdata' });
  if (layout.topHeadings.some((h) => BOOK_CHAPTER.test(h))) signals.push({ points: -3, why: 'book chapter heading' });
  if (layout.codeBlocks >= 10) signals.push({ points: -2, why: 'many code blocks' });
  return signals;
}
