import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findSentenceRange, findSentenceSpan, foldText, type TextSpan } from '../../utils/highlight/find-sentence';

function page(body: string): Document {
  return parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).document as unknown as Document;
}

/** The page text a span covers, as a reader would select it. */
function spanText(doc: Document, span: TextSpan): string {
  const texts: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) texts.push(node as Text);
    node.childNodes.forEach(walk);
  };
  walk(doc.body);
  const from = texts.indexOf(span.startNode);
  const to = texts.indexOf(span.endNode);
  if (from === to) return span.startNode.data.slice(span.startOffset, span.endOffset);
  return [
    span.startNode.data.slice(span.startOffset),
    ...texts.slice(from + 1, to).map((t) => t.data),
    span.endNode.data.slice(0, span.endOffset),
  ].join('');
}

const ARTICLE = `
  <nav><p>Subscribe to the Harbourside Ledger newsletter.</p></nav>
  <article>
    <p>The Millbrook council voted on Tuesday to close the old ferry pier.</p>
    <p>“We had no other choice,” said  Councillor Ottilie   Varga, who chairs the works committee.
       The pier had been <a href="/x">closed to foot traffic</a> since the spring storms.</p>
    <script>var teaser = "said Councillor Ottilie Varga";</script>
    <p>An engineer familiar with the survey, who asked not to be named because the report
       is not yet public, said the pilings were <em>beyond</em> repair.</p>
  </article>`;

describe('findSentenceSpan', () => {
  it('finds a sentence whose quotes and spacing differ from the extracted text', () => {
    const doc = page(ARTICLE);
    const sentence = '"We had no other choice," said Councillor Ottilie Varga, who chairs the works committee.';
    const span = findSentenceSpan(doc, sentence);
    expect(span).not.toBeNull();
    expect(spanText(doc, span!)).toBe('“We had no other choice,” said  Councillor Ottilie   Varga, who chairs the works committee.');
  });

  it('finds a sentence that runs across inline elements and line breaks', () => {
    const doc = page(ARTICLE);
    const sentence =
      'An engineer familiar with the survey, who asked not to be named because the report is not yet public, said the pilings were beyond repair.';
    const span = findSentenceSpan(doc, sentence);
    expect(span?.startNode.data.startsWith('An engineer')).toBe(true);
    expect(span?.endNode.data).toBe(' repair.');
    expect(spanText(doc, span!).replace(/\s+/g, ' ')).toBe(sentence);
  });

  it('does not look inside scripts', () => {
    const doc = page('<p>Nothing here.</p><script>var s = "Councillor Ottilie Varga spoke";</script>');
    expect(findSentenceSpan(doc, 'Councillor Ottilie Varga spoke')).toBeNull();
  });

  it('keeps words of adjacent blocks apart', () => {
    const doc = page('<p>The vote was close</p><p>Residents protested outside.</p>');
    expect(findSentenceSpan(doc, 'closeResidents')).toBeNull();
    expect(findSentenceSpan(doc, 'close Residents')).not.toBeNull();
  });

  it('falls back to the longest found beginning of at least eight words', () => {
    const doc = page(ARTICLE);
    // The page's sentence ends differently from the extracted one (e.g. a footnote marker).
    const sentence = 'The Millbrook council voted on Tuesday to close the old ferry pier [1] for good.';
    const span = findSentenceSpan(doc, sentence);
    expect(spanText(doc, span!)).toBe('The Millbrook council voted on Tuesday to close the old ferry pier');
  });

  it('gives up when fewer than eight words match', () => {
    const doc = page(ARTICLE);
    expect(findSentenceSpan(doc, 'The Millbrook council voted on Wednesday to keep the old ferry pier.')).toBeNull();
    expect(findSentenceSpan(doc, 'Short missing sentence.')).toBeNull();
    expect(findSentenceSpan(doc, '   ')).toBeNull();
  });

  it('uses the paragraph hint to choose among repeated sentences', () => {
    const repeated = 'The pier will be demolished before the summer season begins.';
    const doc = page(
      `<p>Intro paragraph one.</p><p>${repeated}</p><p>Middle paragraph.</p><p>Another one.</p><p>${repeated}</p>`,
    );
    const first = findSentenceSpan(doc, repeated, 1);
    const second = findSentenceSpan(doc, repeated, 4);
    const noHint = findSentenceSpan(doc, repeated);
    expect(first?.startNode).not.toBe(second?.startNode);
    expect(noHint?.startNode).toBe(first?.startNode);
    const paragraphs = [...doc.querySelectorAll('p')];
    expect(second?.startNode.parentNode).toBe(paragraphs[4]);
  });

  it('ignores hidden copies', () => {
    const doc = page('<div hidden><p>The harbour master resigned on Friday.</p></div><p>The harbour master resigned on Friday.</p>');
    const span = findSentenceSpan(doc, 'The harbour master resigned on Friday.');
    expect(span?.startNode.parentNode).toBe(doc.querySelectorAll('p')[1]);
  });

  it('handles a deeply nested page without recursion', () => {
    const depth = 20_000;
    const doc = page(`${'<span>'.repeat(depth)}Deep inside the page a sentence waits.${'</span>'.repeat(depth)}`);
    expect(findSentenceSpan(doc, 'Deep inside the page a sentence waits.')).not.toBeNull();
  });
});

describe('findSentenceRange', () => {
  it('sets the range to the span', () => {
    const doc = page(ARTICLE);
    const calls: unknown[][] = [];
    // linkedom's Range has no setStart/setEnd, so record what a browser's Range would be given.
    doc.createRange = () =>
      ({
        setStart: (...args: unknown[]) => calls.push(['start', ...args]),
        setEnd: (...args: unknown[]) => calls.push(['end', ...args]),
      }) as unknown as Range;
    const sentence = 'The Millbrook council voted on Tuesday to close the old ferry pier.';
    const range = findSentenceRange(doc, sentence, 0);
    const text = doc.querySelector('article p')!.firstChild;
    expect(range).not.toBeNull();
    expect(calls).toEqual([
      ['start', text, 0],
      ['end', text, sentence.length],
    ]);
    expect(findSentenceRange(doc, 'A sentence that is nowhere in this page at all, not even partly.')).toBeNull();
  });
});

describe('foldText', () => {
  it('folds spaces, quotes, dashes, case and zero-width characters', () => {
    expect(foldText('  «Oui» — ‘she’\u00a0SAID\u200b  “no”\n')).toBe('"oui" - \'she\' said "no"');
  });
});
