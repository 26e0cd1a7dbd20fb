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
  /** Decayed scores: who holds the story most tightly. */
  const scores = new Map<Element, number>();
  /** Undecayed paragraph scores of each element's whole subtree (the element's own included). */
  const content = new Map<Element, number>();
  const candidates = elementsByTag(doc, ...PARAGRAPH_TAGS);
  let n = 0;
  for (const p of candidates) {
    if (!isParagraph(p)) continue;
    if (++n > MAX_PARAGRAPHS) break;
    const score = paragraphScore(p);
    if (score === 0) continue;
    let ancestor = p.parentElement;
    for (const share of ANCESTOR_SHARES) {
      if (!ancestor) break;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score * share);
      ancestor = ancestor.parentElement;
    }
    for (let el: Element | null = p; el; el = el.parentElement) content.set(el, (content.get(el) ?? 0) + score);
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

function paragraphScore(p: Element): number {
  const text = (p.textContent ?? '').trim();
  if (text.length < MIN_PARAGRAPH) return 0;
  let linked = 0;
  for (const a of elementsByTag(p, 'a')) linked += (a.textContent ?? '').trim().length;
  return Math.max(0, text.length - 2 * linked);
}
