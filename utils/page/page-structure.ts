/**
 * What the page-type gate asks of a page's structure. Each answer is a selector query, counted
 * natively or with only its (few) matches looked at in script, rather than a walk over elements
 * in script: in a content script every element handed to script costs a wrapper object. On a
 * large page each query is still a walk of the whole document, so the gate asks only the
 * questions that can change its answer, cheapest first.
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
  /** Permalinks (`<a rel=bookmark>`), and how many of them have a dated path. */
  permalinks: { all: number; dated: number };
}

/**
 * Candidates for every mark at once: the selector engine walks the page once and hands script
 * only these few elements, which script then sorts by their attributes.
 */
const ARTICLE_MARKS = `[itemprop~="datePublished"], a[rel~="bookmark"], ${AUTHOR}, ${BYLINE_CLASS}`;
/** Candidates looked at: a real page has dozens at most; past this many only a hostile page is left. */
const MAX_MARK_CANDIDATES = 2000;
/** CSS's whitespace, which separates the words of a `~=` attribute. */
const CSS_SPACE = /[ \t\n\r\f]+/;

/** Whether a `~=` selector would match the attribute's value (`rel`, as in HTML, is given in lower case). */
const hasWord = (value: string | null, word: string): boolean => value !== null && value.split(CSS_SPACE).includes(word);

/**
 * The page's marks of an article. The gate may ask for the permalinks, the date and the byline,
 * at different moments and often for all three: one walk of the page answers them all.
 */
export function articleMarks(doc: Document): ArticleMarks {
  const marks: ArticleMarks = { publishedMicrodata: false, byline: false, permalinks: { all: 0, dated: 0 } };
  const found = doc.querySelectorAll(ARTICLE_MARKS);
  let bylineClasses = 0;
  for (let i = 0; i < Math.min(found.length, MAX_MARK_CANDIDATES); i++) {
    const el = found[i]!;
    const itemprop = el.getAttribute('itemprop');
    if (hasWord(itemprop, 'datePublished')) marks.publishedMicrodata = true;
    const tag = el.localName;
    const rel = tag === 'a' || tag === 'link' ? (el.getAttribute('rel')?.toLowerCase() ?? null) : null;
    if (tag === 'a' && hasWord(rel, 'bookmark')) {
      marks.permalinks.all++;
      if (DATED_PATH.test(el.getAttribute('href') ?? '')) marks.permalinks.dated++;
    }
    if (marks.byline) continue;
    if (hasWord(rel, 'author') || hasWord(itemprop, 'author')) {
      marks.byline = true;
    } else if (bylineClasses < MAX_BYLINE_CANDIDATES) {
      const className = el.getAttribute('class') ?? '';
      if (className.includes('yline')) {
        bylineClasses++;
        if (BYLINE_IN_CLASS.test(className)) marks.byline = true;
      }
    }
  }
  return marks;
}

// Whether there is one at all: querySelector stops at the first match (one element handed to script).
export const hasPublishedMicrodata = (doc: Document): boolean => doc.querySelector('[itemprop~="datePublished"]') !== null;

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
