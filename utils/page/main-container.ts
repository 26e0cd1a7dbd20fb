/**
 * Finding the element(s) that hold the story. Paragraphs are <p>s and <div>s of bare text
 * (some sites write no <p> at all). Every paragraph gives its length (less twice
 * its linked part) to its parent, half to its grandparent and less to the next two ancestors
 * (stories whose every paragraph sits in a wrapper of its own); the best-scoring element
 * wins. From there, wrappers that hold nothing else are climbed, and the siblings at that
 * level that carry paragraphs join in: stories split into blocks by ads and inline modules.
 */

import { hasFurnitureName, isFurnitureElement } from './boilerplate';
import { elementsByTag } from './dom';
import { BLOCK_TAGS } from './paragraphs';

/** What counts as a paragraph: <p>s, and <div>s that pass isParagraph. */
export const PARAGRAPH_TAGS = ['p', 'div'];
const MIN_PARAGRAPH = 25;
/** Paragraphs scored at most: enough for any story, bounded for hostile pages. */
const MAX_PARAGRAPHS = 3000;
/** Share of a paragraph's score given to its parent, grandparent and the two ancestors above. */
const ANCESTOR_SHARES = [1, 1 / 2, 1 / 4, 1 / 8];
/** A sibling block joins the story when its paragraphs score at least this (one real sentence or more). */
const SIBLING_FLOOR = 80;

export function findMainContainers(doc: Document): Element[] {
  // One pass measures every element's text, so no paragraph re-reads the subtree below it (nested paragraphs were quadratic).
  const { measures, inOrder } = measureText(doc.documentElement);
  /** Decayed scores: who holds the story most tightly. */
  const scores = new Map<Element, number>();
  /** Undecayed paragraph scores of each element's whole subtree (the element's own included). */
  const content = new Map<Element, number>();
  const candidates = elementsByTag(doc, ...PARAGRAPH_TAGS);
  let n = 0;
  for (const p of candidates) {
    if (!isParagraph(p)) continue;
    if (++n > MAX_PARAGRAPHS) break;
    const measure = measures.get(p);
    const score = measure ? paragraphScore(measure) : 0;
    if (score === 0) continue;
    let ancestor = p.parentElement;
    for (const share of ANCESTOR_SHARES) {
      if (!ancestor) break;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score * share);
      ancestor = ancestor.parentElement;
    }
    content.set(p, score);
  }
  // Sum each subtree bottom-up: in reverse document order every element comes after all it holds.
  for (let i = inOrder.length - 1; i > 0; i--) {
    const el = inOrder[i];
    const own = el ? content.get(el) : undefined;
    const parent = el?.parentElement;
    if (own !== undefined && parent) content.set(parent, (content.get(parent) ?? 0) + own);
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

  const contentOf = (el: Element) => content.get(el) ?? 0;
  // Climb wrappers that hold the story and nothing else, then take the siblings that carry paragraphs too.
  let story = best;
  let parent = story.parentElement;
  while (parent && parent !== doc.body && Array.from(parent.children).every((el) => el === story || contentOf(el) === 0)) {
    story = parent;
    parent = story.parentElement;
  }
  if (!parent) return [story];
  const joins = (el: Element) =>
    !isFurnitureElement(el) && !hasFurnitureName(el) && contentOf(el) >= SIBLING_FLOOR;
  return Array.from(parent.children).filter((el) => el === story || joins(el));
}

/**
 * A <p>, or a <div> written like one: no block inside, and running text of its own
 * (a <div> whose words all sit in a link or span is a teaser or a label, not prose).
 */
export function isParagraph(el: Element): boolean {
  if (el.tagName.toLowerCase() === 'p') return true;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_TAGS.has(child.tagName.toLowerCase())) return false;
  }
  let ownText = 0;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) ownText += (node.nodeValue ?? '').trim().length;
  }
  return ownText >= MIN_PARAGRAPH;
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

const trimmedLength = (m: TextMeasure) => (m.leading === m.length ? 0 : m.length - m.leading - m.trailing);

/** Appends a piece of text, given by its length and outer whitespace, to a measure. */
function append(m: TextMeasure, length: number, leading: number, trailing: number): void {
  if (m.leading === m.length) m.leading += leading;
  m.trailing = trailing === length ? m.trailing + length : trailing;
  m.length += length;
}

/**
 * Every element's TextMeasure, in one walk with an explicit stack (no recursion: pages nest
 * elements 100,000 deep), and the elements in document order.
 */
function measureText(root: Element | null): { measures: Map<Element, TextMeasure>; inOrder: Element[] } {
  const measures = new Map<Element, TextMeasure>();
  const inOrder: Element[] = [];
  if (!root) return { measures, inOrder };
  const open = (el: Element) => {
    inOrder.push(el);
    const measure: TextMeasure = { length: 0, leading: 0, trailing: 0, linked: 0 };
    measures.set(el, measure);
    stack.push({ el, measure, next: el.firstChild });
  };
  const stack: { el: Element; measure: TextMeasure; next: ChildNode | null }[] = [];
  open(root);
  for (let top = stack[stack.length - 1]; top; top = stack[stack.length - 1]) {
    const node = top.next;
    if (!node) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) {
        const m = top.measure;
        append(parent.measure, m.length, m.leading, m.trailing);
        parent.measure.linked += m.linked + (top.el.tagName.toLowerCase() === 'a' ? trimmedLength(m) : 0);
      }
      continue;
    }
    top.next = node.nextSibling;
    // Text and CDATA nodes: what textContent joins.
    if (node.nodeType === 3 || node.nodeType === 4) {
      const text = node.nodeValue ?? '';
      append(top.measure, text.length, text.length - text.trimStart().length, text.length - text.trimEnd().length);
    } else if (node.nodeType === 1) {
      open(node as Element);
    }
  }
  return { measures, inOrder };
}

function paragraphScore(m: TextMeasure): number {
  const length = trimmedLength(m);
  if (length < MIN_PARAGRAPH) return 0;
  return Math.max(0, length - 2 * m.linked);
}
