/**
 * Reading the paragraphs of the story out of its container(s), in document order.
 * A paragraph is a run of inline content between block boundaries: a <p>, a list item, a
 * <div> of bare text, or text split by a double <br>. Headings, captions, furniture and
 * credit lines are left out. Read-only: the document is never changed.
 */
import { MAX_ANALYSED_CHARS } from '../analysis/text-budget';
import { hasFurnitureName, isBoilerplateText, isFurnitureElement, isVisuallyHidden } from './boilerplate';
import { runToEnd, type Steps } from './steps';
import { normaliseSpace } from './text';

/** Elements that break the flow of text; any other element (span, a, custom tags) flows inside a paragraph. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);
/** Elements with no reading text (scripts, icons, widgets, metadata), skipped wherever they are. */
const SILENT_TAGS = new Set([
  'audio', 'button', 'canvas', 'iframe', 'img', 'input', 'link', 'meta', 'noscript', 'object', 'picture', 'script',
  'select', 'style', 'svg', 'template', 'textarea', 'video',
]);
/** Blocks meant to hold prose; text in other blocks must read like a sentence to count. */
const PROSE_BLOCKS = new Set(['p', 'li', 'blockquote', 'dd']);
/** Text outside PROSE_BLOCKS must read like a sentence: six words or more, closing punctuation (not a label, date or teaser). */
const SENTENCE_END = /[.!?…"”'’)]$/;
const SENTENCE_WORDS = 6;
/**
 * A letter, as a constant: the build lowers a \p{…} literal to `new RegExp(…)`, which inside
 * flush would build a regular expression for every paragraph read.
 */
const LETTER = /\p{L}/u;
/** Lines of at most this many words, without closing punctuation, are headings. */
const HEADING_WORDS = 12;
/** A furniture-named block that holds more than this share of the story is the story after all. */
const STORY_SHARE = 0.5;
/** Nodes read between two pauses. */
const NODES_PER_STEP = 1000;
/**
 * A paragraph longer than this is read as several: no real one is (the corpus's longest is
 * 1,570 characters), and a paragraph's tests take time in proportion to its length, in one step.
 */
const MAX_RUN_CHARS = 20_000;
/** Room left in the text budget below which no paragraph worth reading fits: a line or two. */
const SPENT_ROOM = 200;
/** Nodes read at most: a story within the text budget has far fewer; a page can nest 100,000 empty wrappers. */
const MAX_NODES = 200_000;
/**
 * Furniture-named blocks found to be the story after all, at most. Each size check reads the
 * block's text; small blocks are skipped (never checked twice), but big ones nested thousands
 * deep would be read again and again: past this many, named blocks are read like any other.
 */
const MAX_BIG_NAMED_BLOCKS = 32;

interface Run {
  /** Text pieces of the paragraph being read. */
  parts: string[];
  /** Characters of it inside links. */
  linked: number;
  /** Consecutive <br>s seen: two end a paragraph. */
  breaks: number;
}

/** An element whose children are being read. */
interface Frame {
  /** The child to read next; null once all are read. */
  next: ChildNode | null;
  /** A link: linkDepth drops when it closes. */
  isLink: boolean;
  /** For a block, the block tag outside it, restored (after a flush) when it closes; null for inline elements. */
  outerBlock: string | null;
}

const emptyRun = (): Run => ({ parts: [], linked: 0, breaks: 0 });

export function collectParagraphs(containers: Element[]): string[] {
  return runToEnd(collectParagraphsSteps(containers));
}

/**
 * The paragraphs of the containers, reading at most about MAX_ANALYSED_CHARS characters of
 * story (a 10 MB text node is cut before it is copied); pauses every NODES_PER_STEP nodes.
 */
export function* collectParagraphsSteps(containers: Element[]): Steps<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  /** Characters of the paragraphs kept, and of the raw text in the run being read. */
  let kept = 0;
  let runChars = 0;
  /**
   * Set when the budget cut the run being read. If, once that run is flushed, the room left is
   * under SPENT_ROOM, reading ends: every later run would be cut to the same few characters (and,
   * on a page of 50,000 short paragraphs, read and thrown away one by one). A long block that was
   * cut and then thrown away leaves the room it took, and reading goes on.
   */
  let cutByBudget = false;
  let budgetSpent = false;
  let run = emptyRun();
  let linkDepth = 0;
  /** The block that holds the text being read. */
  let blockTag = '';
  /** Text length of all the containers, counted as far as the furniture-named blocks need it. */
  const story = new TextLength(containers);
  let bigNamedBlocks = 0;

  const flush = () => {
    if (run.parts.length === 0) return;
    const cut = cutByBudget;
    cutByBudget = false;
    keepRun();
    if (cut && MAX_ANALYSED_CHARS - kept < SPENT_ROOM) budgetSpent = true;
  };

  /** Ends the run being read, keeping its text as a paragraph if it is one. */
  const keepRun = () => {
    const text = normaliseSpace(run.parts.join(''));
    const { linked } = run;
    run = emptyRun();
    runChars = 0;
    if (!LETTER.test(text) || seen.has(text) || isBoilerplateText(text)) return;
    if (!PROSE_BLOCKS.has(blockTag) && !readsLikeSentence(text)) return;
    // Short lines that are nearly all link are "read more" links and related-story lists.
    if (text.length < 200 && linked > 0.8 * text.length) return;
    if (blockTag !== 'li' && looksLikeHeading(text)) return;
    seen.add(text);
    out.push(text);
    kept += text.length;
  };

  /**
   * Elements being read, innermost last: an explicit stack instead of recursion, so pages nested
   * thousands deep cannot overflow the call stack. `next` is the child to read next.
   */
  const stack: Frame[] = [];

  /**
   * Whether a furniture-named element (a byline block, a newsletter module) is small beside the
   * story: furniture, unless it is the story after all. Its text is measured, and the story
   * counted (in steps) past twice that length, only for an element that gets this far.
   */
  function* isSmallNamedFurniture(el: Element): Steps<boolean> {
    const namedLength = (el.textContent ?? '').length;
    yield* story.countPast(namedLength / STORY_SHARE);
    const small = namedLength < story.length * STORY_SHARE;
    if (!small) bigNamedBlocks++;
    return small;
  }

  /**
   * Reads an element: a line break, a skipped element, inline content, or a block (its own
   * paragraphs). Returns the element instead when it is named as furniture and must be weighed
   * first, in steps (readNamedElement); every other element is read at once, without the cost
   * of a generator for each node of the page.
   */
  const readElement = (el: Element): Element | undefined => {
    const tag = el.localName;
    if (tag === 'br') {
      run.parts.push(' ');
      if (++run.breaks >= 2) flush();
      return undefined;
    }
    if (SILENT_TAGS.has(tag) || isVisuallyHidden(el)) return undefined;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock && isFurnitureElement(el)) {
      flush();
      return undefined;
    }
    if (bigNamedBlocks < MAX_BIG_NAMED_BLOCKS && mayBeNamedFurniture(el, tag)) return el;
    openElement(el, tag, isBlock, false);
    return undefined;
  };

  function* readNamedElement(el: Element): Steps<void> {
    const tag = el.localName;
    openElement(el, tag, BLOCK_TAGS.has(tag), yield* isSmallNamedFurniture(el));
  }

  /** Inline content joins the run; a block ends the paragraph before it, and its own text is a paragraph (or several). */
  const openElement = (el: Element, tag: string, isBlock: boolean, furniture: boolean) => {
    if (!isBlock && !furniture) {
      const isLink = tag === 'a';
      if (isLink) linkDepth++;
      stack.push({ next: el.firstChild, isLink, outerBlock: null });
      return;
    }
    flush();
    if (!furniture) readBlock(el, tag);
  };

  const readBlock = (el: Element, tag: string) => {
    stack.push({ next: el.firstChild, isLink: false, outerBlock: blockTag });
    blockTag = tag;
  };

  /** Adds text to the run as it is. */
  const addText = (text: string) => {
    run.parts.push(text);
    runChars += text.length;
    if (linkDepth > 0) run.linked += normaliseSpace(text).length;
    if (/\S/.test(text)) run.breaks = 0;
  };

  /** Room the text budget has now, for the run being read. */
  const roomLeft = () => MAX_ANALYSED_CHARS - kept - runChars;

  /** Adds text to the run, cut to `allowance` (by default, the room left). */
  const addWithin = (text: string, allowance = roomLeft()) => {
    if (text.length > allowance) cutByBudget = true;
    if (allowance > 0) addText(text.length > allowance ? text.slice(0, allowance) : text);
  };

  /**
   * Adds a text node longer than the run has room for: the run ends at MAX_RUN_CHARS, and the
   * text goes on in a new run after a pause. (Shorter text is added at once with addWithin.)
   */
  function* readLongText(value: string): Steps<void> {
    let rest = value;
    // What this node may add in all: the room the budget has now. A run that is thrown away
    // gives its room back, but must not let a 10 MB text node be read whole, chunk by chunk.
    let allowance = roomLeft();
    while (rest.length > MAX_RUN_CHARS - runChars && allowance > MAX_RUN_CHARS - runChars) {
      const take = MAX_RUN_CHARS - runChars;
      addText(rest.slice(0, take));
      rest = rest.slice(take);
      allowance -= take;
      flush();
      yield;
    }
    addWithin(rest, allowance);
  }

  /** Reads until the stack is empty or the budget is spent: text joins the run, elements open frames, finished frames close. */
  let read = 0;
  function* readAll(): Steps<void> {
    for (let frame = stack[stack.length - 1]; frame && !budgetSpent && kept < MAX_ANALYSED_CHARS && read < MAX_NODES; frame = stack[stack.length - 1]) {
      const node = frame.next;
      if (!node) {
        stack.pop();
        if (frame.isLink) linkDepth--;
        if (frame.outerBlock !== null) {
          flush();
          blockTag = frame.outerBlock;
        }
        continue;
      }
      frame.next = node.nextSibling;
      if (++read % NODES_PER_STEP === 0) yield;
      if (node.nodeType === 3) {
        const text = node.nodeValue ?? '';
        if (text.length > MAX_RUN_CHARS - runChars) yield* readLongText(text);
        else addWithin(text);
      } else if (node.nodeType === 1) {
        const named = readElement(node as Element);
        if (named) yield* readNamedElement(named);
      }
    }
    // Out of budget (text or nodes): the paragraph being read is the last.
    stack.length = 0;
    flush();
  }

  for (const container of containers) {
    readBlock(container, container.localName);
    yield* readAll();
  }
  return dropTrailingCredits(out);
}

/**
 * Furniture by name, maybe: a block or custom element (<x-newsletter-module>) whose class, id
 * or tag names furniture; a plain <span class="author"> inside a sentence stays text.
 */
function mayBeNamedFurniture(el: Element, tag: string): boolean {
  return (BLOCK_TAGS.has(tag) || tag.includes('-')) && hasFurnitureName(el);
}

/**
 * The elements' text length as `textContent.length` gives it (text and CDATA nodes, in the
 * first MAX_NODES nodes), counted lazily, without building the text (the story may be a 10 MB
 * text node): most furniture-named blocks are bylines, and a few dozen characters of story
 * settle their size check. Walks node to node (first child, next sibling, back up) with no
 * list of pending nodes: an element can have 100,000 children. Every move, down or up, counts
 * towards the pause every NODES_PER_STEP moves.
 */
class TextLength {
  /** Characters counted so far: the whole length once the walk has ended. */
  length = 0;
  private rootIndex = 0;
  /** The node to count next; null when the walk has ended. */
  private node: Node | null;
  private visited = 0;
  private moves = 0;

  constructor(private readonly roots: Element[]) {
    this.node = roots[0] ?? null;
  }

  /** Counts on until more than `limit` characters are counted or the walk ends. */
  *countPast(limit: number): Steps<void> {
    for (let node = this.node; node && this.length <= limit; node = this.node) {
      if (++this.visited > MAX_NODES) {
        this.node = null;
        return;
      }
      if (++this.moves % NODES_PER_STEP === 0) yield;
      if (node.nodeType === 3 || node.nodeType === 4) this.length += (node.nodeValue ?? '').length;
      const root = this.roots[this.rootIndex];
      let next: Node | null = node.nodeType === 1 ? node.firstChild : null;
      // No child: the next sibling of the node or of its nearest ancestor that has one, within the root.
      for (let at: Node | null = node; !next && at && at !== root; ) {
        next = at.nextSibling;
        if (!next) at = at.parentNode;
        if (++this.moves % NODES_PER_STEP === 0) yield;
      }
      this.node = next ?? this.roots[++this.rootIndex] ?? null;
    }
  }
}

/**
 * A subheading or label written as a paragraph ("Water woes", "What to know about the vote"):
 * a few words without closing punctuation or a colon. Lines opening with a dash are kept:
 * they attribute an embedded post ("— Jane Roe (@jroe) May 6").
 */
function looksLikeHeading(text: string): boolean {
  return (
    !SENTENCE_END.test(text) &&
    !text.endsWith(':') &&
    !/^[—–-]/.test(text) &&
    text.split(' ', HEADING_WORDS + 1).length <= HEADING_WORDS
  );
}

function readsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text) && text.split(' ', SENTENCE_WORDS).length >= SENTENCE_WORDS;
}

/** An author's biography: "Jane Doe is a reporter covering …", "John Roe covers the Pentagon for The Times." */
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}.'’ -]{2,60}?\s(?:is|was|covers|writes|reports)\b.{0,300}?(?:\b(?:correspondent|reporter|writer|editor|columnist|journalist|bureau|contributor)\b|\bfor (?:The|the) \p{Lu})/u;
/** How many closing paragraphs are checked for author notes. */
const TAIL = 4;

/** Drops author biographies and similar notes from the end of the story. */
function dropTrailingCredits(paragraphs: string[]): string[] {
  let end = paragraphs.length;
  const floor = Math.max(0, paragraphs.length - TAIL);
  while (end > floor && end > 1) {
    const last = paragraphs[end - 1] ?? '';
    if (last.length > 600 || !AUTHOR_BIO.test(last)) break;
    end--;
  }
  return end === paragraphs.length ? paragraphs : paragraphs.slice(0, end);
}
