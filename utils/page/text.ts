/** Small text helpers shared by the page-type gate, the extractor and the meta reader. */

/** Collapses every run of white space (including no-break and zero-width spaces) into one space and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

/** The element's text with white space normalised (textContent: works without layout, in linkedom too). */
export function textOf(el: Element): string {
  return normaliseSpace(el.textContent ?? '');
}
