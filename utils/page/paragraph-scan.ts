/**
 * The page-type gate's read of the page's running text: how many paragraphs are long enough to be
 * prose, and how much of it there is. The gate usually needs only the first few of a page's
 * paragraphs to know, so the scan reads on only as far as it is asked, and picks up where it
 * stopped when a later question needs the full count.
 */
import { isParagraph } from './main-container';

/** Paragraphs of this many characters or more are running sentences, not labels. */
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

export class ParagraphScan {
  /** Long paragraphs read so far. */
  long = 0;
  longChars = 0;
  /** The long paragraphs themselves, for asking which <article> holds them (only some pages need to). */
  readonly longParagraphs: Element[] = [];
  /** Whether every paragraph (up to the caps) has been read: the counts are then final. */
  complete = false;

  private tagIndex = 0;
  private index = 0;
  private collection: HTMLCollectionOf<Element> | undefined;
  private seen = 0;
  private checked = 0;
  private textLeft = MAX_TEXT;

  /** `tags`: the elements that may be paragraphs, <p> first (a <p> always is one; other tags are checked). */
  constructor(
    readonly doc: Document,
    private readonly tags: readonly string[],
  ) {}

  /** Reads on until `enough(this)` holds or the page has no more paragraphs to read. */
  readUntil(enough: (scan: ParagraphScan) => boolean): this {
    while (!this.complete && !enough(this)) this.readOne();
    return this;
  }

  readAll(): this {
    return this.readUntil(() => false);
  }

  /** Reads the next candidate element; marks the scan complete at the end or at a cap. */
  private readOne(): void {
    const tag = this.tags[this.tagIndex];
    if (tag === undefined) {
      this.complete = true;
      return;
    }
    // Indexed straight from the (live, natively counted) collection: no array of every <div> on the page.
    this.collection ??= this.doc.getElementsByTagName(tag);
    const el = this.collection[this.index++];
    if (!el) {
      this.tagIndex++;
      this.index = 0;
      this.collection = undefined;
      return;
    }
    if (++this.checked > MAX_CANDIDATES) {
      this.complete = true;
      return;
    }
    if (tag !== 'p' && !isParagraph(el)) return;
    if (++this.seen > MAX_PARAGRAPHS) {
      this.complete = true;
      return;
    }
    const text = el.textContent ?? '';
    this.textLeft -= text.length;
    if (this.textLeft < 0) {
      this.complete = true;
      return;
    }
    // Native trim: a view of the string (no copy, even of a huge one) found by native code. The
    // character loops of trimmedLength cost more here, run cold on every page, over the
    // indentation that ends many paragraphs' text.
    const length = text.trim().length;
    if (length < LONG_PARAGRAPH) return;
    this.long++;
    this.longChars += length;
    this.longParagraphs.push(el);
  }
}

/** Characters of long paragraphs that make a story, and more than any error or bot-block page has. */
const STORY_CHARS = 1500;
/** Prose enough to be a story: five long paragraphs, STORY_CHARS in them. */
export const isStoryLength = (scan: ParagraphScan) => scan.long >= 5 && scan.longChars >= STORY_CHARS;
/** More running text than any error or bot-block page has. */
export const isMoreThanAnErrorPage = (scan: ParagraphScan) => scan.longChars >= STORY_CHARS;

/** <article> elements asked about: a front page has dozens of cards; past this many only a hostile page is left. */
const MAX_ARTICLES = 200;

/**
 * The most long paragraphs that one <article> element holds (each paragraph counted for its
 * nearest <article>), up to `enough`. The <article>s are asked whether they contain each
 * paragraph: a native test that hands no ancestor element to script, where climbing from
 * every paragraph would.
 */
export function longInOneArticle(scan: ParagraphScan, enough: number): number {
  const paragraphs = scan.readAll().longParagraphs;
  const found = scan.doc.getElementsByTagName('article');
  const articles: Element[] = [];
  for (let i = 0; i < Math.min(found.length, MAX_ARTICLES); i++) articles.push(found[i]!);
  const held = new Map<Element, number>();
  let most = 0;
  for (const paragraph of paragraphs) {
    let nearest: Element | undefined;
    for (const article of articles) if (article.contains(paragraph) && (!nearest || nearest.contains(article))) nearest = article;
    if (!nearest) continue;
    const n = (held.get(nearest) ?? 0) + 1;
    held.set(nearest, n);
    most = Math.max(most, n);
    if (most >= enough) break;
  }
  return most;
}
