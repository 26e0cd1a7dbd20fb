/**
 * What is not article text: page furniture inside the article container (captions, related
 * links, share bars, newsletter boxes, comments) and paragraphs that are credits, not prose
 * (bylines, "reporting was contributed by", photo credits).
 */
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
  'credits', 'cta', 'disclaimer', 'dateline', 'donate', 'donation', 'embed', 'footer', 'kicker', 'menu', 'masthead', 'modal', 'newsletter',
  'newsletters', 'outbrain', 'popular', 'popup', 'promo', 'promotion', 'readmore', 'recirc',
  'recirculation', 'recommended', 'related', 'share', 'sharing', 'sidebar', 'signup', 'social', 'sponsor',
  'sponsored', 'subscribe', 'subscription', 'taboola', 'tags', 'toolbar', 'trending', 'widget', 'dek', 'standfirst',
  'timestamp', 'correction', 'corrections', 'gallery', 'slideshow', 'video', 'playlist', 'teaser', 'teasers',
]);

const ROLE_FURNITURE = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'form', 'search']);

/** True for an element that never holds body text, by its tag, role or visibility. */
export function isFurnitureElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  // Most elements have no attribute at all: one cheap test instead of four look-ups.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && ROLE_FURNITURE.has(role)) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/**
 * True when the element's class, id or custom tag name names page furniture ("related-links",
 * "c-socialShare__item", "NewsletterModule", <ps-newsletter-module>). Only a hint: a wrapper
 * named "comments-enabled" may still hold the story, so callers check size.
 */
export function hasFurnitureName(el: Element): boolean {
  const tag = el.tagName;
  if (!el.hasAttributes()) return tag.includes('-') && hasFurnitureWord(tag);
  return (
    hasFurnitureWord(el.getAttribute('class')) ||
    hasFurnitureWord(el.getAttribute('id')) ||
    (tag.includes('-') && hasFurnitureWord(tag))
  );
}

function hasFurnitureWord(attr: string | null): boolean {
  if (!attr) return false;
  // Attributes can be huge on hostile pages; real class lists are short.
  const words = attr
    .slice(0, 300)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/);
  return words.some((word) => FURNITURE_WORDS.has(word));
}

const HIDDEN_CLASS = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|a11y-hidden|offscreen)(?:\s|$)/i;

/** Text for screen readers only ("opens new tab"), hidden by class or by a clip/1px style. */
export function isVisuallyHidden(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const cls = el.getAttribute('class');
  if (cls && HIDDEN_CLASS.test(cls)) return true;
  const style = el.getAttribute('style');
  return style !== null && /clip\s*:\s*rect\(0|clip-path\s*:\s*inset\(50%/i.test(style);
}

const BYLINE = /^(?:by|written by|words by|story by|text by)\s+\p{Lu}/iu;
/** Who reported, edited or photographed: "Reporting by …; Editing by …", "Credit…", "(AP Photo/…)". */
const CREDIT_LINE =
  /(?:contributed (?:reporting|to this (?:report|story|article))|reporting (?:was )?contributed by|additional reporting by|^(?:with )?(?:additional )?reporting (?:by|from)|^with reports? from|^— with assistance|editing by|writing by|compiled by|^(?:photos?|images?|pictures?|graphics?|video)(?: credits?| by)?\s*:|\bcredit(?:\s?\.\.\.|…|:)|\((?:AP|AFP|Reuters|Getty)[^)]{0,40}\)$)/i;
/** A photo credit on a line of its own: "Chuck Burton/AP", "Jane Roe/Getty Images". */
const PHOTO_CREDIT = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} ?\/ ?\p{Lu}[\p{L}&.' -]{1,40}$/u;
/** A template placeholder left in the text: "%Slideshow-123%", "{{ad}}", "[[gallery]]". */
const PLACEHOLDER = /^(?:%[\w-]{1,60}%|\{\{[^{}]{1,60}\}\}|\[\[[^[\]]{1,60}\]\])$/;
/** Promotions, rights notices and contact lines: how they open, and phrases anywhere in them. */
const PROMO_OPENING = /^(?:sign up|subscribe|follow us|read more|related:|see also|advertisement|share this|copyright|©|download\b|our website\b)/i;
const PROMO_PHRASE =
  /\bclick here\b|all rights reserved|for (?:your )?personal,? non-commercial use|\bmay be reached at\b|\bfollow (?:him|her|them|us) on (?:twitter|x|facebook|instagram)\b/i;
/**
 * Newsletter pitches, whose names may be in any script ("Get the Morning Brief newsletter").
 * Case-insensitive Unicode letter classes are slow to run, so this runs only on lines that name a newsletter.
 */
const NEWSLETTER_PITCH = /^get the [\p{L} ]{0,30}newsletter|\bsign up (?:for|to) (?:our|the|this) [\p{L} ]{0,20}newsletters?\b/iu;

/** True for a paragraph that is a credit, byline or promotion rather than article prose. */
export function isBoilerplateText(text: string): boolean {
  if (text.length > 300) return false;
  if (BYLINE.test(text) && text.length <= 80 && !/[.!?"”]$/.test(text)) return true;
  if (text.length <= 80 && (PHOTO_CREDIT.test(text) || PLACEHOLDER.test(text))) return true;
  return (
    CREDIT_LINE.test(text) ||
    PROMO_OPENING.test(text) ||
    PROMO_PHRASE.test(text) ||
    (/newsletter/i.test(text) && NEWSLETTER_PITCH.test(text))
  );
}
