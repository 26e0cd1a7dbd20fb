/**
 * Extraction as pausable steps, the text budget, and pages that nest paragraphs deeply:
 * the pieces that keep the page side bounded. Invented pages only.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../fixtures/pages/load-page';
import { MAX_ANALYSED_CHARS } from '../../utils/analysis/text-budget';
import { extractArticle, extractArticleSteps } from '../../utils/page/extract';
import { findMainContainersSteps } from '../../utils/page/main-container';
import { collectParagraphs, collectParagraphsSteps } from '../../utils/page/paragraphs';
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
    // The budget's worth of it, read as paragraphs of 20,000 characters at most; nothing after it.
    expect(paragraphs.join('').replace(/\s/g, '')).toBe(huge.slice(0, MAX_ANALYSED_CHARS).replace(/\s/g, ''));
    expect(Math.max(...paragraphs.map((p) => p.length))).toBeLessThanOrEqual(20_000);
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

/**
 * Counts reads of the named accessor properties of linkedom's nodes (patched on the prototype
 * that defines each, for `sample`'s kind of node) until `restore()`.
 */
function countReads(samples: Node[], properties: string[]): { count: number; restore(): void } {
  const counter = { count: 0, restore: () => {} };
  const restores: (() => void)[] = [];
  for (const property of properties) {
    for (const sample of samples) {
      let owner: object | null = sample;
      while (owner && !Object.getOwnPropertyDescriptor(owner, property)) owner = Object.getPrototypeOf(owner) as object | null;
      const descriptor = owner && Object.getOwnPropertyDescriptor(owner, property);
      const read = descriptor?.get;
      if (!owner || !descriptor || !read || counted.has(read)) continue;
      const get = function (this: Node) {
        counter.count++;
        return read.call(this) as unknown;
      };
      counted.add(get);
      Object.defineProperty(owner, property, { ...descriptor, get });
      const patched = owner;
      restores.push(() => Object.defineProperty(patched, property, descriptor));
    }
  }
  counter.restore = () => restores.reverse().forEach((restore) => restore());
  return counter;
}
const counted = new WeakSet<object>();

describe('work between two pauses', () => {
  // Hostile pages put 100,000 nodes side by side in one element; this one has 50,000 (and a furniture-named block, whose size check counts the story).
  const wide = (children: number) =>
    `<html><head><meta property="og:type" content="article"></head><body><article><h1>Sea wall moves again</h1>` +
    `<p class="byline">By Wren Halvorsen</p><p>${sentence(0)}</p><div>${'<i></i>'.repeat(children)}</div><p>${sentence(1)}</p>` +
    `<div class="related-links"><p>${sentence(2)} ${sentence(3)}</p></div></article></body></html>`;

  it('reads a bounded number of tree links in every step, however many children one element has', () => {
    const doc = parsePage(wide(50_000));
    const article = doc.querySelector('article');
    if (!article) throw new Error('no article');
    const reads = countReads([article, doc.createTextNode('')], ['firstChild', 'lastChild', 'nextSibling', 'previousSibling', 'parentNode']);
    try {
      const steps = extractArticleSteps(doc, 'https://westmere.example/2031/05/06/wide');
      let most = 0;
      let before = 0;
      let next = steps.next();
      for (; !next.done; next = steps.next()) {
        most = Math.max(most, reads.count - before);
        before = reads.count;
      }
      most = Math.max(most, reads.count - before);
      // About a thousand nodes between two pauses, each read through a few links (listing 50,000 children at once reads 100,000).
      expect(most).toBeLessThan(10_000);
      // The related-links block is small beside the story: furniture.
      expect(next.value.paragraphs).toEqual([sentence(0), sentence(1)]);
    } finally {
      reads.restore();
    }
  });

  it("counts the story's text only as far as a byline's size check needs", () => {
    const paragraphs = 500;
    const doc = parsePage(storyPage(paragraphs).replace('<h1>', '<p class="byline">By Wren Halvorsen</p><h1>'));
    const article = doc.querySelector('article');
    if (!article) throw new Error('no article');
    const textNodes = doc.createTextNode('');
    const reads = countReads([textNodes], ['nodeValue']);
    try {
      expect(collectParagraphs([article])).toHaveLength(paragraphs);
    } finally {
      reads.restore();
    }
    // Each text node of the story read once, and a few more to see that the byline is small beside it.
    const storyTextNodes = 3 * paragraphs + 4;
    expect(reads.count).toBeLessThan(storyTextNodes + 10);
  });
});

describe('white space helpers', () => {
  /** What normaliseSpace did before it skipped the runs that are one space already: the oracle. */
  const replacingEveryRun = (text: string) => text.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();

  it('measure what trim() removes without copying, and normalise as the replacement does', () => {
    for (const text of ['', '   ', ' \u00a0a b\t\n', '\ufeffword\u3000', 'no space', '\u200bzero width\u200b']) {
      expect(leadingSpace(text)).toBe(text.length - text.trimStart().length);
      expect(trailingSpace(text)).toBe(text.length - text.trimEnd().length);
      expect(trimmedLength(text)).toBe(text.trim().length);
      expect(normaliseSpace(text)).toBe(replacingEveryRun(text));
    }
  });

  it('collapses each run of white space into one space, as the replacement of every run does', () => {
    // Every string of up to four characters over an alphabet of letters and each kind of white space.
    const alphabet = ['a', ' ', '\n', '\t', '\u00a0', '\u200b', '\u2028', '\ufeff', '\u3000'];
    let texts = [''];
    for (let length = 1; length <= 4; length++) {
      texts = texts.flatMap((text) => alphabet.map((c) => text + c));
      for (const text of texts) {
        expect(normaliseSpace(text), JSON.stringify(text)).toBe(replacingEveryRun(text));
      }
    }
    const wrapped = 'A hard-wrapped paragraph\nruns on  over lines,\n   indented, with a\u00a0no-break space. ';
    expect(normaliseSpace(wrapped)).toBe('A hard-wrapped paragraph runs on over lines, indented, with a no-break space.');
  });
});

describe('reading stops where the text budget does', () => {
  it('does not read on past the paragraph the budget cut, however many follow', () => {
    const filler = `<p>${'A long opening paragraph about the harbour board and its ferry contracts. '.repeat(Math.ceil((MAX_ANALYSED_CHARS - 30) / 75)).slice(0, MAX_ANALYSED_CHARS - 30)}</p>`;
    const short = Array.from({ length: 20_000 }, (_, i) => `<p>Short paragraph number ${i} about the harbour.</p>`).join('');
    const container = parsePage(`<html><body><main>${filler}${short}</main></body></html>`).getElementsByTagName('main')[0]!;
    const steps = collectParagraphsSteps([container]);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    // 20,000 paragraphs are 40,000 nodes, 40 pauses if read to the end; the budget is spent in the
    // first few (the long opening paragraph is read in pieces of 20,000 characters, a pause after each).
    expect(pauses).toBeLessThan(8);
    expect(next.value.join('').length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });
});

describe('the container search pauses by work done, across its nested walks', () => {
  it('pauses within a thousand candidates when each one has a subtree to measure', () => {
    const paragraph = (i: number) => `<p>Paragraph ${i} of the ferry story. ${'<b>bold</b> '.repeat(50)}</p>`;
    const doc = parsePage(`<html><body><main>${Array.from({ length: 3_000 }, (_, i) => paragraph(i)).join('')}</main></body></html>`);
    const steps = findMainContainersSteps(doc);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    // Each paragraph's subtree is about 150 nodes: 3,000 of them are ~450,000 nodes, not three steps' worth.
    expect(pauses).toBeGreaterThan(100);
    expect(next.value.map((el) => el.localName)).toEqual(['main']);
  });
});

describe('paragraphs of text alone and paragraphs with markup', () => {
  it('are measured alike: text length between the first and last characters that are not white space', () => {
    const pad = ' \n\t'.repeat(60);
    // Text alone, padded with white space and split by a long comment: 20 characters, too short to be
    // prose (counting the padding or the comment would make this section hold the most).
    const padded = (i: number) => `<p>${pad}Berth ${i} shut<!--${' moved'.repeat(30)} --> today.${pad}</p>`;
    // Paragraphs with markup: 60 characters of text each.
    const marked = (i: number) => `<p>Harbour notice ${i}: <b>the</b> slipway reopens on Monday at dawn.</p>`;
    const doc = parsePage(
      `<html><body><section id="padded">${[1, 2, 3].map(padded).join('')}</section>` +
        `<section id="marked">${[1, 2, 3].map(marked).join('')}</section></body></html>`,
    );
    const steps = findMainContainersSteps(doc);
    let next = steps.next();
    while (!next.done) next = steps.next();
    expect(next.value.map((el) => el.id)).toEqual(['marked']);
  });
});

describe('a long block the budget cut and the story then threw away', () => {
  it('leaves its room, and the story after it is read', () => {
    const story = (i: number) => `<p>Councillor Bram Ostley said on Tuesday that paragraph ${i} of the harbour story was true.</p>`;
    // Not prose (no sentence ends): a data dump longer than the whole text budget.
    const dump = `<div>${'reading 12 14 17 19 22 25 27 '.repeat(Math.ceil(MAX_ANALYSED_CHARS / 29) + 100)}</div>`;
    const main = parsePage(`<html><body><main>${story(1)}${story(2)}${dump}${story(3)}${story(4)}</main></body></html>`).getElementsByTagName('main')[0]!;
    const paragraphs = collectParagraphs([main]);
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[3]).toContain('paragraph 4');
  });
});

describe('a paragraph longer than any real one', () => {
  const sentence = 'The harbour board met the ferry operators again on Thursday, and the talks ran late. ';

  it('is read as several paragraphs, with a pause between them', () => {
    const text = sentence.repeat(Math.ceil(60_000 / sentence.length));
    const main = parsePage(`<html><body><main><p>${text}</p></main></body></html>`).getElementsByTagName('main')[0]!;
    const steps = collectParagraphsSteps([main]);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(next.value.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...next.value.map((p) => p.length))).toBeLessThanOrEqual(20_000);
    expect(next.value.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(pauses).toBeGreaterThanOrEqual(2);
  });

  it('is read no further than the text budget, even when every piece of it is thrown away', () => {
    // Ten million characters with no letter in them: no piece is kept, so no piece uses up the budget.
    const main = parsePage(`<html><body><main><p>${'\u200b'.repeat(10_000_000)}</p></main></body></html>`).getElementsByTagName('main')[0]!;
    const steps = collectParagraphsSteps([main]);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(next.value).toEqual([]);
    expect(pauses).toBeLessThanOrEqual(Math.ceil(MAX_ANALYSED_CHARS / 20_000));
  });
});
