/**
 * How much article text is read, shared by the analyser and the content script (which sends
 * no more than this to the background, so it never reads or copies more of a page).
 */

/**
 * The most text one analysis reads: about 16,000 words, more than twice the longest article
 * in the dev corpus (about 44,000 characters) and longer than nearly any news story or
 * feature. A page built to be huge (megabytes in one paragraph, tens of thousands of
 * paragraphs) has its first stretch analysed, within the CLI's 200 ms per page, instead of
 * keeping the worker busy for seconds; a longer real article has its first 16,000 words read.
 */
export const MAX_ANALYSED_CHARS = 100_000;

/**
 * The most sentences one analysis reads. 100,000 characters of prose make about 1,300 (an
 * encyclopaedia-length article in the dev corpus has under 1,800); text that splits into far
 * more is a run of initials, a list or a page built to be hostile ("A. A. A. …" is 66,000
 * sentences), and each sentence costs the analyser several microseconds whatever its length.
 */
export const MAX_ANALYSED_SENTENCES = 5_000;

/** The paragraphs in order, up to MAX_ANALYSED_CHARS in all (the last one cut short). */
export function withinTextBudget(paragraphs: readonly string[]): string[] {
  const kept: string[] = [];
  let room = MAX_ANALYSED_CHARS;
  for (const paragraph of paragraphs) {
    if (room <= 0) break;
    kept.push(paragraph.length > room ? paragraph.slice(0, room) : paragraph);
    room -= paragraph.length;
  }
  return kept;
}
