/**
 * The page-type gate: is this page one article (news story, feature, column, blog post)?
 * It runs on every page the reader opens, so it reads the page in order of cost and stops as
 * soon as the answer is sure: the address and the head first, then paragraph lengths, then
 * the structure's questions (an <article>, a byline, a date; the marks of blog indexes, front
 * pages, code, books and forums), only those that can still change the answer, and those most
 * likely to settle it first. No layout, no Readability. Works on a live Document and on a
 * linkedom one alike.
 *
 * In a content script every DOM interface the gate touches for the first time, and every element
 * it holds, costs a wrapper object, so the structure is read as counts and single matches rather
 * than by walking elements.
 *
 * Each signal adds or removes points; the page is an article at ARTICLE_THRESHOLD or above.
 */
import { isArticleNode, readJsonLd, typesOf, type JsonLdNode } from './json-ld';
import { PARAGRAPH_TAGS } from './main-container';
import { canonicalUrlOf, metaContents } from './meta';
import {
  articleCount, articleMarks, codeBlockCount, DATED_PATH, hasForumMicrodata, hasPublishedMicrodata, linkedHeadingCount,
  topHeadings, type ArticleMarks,
} from './page-structure';
import { isMoreThanAnErrorPage, isStoryLength, longInOneArticle, ParagraphScan } from './paragraph-scan';
import { runToEnd, type Steps } from './steps';

export interface PageTypeVerdict {
  isArticle: boolean;
  /** The signals that decided, for logs and the CLI ("og:type article +3; …"). */
  reason: string;
  /** The page's JSON-LD nodes as the gate read them (absent if it decided before): extraction reuses them. */
  jsonLd?: JsonLdNode[];
}

interface Signal {
  points: number;
  why: string;
}

const ARTICLE_THRESHOLD = 3;
/** The most the page's structure can add (<article>, byline or dated permalink, datePublished microdata). */
const MAX_STRUCTURE_POINTS = 3;
/** The most the page's text and structure can add (long paragraphs, then the structure). */
const MAX_BODY_POINTS = 2 + MAX_STRUCTURE_POINTS;
/** The most the JSON-LD can add: an article node, and the story's text in it (jsonLdSignals). */
const MAX_JSON_LD_POINTS = 3 + 2;

export function detectArticlePage(doc: Document, url: string): PageTypeVerdict {
  return runToEnd(detectArticlePageSteps(doc, url));
}

/**
 * The gate in steps: it pauses between its questions that walk the whole document (one or a
 * few per step). On an ordinary page those walks take microseconds and the content script runs
 * the gate in one task; a page of a million elements makes each one take milliseconds.
 */
export function* detectArticlePageSteps(doc: Document, url: string): Steps<PageTypeVerdict> {
  const paragraphs = new ParagraphScan(doc, ['p']);
  const titleError = errorIn(doc.title);
  if (titleError && !isMoreThanAnErrorPage(paragraphs.readUntil(isMoreThanAnErrorPage))) return errorPage(titleError, 'the title');

  // Address and head first: when they rule the page out whatever its body holds
  // (home pages, forums, wikis, videos, products), the body is not read at all. The JSON-LD
  // comes after the head's metas: finding it walks the whole page and parsing it can cost more
  // than the rest of the head (an encyclopaedia's), so it is not read where it could not matter.
  const head = headSignals(doc);
  const signals: Signal[] = [...urlSignals(addressOf(doc, url)), ...head.signals];
  if (scoreOf(signals) + MAX_JSON_LD_POINTS + MAX_BODY_POINTS < ARTICLE_THRESHOLD) return verdict(signals, 'JSON-LD and page body not read');
  const jsonLd = jsonLdSignals(doc);
  signals.push(...jsonLd.signals);
  if (scoreOf(signals) + MAX_BODY_POINTS < ARTICLE_THRESHOLD) return verdict(signals, 'page body not read');

  yield;
  let text = paragraphs.readUntil(isStoryLength);
  // Some sites write paragraphs as <div>s. Counting those costs more, so only pages that
  // declare themselves articles and have too few <p>s pay for it.
  if (text.long < 5 && (head.declaresArticle || jsonLd.declaresArticle)) {
    yield;
    text = new ParagraphScan(doc, PARAGRAPH_TAGS).readUntil(isStoryLength);
  }
  signals.push(...textSignals(text));
  if (scoreOf(signals) + MAX_STRUCTURE_POINTS < ARTICLE_THRESHOLD) return verdict(signals, 'structure not read');

  yield;
  const unasked = yield* weigh(signals, structureChecks(doc, text, head.hasPublishedTime));
  if (scoreOf(signals) < ARTICLE_THRESHOLD) return verdict(signals, unasked);

  // An error page whose title is a plain one may say so in its heading. Checked last, on the few
  // pages that would pass: an error or bot-block page can carry an article's metadata.
  const headingError = isMoreThanAnErrorPage(text) ? undefined : errorIn(doc.getElementsByTagName('h1')[0]?.textContent ?? '');
  return headingError ? errorPage(headingError, 'the first heading') : verdict(signals, unasked, jsonLd.nodes);
}

const scoreOf = (signals: Signal[]) => signals.reduce((sum, s) => sum + s.points, 0);

/** `note`: what was left unread, or the structure's checks left unasked. */
function verdict(signals: Signal[], note?: string | Check[], jsonLd?: JsonLdNode[]): PageTypeVerdict {
  const score = scoreOf(signals);
  return {
    isArticle: score >= ARTICLE_THRESHOLD,
    ...(jsonLd && { jsonLd }),
    // Worded only when read (the CLI, logs): the content script, on every page, never reads it.
    get reason() {
      const listed = signals.map((s) => `${s.why} ${s.points > 0 ? '+' : ''}${s.points}`).join('; ');
      const said = typeof note === 'string' ? note : note?.length ? `not asked: ${note.map((c) => c.name).join(', ')}` : undefined;
      return `score ${score} (article from ${ARTICLE_THRESHOLD}): ${listed || 'no signal'}${said ? ` (${said})` : ''}`;
    },
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

// ---------------------------------------------------------------- what the structure says

/** One question about the page's structure, and the most it can move the score. */
interface Check {
  name: string;
  /** The most points it can add (a mark of an article) or, negative, take away (a mark of another kind of page). */
  points: number;
  /**
   * Looks: the mark's wording when the page has it (it then moves the score by `points`). `alone`:
   * this answer alone settles the verdict if the mark is absent, so no other question will follow.
   */
  ask(alone: boolean): string | undefined;
  /** True once another answer has made this question pointless (no walk needed to know). */
  moot?(): boolean;
}

const sumOf = (checks: Check[]) => checks.reduce((sum, c) => sum + c.points, 0);

/**
 * Asks the checks until the verdict is sure, and returns what was left unasked. The checks come
 * in the order to ask them in, and each asks the page a question that walks all of it, so the
 * gate skips every one that cannot change the answer: while the page is short of the line it
 * looks for what could take it over (or for a mark that alone would rule it out); once over, for
 * what could pull it back. A long non-article page is not walked for a byline it could not use,
 * nor an article with a byline-free score already over the line.
 */
function* weigh(signals: Signal[], checks: Check[]): Steps<Check[]> {
  const left = [...checks];
  for (;;) {
    for (let i = left.length - 1; i >= 0; i--) if (left[i]!.moot?.()) left.splice(i, 1);
    const score = scoreOf(signals);
    const most = score + sumOf(left.filter((c) => c.points > 0));
    const least = score + sumOf(left.filter((c) => c.points < 0));
    if (most < ARTICLE_THRESHOLD || least >= ARTICLE_THRESHOLD) return left;
    const over = score >= ARTICLE_THRESHOLD;
    // Short of the line, a mark of an article whose absence alone would settle it goes first: on a
    // page that is not an article, that is the likely answer.
    const settlesIfAbsent = over ? undefined : left.find((c) => c.points > 0 && most - c.points < ARTICLE_THRESHOLD);
    const next =
      settlesIfAbsent ??
      left.find((c) => (c.points > 0 ? !over || least + c.points >= ARTICLE_THRESHOLD : over || most + c.points < ARTICLE_THRESHOLD))!;
    left.splice(left.indexOf(next), 1);
    const why = next.ask(next === settlesIfAbsent);
    if (why !== undefined) signals.push({ points: next.points, why });
    yield;
  }
}

const BOOK_CHAPTER = /^\s*chapter\s+(?:\d+|[ivxlc]+\b)/i;
/** Headings read for a book's "Chapter 12": the first few h1/h2s. */
const TOP_HEADINGS = 3;

/**
 * The structure's points (an <article> element, publication-date microdata, a byline or a lone
 * dated permalink) and the marks of other kinds of page (blog indexes, front pages of cards or
 * teaser headlines, code, books, forums). The number of <article>s is a native count that several
 * checks need, so it is read at once. Then come the marks of an article: one walk of the page
 * answers all of them (articleMarks), and on a page short of the line their absence, the usual
 * answer on a page that is not an article, settles it. The marks of other kinds of page follow;
 * each settles a page only where it is present, which is rare.
 */
function structureChecks(doc: Document, text: ParagraphScan, hasPublishedTime: boolean): Check[] {
  const articles = articleCount(doc);
  let marks: ArticleMarks | undefined;
  const marksOf = () => (marks ??= articleMarks(doc));
  let frontPageOfCards = false;
  const checks: Check[] = [];
  if (articles >= 1 && articles <= 3) {
    checks.push({ name: '<article> element', points: 1, ask: () => '<article> element' });
  }
  if (articles >= 6) {
    // A front page of many <article> cards, none holding a story.
    checks.push({
      name: '<article> cards',
      points: -3,
      ask: () => {
        frontPageOfCards = longInOneArticle(text, 3) < 3;
        return frontPageOfCards ? `${articles} <article> cards` : undefined;
      },
    });
  }
  if (articles >= 3) {
    // A blog's index: several posts, each an <article> with its own permalink.
    checks.push({
      name: 'posts with permalinks',
      points: -3,
      ask: () => (marksOf().permalinks >= 3 ? `${articles} posts with permalinks` : undefined),
    });
  }
  if (!hasPublishedTime) {
    checks.push({
      name: 'date microdata',
      points: 1,
      // Asked alone, one query that stops at its first match; otherwise the byline is likely to be
      // asked next, and one walk answers both.
      ask: (alone) => ((alone && !marks ? hasPublishedMicrodata(doc) : marksOf().publishedMicrodata) ? 'publication date' : undefined),
    });
  }
  checks.push(
    {
      name: 'byline',
      points: 1,
      ask: () => {
        const { lonePermalinkDated, byline } = marksOf();
        if (lonePermalinkDated) return 'dated permalink';
        return byline ? 'byline' : undefined;
      },
    },
    {
      name: 'code blocks',
      points: -2,
      ask: () => (codeBlockCount(doc) >= 10 ? 'many code blocks' : undefined),
    },
    {
      name: 'chapter heading',
      points: -3,
      ask: () => (topHeadings(doc, TOP_HEADINGS).some((h) => BOOK_CHAPTER.test(h)) ? 'book chapter heading' : undefined),
    },
    {
      name: 'forum microdata',
      points: -4,
      ask: () => (hasForumMicrodata(doc) ? 'forum or Q&A microdata' : undefined),
    },
    {
      // A front page without <article> cards: more teaser headlines than paragraphs.
      name: 'teaser headlines',
      points: -2,
      moot: () => frontPageOfCards,
      ask: () => {
        const teasers = linkedHeadingCount(doc);
        return teasers >= 8 && teasers >= text.readAll().long ? `${teasers} teaser headlines` : undefined;
      },
    },
  );
  return checks;
}

// ---------------------------------------------------------------- error and bot-block pages

const ERROR_TITLE =
  /\b(?:404|410|(?:page|file|content) not found|not found|(?:page|content) (?:does not|doesn't|could not|couldn't|cannot|can't) (?:exist|be found)|page unavailable|server error|access denied|access to this page has been denied|you have been blocked|request blocked|forbidden|attention required|just a moment|are you a robot|are you human|robot check|verify you are (?:a )?human|security check|captcha|unusual traffic)\b/i;

/** The error or bot-block wording in a title or heading, if any. */
function errorIn(heading: string): string | undefined {
  return ERROR_TITLE.exec(heading.slice(0, 200))?.[0];
}

const errorPage = (wording: string, where: string): PageTypeVerdict => ({
  isArticle: false,
  reason: `error or bot-block page ("${wording}" in ${where})`,
});

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
 * Signals from the head's metas; `declaresArticle` when og:type names the page an article,
 * `hasPublishedTime` when the head gives article:published_time.
 */
function headSignals(doc: Document): { signals: Signal[]; declaresArticle: boolean; hasPublishedTime: boolean } {
  const signals: Signal[] = [];
  const head = metaContents(doc, ['og:type', 'article:published_time', 'generator']);
  const ogType = head.get('og:type')?.toLowerCase();
  if (ogType === 'article') signals.push({ points: 3, why: 'og:type article' });
  else if (ogType && NON_ARTICLE_OG.test(ogType)) signals.push({ points: -4, why: `og:type ${ogType}` });
  const hasPublishedTime = head.has('article:published_time');
  if (hasPublishedTime) signals.push({ points: 1, why: 'publication date' });
  const generator = head.get('generator');
  if (generator && DOCS_GENERATOR.test(generator)) signals.push({ points: -5, why: 'wiki or documentation generator' });
  return { signals, declaresArticle: ogType === 'article', hasPublishedTime };
}

/** Signals from the page's JSON-LD (MAX_JSON_LD_POINTS at most); `declaresArticle` when it has an article node. */
function jsonLdSignals(doc: Document): { signals: Signal[]; declaresArticle: boolean; nodes: JsonLdNode[] } {
  const signals: Signal[] = [];
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
  return { signals, declaresArticle: article !== undefined, nodes };
}

// ---------------------------------------------------------------- text

function textSignals(text: ParagraphScan): Signal[] {
  // The scan stops once the page has prose enough: then there are at least this many long paragraphs.
  const counted = `${text.complete ? '' : 'at least '}${text.long} long paragraphs`;
  if (isStoryLength(text)) return [{ points: 2, why: counted }];
  if (text.long < 2) return [{ points: -2, why: counted }];
  return [];
}
