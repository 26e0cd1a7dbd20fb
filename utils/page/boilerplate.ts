/**
 * What is not article text: page furniture inside the article container (captions, related
 * links, share bars, newsletter boxes, comments) and paragraphs that are credits, not prose
 * (bylines, "reporting was contributed by", photo credits).
 */
import { normaliseSpace } from './text';

/** Elements whose text is never body text. */
const SKIPPED_TAGS = new Set([
  'aside', 'button', 'figcaption', 'figure', 'footer', 'form', 'header', 'iframe', 'input', 'label',
  'nav', 'noscript', 'object', 'picture', 'pre', 'code', 'script', 'select', 'style', 'svg', 'table',
  'template', 'textarea', 'video', 'audio', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dialog', 'menu',
]);

/** class/id words of page furniture, matched as whole words of the attribute (split at spaces, "-" and "_"). */
const FURNITURE_WORDS = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'advertising', 'author', 'authors', 'bio', 'breadcrumb', 'breadcrumbs',
  'byline', 'bylines', 'caption', 'captions', 'comment', 'comments', 'contributor', 'contributors', 'cookie', 'credit',
  'credits', 'disclaimer', 'dateline', 'donate', 'embed', 'footer', 'kicker', 'menu', 'masthead', 'modal', 'newsletter',
  'newsletters', 'outbrain', 'paywall', 'popular', 'popup', 'promo', 'promotion', 'readmore', 'recirc',
  'recirculation', 'recommended', 'related', 'share', 'sharing', 'sidebar', 'signup', 'social', 'sponsor',
  'sponsored', 'subscribe', 'subscription', 'taboola', 'tags', 'toolbar', 'trending', 'widget', 'dek', 'standfirst',
  'timestamp', 'correction', 'corrections', 'gallery', 'slideshow', 'video', 'playlist', 'teaser', 'teasers',
]);

const ROLE_FURNITURE = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'form', 'search']);

/** True for an element that never holds body text, by its tag, role or visibility. */
export function isFurnitureElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toLowerCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && ROLE_FURNITURE.has(role)) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/**
 * True when the element's class or id names page furniture ("related-links", "share_bar").
 * Only a hint: a wrapper named "comments-enabled" may still hold the story, so callers check size.
 */
export function hasFurnitureName(el: Element): boolean {
  return hasFurnitureWord(el.getAttribute('class')) || hasFurnitureWord(el.getAttribute('id'));
}

function hasFurnitureWord(attr: string | null): boolean {
  if (!attr) return false;
  // Attributes can be huge on hostile pages; real class lists are short.
  for (const word of attr.slice(0, 300).toLowerCase().split(/[\s_-]+/)) {
    if (FURNITURE_WORDS.has(word)) return true;
  }
  return false;
}

const BYLINE = /^(?:by|written by|words by|story by|text by)\s+\p{Lu}/iu;
const CREDIT_LINE =
  /(?:contributed (?:reporting|to this (?:report|story|article))|reporting (?:was )?contributed by|additional reporting by|^reporting by|editing by|writing by|compiled by|^(?:photos?|images?|pictures?|graphics?|video)(?: credits?| by)?\s*:|\((?:AP|AFP|Reuters|Getty)[^)]{0,40}\)$)/i;
const PROMO_LINE =
  /^(?:sign up|subscribe|get the [\p{L} ]{0,30}newsletter|follow us|read more|related:|see also|click here|advertisement|share this|copyright|©|all rights reserved)/iu;

/** True for a paragraph that is a credit, byline or promotion rather than article prose. */
export function isBoilerplateText(text: string): boolean {
  if (text.length > 300) return false;
  if (BYLINE.test(text) && text.length <= 80 && !/[.!?"”]$/.test(text)) return true;
  return CREDIT_LINE.test(text) || PROMO_LINE.test(text);
}

/** Share of the element's text that sits inside links: related-story lists are mostly links. */
export function linkDensity(el: Element, textLength: number): number {
  if (textLength === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += normaliseSpace(a.textContent ?? '').length;
  return linked / textLength;
}
