/**
 * Direct quotes: which tokens stand inside double quote marks, and the quoted words of a
 * sentence. Cues inside a quote are the speaker's own words ("“I said no,” she recalled"),
 * not attributions made by the article.
 */
import type { Token } from './tokens';

const OPENING = new Set(['“', '„', '«', '``']);
/** Marks that open or close depending on position. */
const TOGGLES = new Set(['"', '‟', "''"]);
const CLOSING = new Set(['”', '»']);

/** 1 for each token inside a quotation (the quote marks themselves included). */
export function quotedMask(tokens: Token[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  let open = -1;
  // End of the last filled stretch: a closing mark without an opening one fills only from there.
  let filled = 0;
  tokens.forEach((t, i) => {
    if (t.kind !== 'q') return;
    const opens = OPENING.has(t.text) || (TOGGLES.has(t.text) && open < 0);
    if (opens && open < 0) {
      open = i;
      return;
    }
    if (CLOSING.has(t.text) || TOGGLES.has(t.text)) {
      // A closing mark with no opening one: the sentence began inside a quote.
      mask.fill(1, open < 0 ? filled : open, i + 1);
      filled = i + 1;
      open = -1;
    }
  });
  if (open >= 0) mask.fill(1, open);
  return mask;
}

/** The quoted words of a sentence, joined by an ellipsis when there are several passages. */
export function quotedText(sentence: string, tokens: Token[], mask: Uint8Array): string | undefined {
  const parts: string[] = [];
  let from = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const inside = i < tokens.length && mask[i] === 1 && tokens[i]!.kind !== 'q';
    if (inside && from < 0) from = i;
    if (!inside && from >= 0) {
      const text = sentence.slice(tokens[from]!.start, tokens[i - 1]!.end).replace(/(?<![,\s])[,\s]+$/, '');
      if (text.split(/\s+/).length >= 2 || parts.length === 0) parts.push(text);
      from = -1;
    }
  }
  const out = parts.filter(Boolean).join(' … ');
  return out || undefined;
}
