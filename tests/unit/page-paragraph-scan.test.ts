import { describe, expect, it } from 'vitest';
import { parsePage } from '../fixtures/pages/load-page';
import { isStoryLength, longInOneArticle, ParagraphScan } from '../../utils/page/paragraph-scan';

const prose = (i: number) =>
  `<p>Paragraph ${i}: the ferry operators and the harbour board met again on Thursday evening, and the talks ran late into the night.</p>`;
const label = '<p>Share this story</p>';

/** Counts, for each <p> under `root`, how often its text is read from now on. */
function countTextReads(root: Document | Element): Map<Element, number> {
  const reads = new Map<Element, number>();
  for (const p of Array.from(root.getElementsByTagName('p'))) {
    const text = p.textContent;
    Object.defineProperty(p, 'textContent', {
      get: () => {
        reads.set(p, (reads.get(p) ?? 0) + 1);
        return text;
      },
    });
  }
  return reads;
}
const totalOf = (reads: Map<Element, number>) => [...reads.values()].reduce((sum, n) => sum + n, 0);

describe('ParagraphScan', () => {
  it('reads only as far as it is asked, then picks up where it stopped', () => {
    const doc = parsePage(`<body>${Array.from({ length: 40 }, (_, i) => prose(i) + label).join('')}</body>`);
    const scan = new ParagraphScan(doc, ['p']).readUntil(isStoryLength);
    expect(isStoryLength(scan)).toBe(true);
    expect(scan.complete).toBe(false);
    expect(scan.long).toBeLessThan(40);

    scan.readAll();
    expect(scan.complete).toBe(true);
    expect(scan.long).toBe(40);
    expect(scan.longParagraphs).toHaveLength(40);
    expect(scan.longChars).toBe(Array.from({ length: 40 }, (_, i) => /<p>(.*)<\/p>/.exec(prose(i))?.[1]?.length ?? 0).reduce((a, b) => a + b));
  });

  it('ends complete on a page without enough prose, with the exact counts', () => {
    const scan = new ParagraphScan(parsePage(`<body>${prose(1)}${label}${prose(2)}</body>`), ['p']).readUntil(isStoryLength);
    expect(scan.complete).toBe(true);
    expect(scan.long).toBe(2);
  });

  it('counts a <div> only when it is a paragraph (its own text, no blocks inside)', () => {
    const div = `<div>A paragraph written as a div, as some sites do, long enough to be prose rather than a label.</div>`;
    const wrapper = `<div><p>${'Words of the story that sit in a paragraph of their own inside the wrapper, long enough. '}</p></div>`;
    const scan = new ParagraphScan(parsePage(`<body>${div}${wrapper}</body>`), ['p', 'div']).readAll();
    expect(scan.long).toBe(2);
  });

  it('stops at 400 paragraphs however many the page has', () => {
    const scan = new ParagraphScan(parsePage(`<body>${Array.from({ length: 450 }, (_, i) => prose(i)).join('')}</body>`), ['p']).readAll();
    expect(scan.complete).toBe(true);
    expect(scan.long).toBe(400);
  });

  it('stops reading text after a million characters', () => {
    const huge = `<p>${'word '.repeat(120_000)}</p>`;
    const scan = new ParagraphScan(parsePage(`<body>${huge}${huge}${prose(1)}</body>`), ['p']).readAll();
    expect(scan.complete).toBe(true);
    // The first 600,000 characters are read; the second paragraph goes over the budget, and nothing after it is read.
    expect(scan.long).toBe(1);
    expect(scan.longChars).toBe(599_999);
  });

  it('finds the most long paragraphs one <article> holds', () => {
    const card = (n: number) => `<article>${Array.from({ length: n }, (_, i) => prose(i)).join('')}</article>`;
    const scan = new ParagraphScan(parsePage(`<body>${card(1)}${card(4)}${card(2)}${prose(9)}</body>`), ['p']);
    expect(longInOneArticle(scan, 10)).toBe(4);
    expect(longInOneArticle(scan, 3)).toBe(3);
  });

  it('counts each paragraph for its nearest <article>, not for an <article> around the cards', () => {
    const card = (i: number) => `<article>${prose(i)}</article>`;
    const scan = new ParagraphScan(parsePage(`<body><article>${Array.from({ length: 6 }, (_, i) => card(i)).join('')}</article></body>`), ['p']);
    expect(longInOneArticle(scan, 10)).toBe(1);
  });

  it('reads only the paragraphs inside the <article>s, each one once', () => {
    const card = (i: number) => `<article>${prose(i)}${prose(i + 1)}</article>`;
    const doc = parsePage(`<body>${prose(0)}<article>${card(1)}${card(3)}</article>${prose(5)}${prose(6)}</body>`);
    const reads = countTextReads(doc);
    expect(longInOneArticle(new ParagraphScan(doc, ['p']), 10)).toBe(2);
    const outside = Array.from(doc.getElementsByTagName('p')).filter((p) => !p.closest('article'));
    expect(outside).toHaveLength(3);
    expect(outside.map((p) => reads.get(p) ?? 0)).toEqual([0, 0, 0]);
    // The four paragraphs of the nested cards are read with the outer <article>, not again with their own.
    expect([...reads.values()]).toEqual([1, 1, 1, 1]);
  });

  it('reads nothing in the later <article>s once their shared budget is spent', () => {
    const huge = `<p>${'The harbour board met again. '.repeat(20_000)}</p>`;
    const doc = parsePage(`<body><article>${huge}${huge}</article><article>${prose(1)}${prose(2)}${prose(3)}</article></body>`);
    const reads = countTextReads(doc.getElementsByTagName('article')[1]!);
    // The second huge paragraph takes the text read past its cap: the stories after it are not read.
    expect(longInOneArticle(new ParagraphScan(doc, ['p']), 3)).toBe(1);
    expect(totalOf(reads)).toBe(0);
  });

  it('reads a thousand nested <article>s within one budget, crediting each paragraph to its own', () => {
    const nested = `<article>${prose(0)}`.repeat(1000) + '</article>'.repeat(1000);
    const doc = parsePage(`<body>${nested}</body>`);
    const reads = countTextReads(doc);
    expect(longInOneArticle(new ParagraphScan(doc, ['p']), 3)).toBe(1);
    expect(totalOf(reads)).toBe(400);
  });
});
