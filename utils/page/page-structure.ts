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

/** Permalinks (`<a rel=bookmark>`), and how many of them have a dated path. */
export function permalinkCount(doc: Document): { all: number; dated: number } {
  const links = doc.querySelectorAll('a[rel~="bookmark"]');
  let dated = 0;
  for (let i = 0; i < links.length; i++) if (DATED_PATH.test(links[i]?.getAttribute('href') ?? '')) dated++;
  return { all: links.length, dated };
}

// Whether something is there at all: querySelector stops at the first match (one element handed to script).
export const hasPublishedMicrodata = (doc: Document): boolean => doc.querySelector('[itemprop~="datePublished"]') !== null;

export const hasForumMicrodata = (doc: Document): boolean => doc.querySelector(FORUM_MICRODATA) !== null;

/** A byline: an author link or microdata, or an element classed as one. */
export function hasByline(doc: Document): boolean {
  if (doc.querySelector(AUTHOR) !== null) return true;
  const candidates = doc.querySelectorAll(BYLINE_CLASS);
  for (let i = 0; i < Math.min(candidates.length, MAX_BYLINE_CANDIDATES); i++) {
    if (BYLINE_IN_CLASS.test(candidates[i]?.getAttribute('class') ?? '')) return true;
  }
  return false;
}

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
