/**
 * Reading the paragraphs of the story out of its container(s), in document order:
 * <p>, <blockquote> and list items; headings, captions, furniture and credit lines left out.
 * Read-only: the document is never changed.
 */
import { hasFurnitureName, isBoilerplateText, isFurnitureElement, linkDensity } from './boilerplate';
import { normaliseSpace } from './text';

/** Elements read as one paragraph unless they hold blocks of their own. */
const TEXT_BLOCKS = new Set(['p', 'blockquote', 'li', 'dd']);
const BLOCKS = 'p, div, ul, ol, dl, blockquote, section, article, table, li';
/** A furniture-named element that holds more than this share of the story is the story after all. */
const STORY_SHARE = 0.5;

export function collectParagraphs(containers: Element[]): string[] {
  const storyLength = containers.reduce((n, el) => n + (el.textContent ?? '').length, 0);
  const out: string[] = [];
  const seen = new Set<string>();
  const emit = (el: Element) => {
    const text = normaliseSpace(el.textContent ?? '');
    if (!text || seen.has(text) || isBoilerplateText(text)) return;
    // Short, mostly linked lines are "read more" links and related-story lists.
    if (text.length < 200 && linkDensity(el, text.length) > 0.5) return;
    seen.add(text);
    out.push(text);
  };
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (isFurnitureElement(child)) continue;
      if (hasFurnitureName(child) && (child.textContent ?? '').length < storyLength * STORY_SHARE) continue;
      const tag = child.tagName.toLowerCase();
      if (tag === 'p') emit(child);
      else if (TEXT_BLOCKS.has(tag) && !child.querySelector(BLOCKS)) emit(child);
      else walk(child);
    }
  };
  for (const container of containers) {
    if (container.tagName.toLowerCase() === 'p') emit(container);
    else walk(container);
  }
  return out;
}
