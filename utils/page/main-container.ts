/**
 * Finding the element(s) that hold the story: every paragraph gives its length (less the
 * linked part) to its parent and half to its grandparent; the best-scoring element wins,
 * with any sibling that scores nearly as well (stories split by ads or inline modules).
 */

const MIN_PARAGRAPH = 25;
/** Paragraphs scored at most: enough for any story, bounded for hostile pages. */
const MAX_PARAGRAPHS = 3000;
/** A sibling joins the winner when it scores at least this share of the winner's score. */
const SIBLING_SHARE = 0.2;

export function findMainContainers(doc: Document): Element[] {
  const scores = new Map<Element, number>();
  const paragraphs = doc.querySelectorAll('p');
  const n = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i];
    if (!p) continue;
    const score = paragraphScore(p);
    if (score === 0) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grandparent = parent.parentElement;
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2);
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
  const parent = best.parentElement;
  if (!parent) return [best];
  const floor = bestScore * SIBLING_SHARE;
  return Array.from(parent.children).filter((el) => el === best || (scores.get(el) ?? 0) >= floor);
}

function paragraphScore(p: Element): number {
  const text = (p.textContent ?? '').trim();
  if (text.length < MIN_PARAGRAPH) return 0;
  let linked = 0;
  if (p.querySelector('a')) {
    for (const a of p.querySelectorAll('a')) linked += (a.textContent ?? '').trim().length;
  }
  return Math.max(0, text.length - 2 * linked);
}
