/**
 * What the page-type gate asks of a page's structure. Each answer is a selector query, counted
 * natively or with only its (few) matches looked at in script, rather than a walk over elements
 * in script: in a content script every element handed to script costs a wrapper object. On a
 * large page each query is still a walk of the whole document, so the gate asks only the
 * questions that can change its answer, and the marks of an article all in one walk.
 * Works on a live Document and on a linkedom one alike.
 */

/** A path with a year and a month: /2031/04/. */
export const DATED_PATH = /\/(?:19|20)\d\d\/\d\d?\//;
/**
 * Classes naming a byline ("byline", "article-byline", "ArticleByline"). The selector tests one
 * case-sensitive substring, which also lets "skyline" through for the script to reject: a second
 * substring, or a case-insensitive `[class*=… i]` test, costs Chromium a multiple of that on a large page.
 */
const BYLINE_CLASS = '[class*="yline"]';
const BYLINE_IN_CLASS = /[bB]yline/;
const AUTHOR = 'a[rel~="author"], link[rel~="author"], [itemprop~="author"]';
const FORUM_MICRODATA = '[itemtype$="/QAPage"], [itemtype$="/DiscussionForumPosting"], [itemtype$="/Question"]';
/** Elements a page may class as a byline, looked at in script: a real page has a few. */
const MAX_BYLINE_CANDIDATES = 200;

export const articleCount = (doc: Document): number => doc.getElementsByTagName('article').length;

export const codeBlockCount = (doc: Document): number => doc.getElementsByTagName('pre').length;

/** What a page's structure carries of the marks of an article, all read in one walk (articleMarks). */
export interface ArticleMarks {
  /** `itemprop=datePublished` microdata. */
  publishedMicrodata: boolean;
  /** An author link or microdata, or an element classed as a byline. */
  byline: boolean;
  /** Permalinks (`<a rel=bookmark>`). */
  permalinks: number;
  /** The page has one permalink, and its path is dated: a blog post's own page. */
  lonePermalinkDated: boolean;
}

const PUBLISHED = '[itemprop~="datePublished"]';
const PERMALINK = 'a[rel~="bookmark"]';
/**
 * Candidates for every mark at once: the selector engine walks the page once and hands script
 * only these few elements, which script then sorts by their attributes.
 */
const ARTICLE_MARKS = `${PUBLISHED}, ${PERMALINK}, ${AUTHOR}, ${BYLINE_CLASS}`;
/**
 * Candidates sorted in script: a real page has dozens. A page with more (thousands of comments,
 * each with its author) is asked one query per mark instead, so no element past this many is handed to script.
 */
const MAX_MARK_CANDIDATES = 2000;
/** CSS's whitespace, which separates the words of a `~=` attribute. */
const CSS_SPACE = /[ \t\n\r\f]+/;

/** The words of an attribute as a `~=` selector reads them. */
const wordsOf = (value: string | null): string[] => (value ? value.split(CSS_SPACE) : []);
/** HTML matches `rel` in any ASCII case (and only ASCII: "\u212A" is not a "k"). */
const asciiLower = (value: string): string => value.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());

/**
 * The page's marks of an article. The gate may ask for the permalinks, the date and the byline,
 * at different moments and often for all three: one walk of the page answers them all.
 */
export function articleMarks(doc: Document): ArticleMarks {
  const found = doc.querySelectorAll(ARTICLE_MARKS);
  return found.length <= MAX_MARK_CANDIDATES ? marksAmong(found) : marksByQuery(doc);
}

function marksAmong(found: NodeListOf<Element>): ArticleMarks {
  let publishedMicrodata = false;
  let byline = false;
  let permalinks = 0;
  let firstPermalink: Element | undefined;
  let bylineClasses = 0;
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    const itemprop = wordsOf(el.getAttribute('itemprop'));
    const tag = el.localName;
    const rel = tag === 'a' || tag === 'link' ? wordsOf(asciiLower(el.getAttribute('rel') ?? '')) : [];
    if (itemprop.includes('datePublished')) publishedMicrodata = true;
    if (tag === 'a' && rel.includes('bookmark')) {
      permalinks++;
      firstPermalink ??= el;
    }
    if (byline) continue;
    if (rel.includes('author') || itemprop.includes('author')) {
      byline = true;
    } else if (bylineClasses < MAX_BYLINE_CANDIDATES) {
      const className = el.getAttribute('class') ?? '';
      if (className.includes('yline')) {
        bylineClasses++;
        byline = BYLINE_IN_CLASS.test(className);
      }
    }
  }
  return { publishedMicrodata, byline, permalinks, lonePermalinkDated: permalinks === 1 && isDated(firstPermalink) };
}

/** The same answers, one query per mark: each hands script one element, or a few. */
function marksByQuery(doc: Document): ArticleMarks {
  const permalinks = doc.querySelectorAll(PERMALINK);
  const bylineClasses = doc.querySelectorAll(BYLINE_CLASS);
  let bylineClass = false;
  for (let i = 0; i < Math.min(bylineClasses.length, MAX_BYLINE_CANDIDATES) && !bylineClass; i++) {
    bylineClass = BYLINE_IN_CLASS.test(bylineClasses[i]!.getAttribute('class') ?? '');
  }
  return {
    publishedMicrodata: hasPublishedMicrodata(doc),
    byline: doc.querySelector(AUTHOR) !== null || bylineClass,
    permalinks: permalinks.length,
    lonePermalinkDated: permalinks.length === 1 && isDated(permalinks[0]),
  };
}

const isDated = (link: Element | undefined): boolean => DATED_PATH.test(link?.getAttribute('href') ?? '');

// Whether there is one at all: querySelector stops at the first match (one element handed to script).
export const hasPublishedMicrodata = (doc: Document): boolean => doc.querySelector(PUBLISHED) !== null;

export const hasForumMicrodata = (doc: Document): boolean => doc.querySelector(FORUM_MICRODATA) !== null;

/** h2/h3 headings that hold a link: teaser headlines. */
export function linkedHeadingCount(doc: Document): number {
  const headings = doc.querySelectorAll('h2, h3');
  let linked = 0;
  for (let i = 0; i < headings.length; i++) if (headings[i]?.getElementsByTagName('a').length) linked++;
  return linked;
}

/** The texts of the first `count` h1/h2 headings, 200 characters of each at most. */
export function topHeadings(doc: Document, count: number): string[] {
  const headings = doc.querySelectorAll('h1, h2');
  const texts: string[] = [];
  for (let i = 0; i < Math.min(count, headings.length); i++) texts.push((headings[i]?.textContent ?? '').slice(0, 200));
  return texts;
}
