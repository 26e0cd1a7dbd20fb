/** Small text helpers shared by the page-type gate, the extractor and the meta reader. */

/** Any white space but a single space between two other characters: what normaliseSpace changes. */
const UNNORMALISED = /[^\S ]|\u200b| {2}|^ | $/;
/**
 * The runs of white space (JavaScript's \s, which holds no-break spaces and line separators, and
 * zero-width spaces) that are not already one plain space. Each match costs the replacement far
 * more than a character scanned: a hard-wrapped paragraph has a line break in every dozen words
 * but a space between every two, and matching those spaces too made normalising a long story's
 * text take milliseconds.
 */
const SPACE_TO_COLLAPSE = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

/** Collapses every run of white space (including no-break and zero-width spaces) into one space and trims. */
export function normaliseSpace(text: string): string {
  // Most text needs no change, and the test is far cheaper than the replacement.
  if (!UNNORMALISED.test(text)) return text;
  return text.replace(SPACE_TO_COLLAPSE, ' ').trim();
}

/** The element's text with white space normalised (textContent: works without layout, in linkedom too). */
export function textOf(el: Element): string {
  return normaliseSpace(el.textContent ?? '');
}

/** The characters String.prototype.trim() removes (ECMAScript WhiteSpace and LineTerminator). */
function isTrimmedSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** How many characters trim() would remove from the start: the whole length when the text is all space. */
export function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && isTrimmedSpace(text.charCodeAt(i))) i++;
  return i;
}

/** How many characters trim() would remove from the end (the whole length when the text is all space). */
export function trailingSpace(text: string): number {
  let i = text.length;
  while (i > 0 && isTrimmedSpace(text.charCodeAt(i - 1))) i--;
  return text.length - i;
}

/** `text.trim().length` without copying the text (a text node can hold megabytes). */
export function trimmedLength(text: string): number {
  const lead = leadingSpace(text);
  return lead === text.length ? 0 : text.length - lead - trailingSpace(text);
}
