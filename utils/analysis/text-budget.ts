/**
 * How much article text is read, shared by the analyser and the content script (which sends
 * no more than this to the background, so it never reads or copies more of a page).
 */

/**
 * The most text one analysis reads: about 30,000 words, longer than nearly any article.
 * A page built to be huge (megabytes in one paragraph, tens of thousands of paragraphs)
 * has its first stretch analysed instead of freezing the tab for seconds.
 */
export const MAX_ANALYSED_CHARS = 200_000;

/**
 * The most sentences one analysis reads. 200,000 characters of prose make about 2,500 (an
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
