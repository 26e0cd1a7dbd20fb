/**
 * The page-type gate's read of the page's running text: how many paragraphs are long enough to be
 * prose, and how much of it there is. The gate usually needs only the first few of a page's
 * paragraphs to know, so the scan reads on only as far as it is asked, and picks up where it
 * stopped when a later question needs the full count.
 */
import { isParagraph } from './main-container';

/** Paragraphs of this many characters or more are running sentences, not labels. */
const LONG_PARAGRAPH = 80;

/**
 * How much one reading of the page may look at: enough paragraphs to judge any page, while the
 * caps keep huge pages cheap. Several scans may share one (the <article>s of a page, read one by one).
 */
export class ScanBudget {
  /** Elements looked at that may be paragraphs. */
  candidates = 5000;
  paragraphs = 400;
  /**
   * Text read in all. Paragraphs of a parsed page hardly ever nest (only a hostile page nests
   * them), so reading each one's native textContent is the fastest count there is; the budget
   * stops a page that nests megabytes of text from having it read over and over.
   */
  text = 1_000_000;

  /** True once a scan has gone past one of the caps: nothing more is read under this budget. */
  get exhausted(): boolean {
    return this.candidates < 0 || this.paragraphs < 0 || this.text < 0;
  }
}

export class ParagraphScan {
  /** Long paragraphs read so far. */
  long = 0;
  longChars = 0;
  /** The long paragraphs themselves, in the order read (longInOneArticle credits each to its <article>). */
  readonly longParagraphs: Element[] = [];
  /** Whether every paragraph (up to the caps) has been read: the counts are then final. */
  complete = false;

  private tagIndex = 0;
  private index = 0;
  private collection: HTMLCollectionOf<Element> | undefined;

  /**
   * `root`: the page, or one element of it. `tags`: the elements that may be paragraphs, <p> first
   * (a <p> always is one; other tags are checked).
   */
  constructor(
    readonly root: Document | Element,
    readonly tags: readonly string[],
    private readonly budget = new ScanBudget(),
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
    if (tag === undefined || this.budget.exhausted) {
      this.complete = true;
      return;
    }
    // Indexed straight from the (live, natively counted) collection: no array of every <div> on the page.
    this.collection ??= this.root.getElementsByTagName(tag);
    const el = this.collection[this.index++];
    if (!el) {
      this.tagIndex++;
      this.index = 0;
      this.collection = undefined;
      return;
    }
    const { budget } = this;
    if (--budget.candidates < 0) {
      this.complete = true;
      return;
    }
    if (tag !== 'p' && !isParagraph(el)) return;
    if (--budget.paragraphs < 0) {
      this.complete = true;
      return;
    }
    const text = el.textContent ?? '';
    budget.text -= text.length;
    if (budget.text < 0) {
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
 * nearest <article>), up to `enough`. Only the <article>s are read, so the paragraphs outside
 * them (a forum's comments around a few cards) never are; a nested <article> is read with the
 * outermost one around it, so each paragraph is read once. The reading has its own ScanBudget
 * (so a page is read twice at most, once by the page's scan and once here) and goes tag by tag
 * as the page's scan does: every <p> of the <article>s before any <div>.
 */
export function longInOneArticle(scan: ParagraphScan, enough: number): number {
  const found = scan.root.getElementsByTagName('article');
  const outermost: Element[] = [];
  for (let i = 0; i < Math.min(found.length, MAX_ARTICLES); i++) {
    const article = found[i]!;
    // In page order, an <article> nested in another comes before the next one that is not.
    if (!outermost.at(-1)?.contains(article)) outermost.push(article);
  }
  const budget = new ScanBudget();
  const held = new Map<Element, number>();
  let most = 0;
  for (const tag of scan.tags) {
    for (const article of outermost) {
      const own = new ParagraphScan(article, [tag], budget);
      for (let counted = 0; ; counted++) {
        own.readUntil((s) => s.long > counted);
        const paragraph = own.longParagraphs[counted];
        if (!paragraph) break;
        // Native in the browser, where the gate runs on every page (linkedom, in the CLI,
        // compiles a selector for each call).
        const nearest = paragraph.closest('article')!;
        const n = (held.get(nearest) ?? 0) + 1;
        held.set(nearest, n);
        most = Math.max(most, n);
        if (most >= enough) return most;
      }
      if (budget.exhausted) return most;
    }
  }
  return most;
}
