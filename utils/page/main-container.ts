/**
 * Finding the element(s) that hold the story. Paragraphs are <p>s and <div>s of bare text
 * (some sites write no <p> at all). Every paragraph gives its length (less twice
 * its linked part) to its parent, half to its grandparent and less to the next two ancestors
 * (stories whose every paragraph sits in a wrapper of its own); the best-scoring element
 * wins. From there, wrappers that hold nothing else are climbed, and the siblings at that
 * level that carry paragraphs join in: stories split into blocks by ads and inline modules.
 *
 * Only the paragraphs' own subtrees are walked (the rest of the page, often most of it, is
 * never visited node by node), each node at most once per paragraph tag, so the work stays
 * linear on pages that nest paragraphs thousands deep; the walks pause every few hundred nodes.
 * A paragraph with no element inside is not walked: its native textContent gives its measure.
 */

import { hasFurnitureName, isFurnitureElement } from './boilerplate';
import { BLOCK_TAGS } from './paragraphs';
import { runToEnd, type Steps } from './steps';
import { leadingSpace, trailingSpace, trimmedLength } from './text';

/** What counts as a paragraph: <p>s, and <div>s that pass isParagraph. */
export const PARAGRAPH_TAGS = ['p', 'div'];
const MIN_PARAGRAPH = 25;
/** Paragraphs scored at most: enough for any story, bounded for hostile pages. */
const MAX_PARAGRAPHS = 3000;
/** Candidates checked at most (a page can have 100,000 <div>s, none of them a paragraph). */
const MAX_CANDIDATES = 20_000;
/** Wrappers climbed at most from the best element (a page can nest 100,000 of them). */
const MAX_CLIMB = 50;
/** Children of one element looked at, at most, when climbing and joining siblings (a page can put 100,000 side by side). */
const MAX_SIBLINGS = 5_000;
/**
 * Child nodes the paragraph tests look at, at most: a paragraph has a few dozen, and a block
 * with more is a wrapper or a list (a page can put 100,000 nodes side by side in one element,
 * and the gate and the candidate search test thousands of elements between two pauses).
 */
const MAX_PARAGRAPH_CHILDREN = 1000;
/** Share of a paragraph's score given to its parent, grandparent and the two ancestors above. */
const ANCESTOR_SHARES = [1, 1 / 2, 1 / 4, 1 / 8];
/** A sibling block joins the story when its paragraphs score at least this (one real sentence or more). */
const SIBLING_FLOOR = 80;
/** Elements checked or nodes walked between two pauses. */
const NODES_PER_STEP = 1000;

/**
 * Work counted across nested walks (the candidates, and the subtree walked for each): each
 * walk alone may stay under NODES_PER_STEP, so a step counted per walk could hold a thousand
 * candidates times a thousand nodes.
 */
interface Pace {
  units: number;
}
/** Counts one unit of work; true when it is time to pause. */
const pauseDue = (pace: Pace) => ++pace.units % NODES_PER_STEP === 0;

/** Which elements are paragraphs: candidate tags (searched in this order) and the test each must pass. */
export interface ParagraphKind {
  tags: readonly string[];
  accepts(el: Element): boolean;
  /** A sibling block joins the story when its paragraphs score at least this. */
  siblingFloor: number;
}

/** Paragraphs as written by nearly every site. */
export const PARAGRAPHS: ParagraphKind = { tags: PARAGRAPH_TAGS, accepts: isParagraph, siblingFloor: SIBLING_FLOOR };

/**
 * The second try, for pages whose paragraphs hold too little: text written straight into
 * table cells and wrappers between <br>s (table layouts, hand-written pages) counts too, and
 * sibling blocks join with a single short paragraph (stories cut into many small blocks).
 */
export const BARE_TEXT: ParagraphKind = {
  tags: ['p', 'div', 'td', 'section', 'article', 'main', 'center', 'font'],
  accepts: (el) => el.localName === 'p' || hasOwnText(el),
  siblingFloor: MIN_PARAGRAPH,
};

export function findMainContainers(doc: Document, kind: ParagraphKind = PARAGRAPHS): Element[] {
  return runToEnd(findMainContainersSteps(doc, kind));
}

export function* findMainContainersSteps(doc: Document, kind: ParagraphKind = PARAGRAPHS): Steps<Element[]> {
  /** Measures of the candidate-tag elements inside the subtrees walked so far: nested paragraphs are not walked again. */
  const measures = new Map<Element, TextMeasure>();
  const candidateTags = new Set(kind.tags);
  /** Decayed scores: who holds the story most tightly. */
  const scores = new Map<Element, number>();
  const scored: ScoredParagraph[] = [];
  let checked = 0;
  let paragraphs = 0;
  const pace: Pace = { units: 0 };
  search: for (const tag of kind.tags) {
    const found = doc.getElementsByTagName(tag);
    for (let i = 0; i < found.length; i++) {
      const p = found[i];
      if (!p) continue;
      if (++checked > MAX_CANDIDATES) break search;
      if (pauseDue(pace)) yield;
      if (!kind.accepts(p)) continue;
      if (++paragraphs > MAX_PARAGRAPHS) break search;
      let measure = measures.get(p) ?? textOnlyMeasure(p);
      if (!measure) {
        const walk = subtreeWalk(p, candidateTags, measures);
        while (!(measure = walk(pace))) yield;
      }
      const score = paragraphScore(measure);
      if (score === 0) continue;
      let ancestor = p.parentElement;
      for (const share of ANCESTOR_SHARES) {
        if (!ancestor) break;
        scores.set(ancestor, (scores.get(ancestor) ?? 0) + score * share);
        ancestor = ancestor.parentElement;
      }
      scored.push({ el: p, score });
    }
  }

  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return [];

  const contentOf = yield* subtreeContent(best, scored);
  // Climb wrappers that hold the story and nothing else, then take the siblings that carry paragraphs too.
  let story = best;
  let parent = story.parentElement;
  for (let climbed = 0; climbed < MAX_CLIMB && parent && parent !== doc.body && (yield* holdsOnly(parent, story, contentOf)); climbed++) {
    story = parent;
    parent = story.parentElement;
  }
  if (!parent) return [story];
  const joins = (el: Element) =>
    !isFurnitureElement(el) && !hasFurnitureName(el) && contentOf(el) >= kind.siblingFloor;
  const joined: Element[] = [];
  let looked = 0;
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    // Past the cap only a hostile page is left: its story stands alone.
    if (++looked > MAX_SIBLINGS) return joined.includes(story) ? joined : [story];
    if (looked % NODES_PER_STEP === 0) yield;
    if (el === story || joins(el)) joined.push(el);
  }
  return joined;
}

/** Whether `parent` holds no paragraph score beside `story` (looking at MAX_SIBLINGS children at most). */
function* holdsOnly(parent: Element, story: Element, contentOf: (el: Element) => number): Steps<boolean> {
  let looked = 0;
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    if (++looked > MAX_SIBLINGS) return false;
    if (looked % NODES_PER_STEP === 0) yield;
    if (el !== story && contentOf(el) !== 0) return false;
  }
  return true;
}

/**
 * A <p>, or a <div> written like one: no block inside, and running text of its own
 * (a <div> whose words all sit in a link or span is a teaser or a label, not prose).
 */
export function isParagraph(el: Element): boolean {
  return el.localName === 'p' || (!isWrapper(el) && hasOwnText(el));
}

/** Whether the element holds a block, or more child elements than a paragraph would. */
function isWrapper(el: Element): boolean {
  let looked = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (++looked > MAX_PARAGRAPH_CHILDREN || BLOCK_TAGS.has(child.localName)) return true;
  }
  return false;
}

/** Whether the element's own text nodes (not its descendants') hold MIN_PARAGRAPH characters, trimmed, among its first MAX_PARAGRAPH_CHILDREN child nodes. */
function hasOwnText(el: Element): boolean {
  let length = 0;
  let looked = 0;
  for (let node = el.firstChild; node && length < MIN_PARAGRAPH && ++looked <= MAX_PARAGRAPH_CHILDREN; node = node.nextSibling) {
    if (node.nodeType === 3) length += trimmedLength(node.nodeValue ?? '');
  }
  return length >= MIN_PARAGRAPH;
}

/** Text length of a subtree, as `textContent.trim().length` would give it, and of the links in it. */
interface TextMeasure {
  length: number;
  /** Whitespace at the start and the end (both equal `length` when all of it is whitespace). */
  leading: number;
  trailing: number;
  /** Trimmed text length of every <a> inside (nested links counted once for each, as getElementsByTagName lists them). */
  linked: number;
}

const trimmedMeasure = (m: TextMeasure) => (m.leading === m.length ? 0 : m.length - m.leading - m.trailing);

/** Appends a piece of text, given by its length and outer whitespace, to a measure. */
function append(m: TextMeasure, length: number, leading: number, trailing: number): void {
  if (m.leading === m.length) m.leading += leading;
  m.trailing = trailing === length ? m.trailing + length : trailing;
  m.length += length;
}

/**
 * The root's TextMeasure, in one walk with an explicit stack (no recursion: pages nest
 * elements 100,000 deep). The measures of candidate-tag elements met inside are kept in
 * `measures`, so a paragraph nested in one already walked costs nothing more. Call the walk
 * until it returns the measure: it returns undefined when the pace calls for a pause first.
 * A plain function, not a generator: it runs for every paragraph of the page, and, cold,
 * delegating to a generator costs more than walking a paragraph.
 */
function subtreeWalk(root: Element, candidateTags: Set<string>, measures: Map<Element, TextMeasure>): (pace: Pace) => TextMeasure | undefined {
  const stack: { el: Element; measure: TextMeasure; next: ChildNode | null }[] = [];
  const open = (el: Element) => stack.push({ el, measure: { length: 0, leading: 0, trailing: 0, linked: 0 }, next: el.firstChild });
  open(root);
  return (pace) => {
    for (let top = stack[stack.length - 1]; top; top = stack[stack.length - 1]) {
      if (pauseDue(pace)) return undefined;
      const node = top.next;
      if (!node) {
        stack.pop();
        const m = top.measure;
        const tag = top.el.localName;
        if (candidateTags.has(tag)) measures.set(top.el, m);
        const parent = stack[stack.length - 1];
        if (!parent) return m;
        append(parent.measure, m.length, m.leading, m.trailing);
        parent.measure.linked += m.linked + (tag === 'a' ? trimmedMeasure(m) : 0);
        continue;
      }
      top.next = node.nextSibling;
      // Text and CDATA nodes: what textContent joins.
      if (node.nodeType === 3 || node.nodeType === 4) {
        const text = node.nodeValue ?? '';
        append(top.measure, text.length, leadingSpace(text), trailingSpace(text));
      } else if (node.nodeType === 1) {
        open(node as Element);
      }
    }
    throw new Error('unreachable: the root closes last');
  };
}

/**
 * The measure of an element with no element inside (most paragraphs: one text node), from its
 * native textContent: the same figures as the walk, without a walk set up for a single node.
 * Undefined when the element holds elements (its text then needs the walk).
 */
function textOnlyMeasure(el: Element): TextMeasure | undefined {
  if (el.firstElementChild) return undefined;
  const text = el.textContent ?? '';
  return { length: text.length, leading: leadingSpace(text), trailing: trailingSpace(text), linked: 0 };
}

function paragraphScore(m: TextMeasure): number {
  const length = trimmedMeasure(m);
  if (length < MIN_PARAGRAPH) return 0;
  return Math.max(0, length - 2 * m.linked);
}

interface ScoredParagraph {
  el: Element;
  score: number;
}

/**
 * The undecayed paragraph score of each subtree that the climb and the sibling test ask about:
 * the best element, the MAX_CLIMB + 1 ancestors above it, and their children. Each paragraph
 * is traced up to the first of those ancestors it meets; the paths are remembered, so no
 * element is climbed through twice.
 */
function* subtreeContent(best: Element, scored: ScoredParagraph[]): Steps<(el: Element) => number> {
  /** best = 0, its parent = 1, …: the chain the paragraphs inside it end up in. */
  const chainIndex = new Map<Element, number>();
  let index = 0;
  for (let el: Element | null = best; el && index <= MAX_CLIMB + 1; el = el.parentElement) chainIndex.set(el, index++);
  /** Score of the paragraphs whose path reaches the chain at each index. */
  const enteringAt: number[] = new Array<number>(index).fill(0);
  /** Score held by each child of a chain element (off the chain). */
  const childContent = new Map<Element, number>();
  /** Where the path from an element reaches the chain, and through which child; null: it never does (outside the chain's top). */
  const reached = new Map<Element, { at: number; through: Element | undefined } | null>();
  let walked = 0;
  for (const { el, score } of scored) {
    const path: Element[] = [];
    let node: Element | null = el;
    while (node && !chainIndex.has(node) && !reached.has(node)) {
      if (++walked % NODES_PER_STEP === 0) yield;
      path.push(node);
      node = node.parentElement;
    }
    const at = node && chainIndex.get(node);
    const entry = node && reached.has(node) ? (reached.get(node) ?? null) : at !== undefined && at !== null ? { at, through: path[path.length - 1] } : null;
    for (const passed of path) reached.set(passed, entry);
    if (!entry) continue;
    enteringAt[entry.at] = (enteringAt[entry.at] ?? 0) + score;
    if (entry.through) childContent.set(entry.through, (childContent.get(entry.through) ?? 0) + score);
  }
  // A chain element holds what reaches the chain at or below it.
  const chainContent: number[] = [];
  let sum = 0;
  for (const [i, entering] of enteringAt.entries()) {
    sum += entering;
    chainContent[i] = sum;
  }
  return (el) => {
    const at = chainIndex.get(el);
    return at === undefined ? (childContent.get(el) ?? 0) : (chainContent[at] ?? 0);
  };
}
