/**
 * Extraction as pausable steps, the text budget, and pages that nest paragraphs deeply:
 * the pieces that keep the page side bounded. Invented pages only.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../fixtures/pages/load-page';
import { MAX_ANALYSED_CHARS } from '../../utils/analysis/text-budget';
import { extractArticle, extractArticleSteps } from '../../utils/page/extract';
import { detectArticlePage } from '../../utils/page/page-type';
import { leadingSpace, normaliseSpace, trailingSpace, trimmedLength } from '../../utils/page/text';

const sentence = (i: number) =>
  `Paragraph ${i}: the harbour board of Westmere said on Tuesday that the sea wall, built in 1931, had moved again overnight.`;

const storyPage = (paragraphs: number, extraHead = '') =>
  `<html><head><title>Sea wall moves again - Westmere Courier</title><meta property="og:type" content="article">${extraHead}</head>` +
  `<body><nav><a href="/">Home</a></nav><article><h1>Sea wall moves again</h1>${Array.from(
    { length: paragraphs },
    (_, i) => `<p>${sentence(i)} <a href="/r${i}">A report</a> followed.</p>`,
  ).join('')}<div class="related-links"><a href="/x">Another story about the harbour and its wall</a></div></article></body></html>`;

describe('extractArticleSteps', () => {
  it('pauses during a long walk and ends with the same result as extractArticle', () => {
    const url = 'https://westmere.example/2031/05/06/sea-wall';
    const steps = extractArticleSteps(parsePage(storyPage(600)), url);
    let pauses = 0;
    let next = steps.next();
    while (!next.done) {
      pauses++;
      next = steps.next();
    }
    // One pause after the metadata, and more inside the walks over 600 paragraphs (within the text budget).
    expect(pauses).toBeGreaterThan(3);
    expect(next.value).toEqual(extractArticle(parsePage(storyPage(600)), url));
    expect(next.value.paragraphs).toHaveLength(600);
    expect(next.value.paragraphs[1]).toBe(`${sentence(1)} A report followed.`);
  });
});

describe('the text budget', () => {
  it('reads paragraphs in order up to about MAX_ANALYSED_CHARS characters, and no further', () => {
    const paragraphs = Math.ceil((2 * MAX_ANALYSED_CHARS) / sentence(0).length);
    const { paragraphs: read } = extractArticle(parsePage(storyPage(paragraphs)), 'https://westmere.example/a');
    const total = read.reduce((n, p) => n + p.length, 0);
    expect(total).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(total).toBeGreaterThan(MAX_ANALYSED_CHARS * 0.95);
    expect(read[0]).toBe(`${sentence(0)} A report followed.`);
    expect(read.slice(0, -1).every((p, i) => p === `${sentence(i)} A report followed.`)).toBe(true);
  });

  it('cuts one huge text node to the budget instead of reading all of it', () => {
    const huge = 'The wall moved again, the board said. '.repeat(300_000);
    const html = `<html><body><article><p>${huge}</p><p>${sentence(1)}</p></article></body></html>`;
    const { paragraphs } = extractArticle(parsePage(html), 'https://westmere.example/b');
    expect(paragraphs).toEqual([huge.slice(0, MAX_ANALYSED_CHARS).trim()]);
  });
});

describe('deeply nested paragraphs', () => {
  // Unclosed tags: each <p> holds all the ones after it, thousands deep.
  const nested = (depth: number) =>
    `<html><head><meta property="og:type" content="article"></head><body><article>${`<p>${sentence(0)} <b><i>`.repeat(depth)}</article></body></html>`;

  it('extracts the nested paragraphs once each (the text of the innermost, not every nested copy)', () => {
    const { paragraphs } = extractArticle(parsePage(nested(3_000)), 'https://westmere.example/c');
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
    expect(paragraphs.every((p) => p.startsWith('Paragraph 0'))).toBe(true);
  });

  it('lets the gate judge such a page', () => {
    const verdict = detectArticlePage(parsePage(nested(3_000)), 'https://westmere.example/2031/05/06/c');
    expect(verdict.isArticle, verdict.reason).toBe(true);
  });

  it('finds the story at the bottom of 20,000 nested wrappers', () => {
    const html = `<html><body>${'<div>'.repeat(20_000)}<p>${sentence(1)}</p><p>${sentence(2)}</p><p>${sentence(3)}</p>${'</div>'.repeat(20_000)}</body></html>`;
    expect(extractArticle(parsePage(html), 'https://westmere.example/d').paragraphs).toEqual([sentence(1), sentence(2), sentence(3)]);
  });
});

describe('white space helpers', () => {
  it('measure what trim() removes without copying, and normalise as the replacement does', () => {
    for (const text of ['', '   ', ' \u00a0a b\t\n', '\ufeffword\u3000', 'no space', '\u200bzero width\u200b']) {
      expect(leadingSpace(text)).toBe(text.length - text.trimStart().length);
      expect(trailingSpace(text)).toBe(text.length - text.trimEnd().length);
      expect(trimmedLength(text)).toBe(text.trim().length);
      expect(normaliseSpace(text)).toBe(text.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim());
    }
  });
});
