/** What a page says about itself: canonical address, site, title and publication date. */
import type { ArticleMeta } from '../messaging/page-report';
import { headElements } from './dom';
import { isArticleNode, readJsonLd, stringProp, type JsonLdNode } from './json-ld';
import { normaliseSpace, textOf } from './text';

export function readArticleMeta(doc: Document, url: string, jsonLd: JsonLdNode[] = readJsonLd(doc)): ArticleMeta {
  // The head's metas all at once: one query of the head instead of one per key.
  const head = metaContents(doc, ['og:url', 'og:title', 'og:site_name', 'application-name', 'article:published_time']);
  const canonicalUrl = canonicalUrlOf(doc, url, () => head.get('og:url'));
  const article = jsonLd.find(isArticleNode);
  const published = publishedDate(doc, article, head);
  const site = siteOf(canonicalUrl);
  return {
    url,
    canonicalUrl,
    site,
    title: titleOf(doc, article, site, head),
    ...(published ? { published } : {}),
  };
}

/**
 * `<link rel=canonical>` or og:url when absolute http(s) (relative ones resolved against `url`), else
 * `url` without its hash. `ogUrl` reads the og:url, only when there is no usable canonical link.
 */
export function canonicalUrlOf(doc: Document, url: string, ogUrl = () => metaContent(doc, 'og:url')): string {
  const link = headElements(doc, 'link').find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''));
  return httpUrl(link?.getAttribute('href'), url) ?? httpUrl(ogUrl(), url) ?? withoutHash(url);
}

function httpUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const parsed = new URL(href.trim(), base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The content of `<meta property=…>` or `<meta name=…>` in the head (the head alone: cheap on any page). */
export function metaContent(doc: Document, key: string): string | undefined {
  return metaContents(doc, [key]).get(key.toLowerCase());
}

/**
 * metaContent for several keys in one query, by key in lower case: for each, the first
 * `<meta property|name=key>` (either attribute, any case) with a non-empty content. The selector
 * engine picks them: a head holds dozens of metas, and handing each to script costs more.
 */
export function metaContents(doc: Document, keys: readonly string[]): Map<string, string> {
  const wanted = keys.map((key) => key.toLowerCase());
  const selector = wanted.flatMap((key) => [`meta[property="${key}" i]`, `meta[name="${key}" i]`]).join(', ');
  const found = new Map<string, string>();
  const metas = (doc.head ?? doc).querySelectorAll(selector);
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i];
    const key = (meta?.getAttribute('property') ?? meta?.getAttribute('name') ?? '').toLowerCase();
    const content = meta?.getAttribute('content');
    if (content && wanted.includes(key) && !found.has(key)) found.set(key, normaliseSpace(content));
  }
  return found;
}

function titleOf(doc: Document, article: JsonLdNode | undefined, site: string, head: Map<string, string>): string {
  const siteNames = [hostLabel(site), head.get('og:site_name') ?? '', head.get('application-name') ?? ''];
  const titleEl = headElements(doc, 'title')[0];
  const documentTitle = stripSiteName(titleEl ? textOf(titleEl) : '', siteNames);
  const fromMeta = head.get('og:title');
  // A stale og:title shares no word with the page's own <title>; then it is not the headline.
  if (fromMeta && agreesWith(fromMeta, documentTitle)) return stripSiteName(fromMeta, siteNames);
  const headline = article && stringProp(article, 'headline');
  if (headline?.trim()) return normaliseSpace(headline);
  // The first <h1> is often the site's logo: it must agree with the <title> too.
  const h1 = doc.getElementsByTagName('h1')[0];
  const h1Text = h1 ? textOf(h1) : '';
  if (h1Text && agreesWith(h1Text, documentTitle)) return h1Text;
  return documentTitle || (fromMeta && stripSiteName(fromMeta, siteNames)) || h1Text;
}

/** Whether a title candidate shares a word of four letters or more with the <title> (true when that has too few to tell). */
function agreesWith(candidate: string, documentTitle: string): boolean {
  const words = (s: string) => s.toLowerCase().slice(0, 400).match(/\p{L}{4,}/gu) ?? [];
  const inTitle = new Set(words(documentTitle));
  return inTitle.size < 2 || words(candidate).some((w) => inTitle.has(w));
}

const SEPARATED_HEAD = /^([^-–—|·•:]{2,60}?)\s+[-–—|·•]\s+(.{10,})$/;
/** What may part a headline from the site's name; a tail may hold none of them but ':'. */
const SEPARATORS = '-–—|·•';
const SPACE = /\s/;
const LINE_END = /[\n\r\u2028\u2029]/;

/**
 * "Headline - Site: News" → { head: "Headline", separator: "-", tail: "Site: News" }: the
 * earliest split with a head of 10 characters or more on one line, a separator (one of SEPARATORS,
 * or ':') with space on both sides, and after it a tail of 2 to 80 characters holding no separator
 * but ':'. The same split as /^(.{10,}?)\s+[-–—|·•:]\s+([^-–—|·•]{2,80})$/, found in one pass: that
 * pattern backtracks for each character of a long run of spaces.
 */
export function splitSiteTail(title: string): { head: string; separator: string; tail: string } | undefined {
  let lastSeparator = -1;
  for (let k = title.length - 1; k >= 0 && lastSeparator < 0; k--) if (SEPARATORS.includes(title[k]!)) lastSeparator = k;
  const lineEnd = title.search(LINE_END);
  const headRoom = lineEnd < 0 ? title.length : lineEnd;
  // The tail runs to the end, so only the last separator, or a ':' after it, can part it off.
  for (let at = Math.max(lastSeparator, 0); at < title.length; at++) {
    if (at !== lastSeparator && title[at] !== ':') continue;
    let spaceBefore = at;
    while (spaceBefore > 0 && SPACE.test(title[spaceBefore - 1]!)) spaceBefore--;
    let afterSpace = at + 1;
    while (afterSpace < title.length && SPACE.test(title[afterSpace]!)) afterSpace++;
    const headEnd = Math.max(spaceBefore, 10);
    const longestTail = title.length - at - 2;
    const shortestTail = title.length - afterSpace;
    if (spaceBefore === at || afterSpace === at + 1 || headEnd >= at || headEnd > headRoom) continue;
    if (shortestTail > 80 || longestTail < 2) continue;
    return { head: title.slice(0, headEnd), separator: title[at]!, tail: title.slice(Math.min(afterSpace, title.length - 2)) };
  }
  return undefined;
}

/**
 * "Headline - Site Name" → "Headline" (and "Site Name | Headline" → "Headline"). The tail goes
 * only when it names the site (the host, og:site_name) or follows a pipe, which headlines
 * themselves rarely use; the head only when it names the site.
 */
export function stripSiteName(title: string, siteNames: string[]): string {
  // Longer strings are no page title; the bound also keeps the work of the splits small.
  if (title.length > 400) return title;
  // "Site Name | Headline", as some blogs write it.
  const lead = SEPARATED_HEAD.exec(title);
  if (lead?.[1] && lead[2] && namesSite(lead[1], siteNames)) return lead[2];
  const split = splitSiteTail(title);
  if (!split) return title;
  return split.separator === '|' || namesSite(split.tail, siteNames) ? stripSiteName(split.head, siteNames) : title;
}

/** "edition.example.co.uk" → "example": the label that names the site. */
function hostLabel(host: string): string {
  const labels = host.split('.');
  labels.pop();
  if (labels.length > 1 && /^(?:co|com|org|net|gov|ac|edu)$/.test(labels.at(-1) ?? '')) labels.pop();
  return labels.at(-1) ?? '';
}

const lettersOf = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function namesSite(tail: string, siteNames: string[]): boolean {
  const t = lettersOf(tail);
  if (!t) return false;
  return siteNames.some((name) => {
    const n = lettersOf(name);
    return n.length >= 2 && (t.includes(n) || n.includes(t));
  });
}

/** The first of these that is a date: JSON-LD datePublished, article:published_time, a <time datetime>. */
function publishedDate(doc: Document, article: JsonLdNode | undefined, head: Map<string, string>): string | undefined {
  return (
    toIso(article && stringProp(article, 'datePublished')) ??
    toIso(head.get('article:published_time')) ??
    // Asked last, and only then: a page may have hundreds of <time>s.
    toIso(firstTimeWithDatetime(doc))
  );
}

function firstTimeWithDatetime(doc: Document): string | undefined {
  const times = doc.getElementsByTagName('time');
  for (let i = 0; i < times.length; i++) {
    const datetime = times[i]?.getAttribute('datetime');
    if (datetime !== null && datetime !== undefined) return datetime;
  }
  return undefined;
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The date as an ISO 8601 string: kept as written (with its offset) when it already is one, else normalised; undefined when it is no date. */
function toIso(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text || !/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  if (ISO_8601.test(text)) return text.replace(' ', 'T');
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
