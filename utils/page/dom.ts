/**
 * DOM look-ups by tag name. getElementsByTagName walks the tree without a selector engine,
 * which matters under linkedom (the CLI), where every querySelector call compiles its selector
 * and walks the whole document; in browsers both are native and cheap.
 */

/** Elements with any of the tag names under `root`, grouped by tag (not in document order). */
export function elementsByTag(root: Document | Element, ...tags: string[]): Element[] {
  const out: Element[] = [];
  for (const tag of tags) {
    const found = root.getElementsByTagName(tag);
    for (let i = 0; i < found.length; i++) {
      const el = found[i];
      if (el) out.push(el);
    }
  }
  return out;
}

/** The nearest ancestor (or the element itself) with this tag name, like closest(tag) without a selector engine. */
export function closestTag(el: Element, tag: string): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.tagName.toLowerCase() === tag) return node;
  }
  return null;
}

/** The head's elements with this tag name (the whole document's when there is no head). */
export function headElements(doc: Document, tag: string): Element[] {
  return elementsByTag(doc.head ?? doc, tag);
}
