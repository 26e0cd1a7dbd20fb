import { describe, expect, it } from 'vitest';
import { MAX_ANALYSED_CHARS } from '../../utils/analysis/text-budget';
import { loadPage, parsePage } from '../fixtures/pages/load-page';
import { recordQueries } from '../fixtures/pages/record-queries';
import { extractArticle } from '../../utils/page/extract';
import { readArticleMeta, splitSiteTail, stripSiteName } from '../../utils/page/meta';
import { isBoilerplateText } from '../../utils/page/boilerplate';

const DEMO_URL = 'https://www.calderledger.example/2031/04/14/metro/transit-freight-deal-stalls.html?utm_source=feed#comments';

describe('extractArticle on the demo article', () => {
  const { meta, paragraphs } = extractArticle(loadPage('../demo-article.html'), DEMO_URL);
  const text = paragraphs.join('\n');

  it('keeps the story paragraphs in reading order', () => {
    expect(paragraphs).toHaveLength(18);
    expect(paragraphs[0]).toMatch(/^PORT CALDER — Negotiations between/);
    expect(paragraphs[3]).toMatch(/said Tomas R\. Okafor, the agency's director\. "Whoever pays/);
    expect(paragraphs.at(-1)).toMatch(/^The transit authority's board is scheduled to meet on May 6\./);
    const order = ['Mayor Elena Varga said', 'Two senior officials', 'A person briefed', 'did not respond'].map((s) => text.indexOf(s));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
  });

  it.each([
    ['photo caption', 'the corridor would be ready next year'],
    ['photo credit', 'Jonah Ferreira'],
    ['byline', 'Marisol Quenby'],
    ['dek', 'has run into disputes over cost and control'],
    ['related stories', 'five-year high'],
    ['reporting credit', 'contributed reporting'],
    ['newsletter box', 'in your inbox'],
    ['comments', 'Nobody is surprised'],
    ['footer', 'All rights reserved'],
    ['share bar', 'Print'],
    ['headline', 'Port Calder Transit Deal Stalls Over Freight Terms'],
  ])('leaves out the %s', (_, words) => {
    expect(text).not.toContain(words);
  });

  it('normalises white space', () => {
    expect(paragraphs.every((p) => p === p.trim() && !/\s{2,}|\n/.test(p))).toBe(true);
  });

  it('reads the metadata', () => {
    expect(meta).toEqual({
      url: DEMO_URL,
      canonicalUrl: 'https://www.calderledger.example/2031/04/14/metro/transit-freight-deal-stalls.html',
      site: 'calderledger.example',
      title: 'Port Calder Transit Deal Stalls Over Freight Terms',
      published: '2031-04-14T09:30:00-04:00',
    });
  });
});

describe('extractArticle on other layouts', () => {
  it('leaves out bylines, tag lists and site furniture around a story without metadata', () => {
    const { paragraphs } = extractArticle(loadPage('plain-article.html'), 'https://courier.example/news/ferry-strike');
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[0]).toMatch(/^Crews on the Wexmoor night ferry voted/);
    expect(paragraphs.join(' ')).not.toMatch(/Oona Birkett|Strikes|Harbour Street|Sport/);
  });

  it('uses a JSON-LD articleBody with paragraph breaks when the page shows only a teaser, without its credit line', () => {
    const { paragraphs, meta } = extractArticle(loadPage('json-ld-body.html'), 'https://valleyherald.example/news/orchard-award?ref=home');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[1]).toBe(
      'The cooperative\'s chair, Maren Holt, said the prize belonged to its forty member families. "Every one of them changed how they farm," she said.',
    );
    expect(paragraphs.join(' ')).not.toContain('Editing by');
    expect(meta.canonicalUrl).toBe('https://valleyherald.example/news/orchard-award');
    expect(meta.published).toBe('2031-09-02');
  });

  it('reads stories written as <div>s and <br>-separated text', () => {
    const html = `<html><body><div class="story">
      <div>The first paragraph of a story written without any p element, <a href="/x">with a link</a> in the middle of it.</div>
      <div>The second paragraph is here and it also reads like a sentence that a reporter wrote.</div>
      <div class="widget"><span>3 of 12</span></div>
      <div>Third part, line one of a br-separated block that older sites still publish today.<br><br>Fourth part, after a double line break, still inside the same block of text.</div>
    </div></body></html>`;
    const { paragraphs } = extractArticle(parsePage(html), 'https://courier.example/news/divs');
    expect(paragraphs).toEqual([
      'The first paragraph of a story written without any p element, with a link in the middle of it.',
      'The second paragraph is here and it also reads like a sentence that a reporter wrote.',
      'Third part, line one of a br-separated block that older sites still publish today.',
      'Fourth part, after a double line break, still inside the same block of text.',
    ]);
  });

  it('joins a story split into sibling blocks by ads and skips screen-reader-only text and scripts', () => {
    const block = (n: number) =>
      `<div class="wrap"><div class="body-part"><p>Paragraph ${n} of a story that is split into blocks, <a href="/r">a report<span class="sr-only">, opens new tab</span></a> says, with enough words to count.<script>track(${n})</script></p></div></div>`;
    const html = `<html><body><main>${block(1)}<div class="ad-slot">Advertisement</div>${block(2)}${block(3)}</main></body></html>`;
    const { paragraphs } = extractArticle(parsePage(html), 'https://courier.example/news/blocks');
    expect(paragraphs).toEqual([1, 2, 3].map((n) => `Paragraph ${n} of a story that is split into blocks, a report says, with enough words to count.`));
  });

  it('drops subheadings written as paragraphs, and keeps sentences, list items and embed attributions', () => {
    const html = `<html><body><article>
      <p>The ferry operator said on Monday that the night crossings would resume in the spring after repairs.</p>
      <p><strong>Crews respond</strong></p>
      <p>Council says the timetable will be published next week</p>
      <p><b>"We will be ready," the crew committee said in a short statement on Tuesday.</b></p>
      <p>The committee listed its demands:</p>
      <ul><li>Two crews on every late crossing</li><li>A rest break after six hours</li></ul>
      <blockquote><p>Back on the water in April, with two crews on every late boat.</p><p>— Tidewater Crossings (@tidewater) May 6, 2031</p></blockquote>
    </article></body></html>`;
    const { paragraphs } = extractArticle(parsePage(html), 'https://courier.example/news/ferry');
    expect(paragraphs).toEqual([
      'The ferry operator said on Monday that the night crossings would resume in the spring after repairs.',
      '"We will be ready," the crew committee said in a short statement on Tuesday.',
      'The committee listed its demands:',
      'Two crews on every late crossing',
      'A rest break after six hours',
      'Back on the water in April, with two crews on every late boat.',
      '— Tidewater Crossings (@tidewater) May 6, 2031',
    ]);
  });

  it('drops author biographies from the end of the story only', () => {
    const story = [
      'Marta Ilves is a reporter who has covered the harbour for years, and she was the first to ask about the contract, the mayor said.',
      'The council will publish the full contract on Friday, a week earlier than planned, after requests from several residents.',
      'Marta Ilves is a reporter covering transport and city hall for the Calder Ledger.',
      'Oskar Penn covers the port and the shipping industry for The Calder Ledger.',
    ];
    const html = `<html><body><article>${story.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const { paragraphs } = extractArticle(parsePage(html), 'https://calderledger.example/news/contract');
    expect(paragraphs).toEqual(story.slice(0, 2));
  });

  it('reads bare text in table cells when paragraphs give too little, without changing the document', () => {
    const doc = loadPage('table-layout-article.html');
    const before = doc.documentElement.outerHTML;
    const { paragraphs } = extractArticle(doc, 'https://calderpoint.example/news/logbooks');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[1]).toMatch(/^The keeper, Aldous Pryne, wrote an entry every night/);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('uses the JSON-LD the gate has read rather than searching the page for it again', () => {
    const doc = parsePage(
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"On the page"}</script></head><body>${'<p>The harbour board met again on Thursday evening, and the talks ran late into the night once more.</p>'.repeat(6)}</body></html>`,
    );
    const searched = recordQueries(doc, 'querySelectorAll');
    const { meta } = extractArticle(doc, 'https://a.example/x', [{ '@type': 'NewsArticle', headline: 'As the gate read it' }]);
    expect(meta.title).toBe('As the gate read it');
    expect(searched.filter((selector) => selector.includes('ld+json'))).toEqual([]);
  });

  it('never changes the document', () => {
    const doc = loadPage('../demo-article.html');
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, DEMO_URL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('copes with a hostile page: a huge paragraph full of quote marks, read no further than the text budget', () => {
    const huge = `${'word '.repeat(100_000)}${'“'.repeat(200_000)} ${'word '.repeat(200_000)}`;
    const html = `<html><head><title>${'x – '.repeat(50_000)}</title></head><body><article><p>${huge}</p><p class="${'a-'.repeat(50_000)}">Tail.</p></article></body></html>`;
    const { paragraphs } = extractArticle(parsePage(html), 'https://hostile.example/a');
    // Read in pieces of 20,000 characters at most, from its first 100,000 only. The repeated
    // pieces are kept once, and the room they leave lets the story's next paragraph be read.
    const read = huge.slice(0, MAX_ANALYSED_CHARS).replace(/\s+/g, ' ');
    const [first, ...rest] = paragraphs;
    expect(first?.length).toBeGreaterThan(10_000);
    expect(first!.length).toBeLessThanOrEqual(20_000);
    expect(read).toContain(first);
    expect(rest).toEqual(['Tail.']);
    expect(paragraphs.join('').length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });
});

describe('readArticleMeta', () => {
  const page = (head: string) => parsePage(`<html><head>${head}</head><body><h1>Heading One</h1></body></html>`);

  it('resolves a relative canonical link and falls back to og:url, then to the address without its hash', () => {
    expect(readArticleMeta(page('<link rel="canonical" href="/news/a.html">'), 'https://www.example.org/x?y=1#z').canonicalUrl).toBe(
      'https://www.example.org/news/a.html',
    );
    expect(readArticleMeta(page('<meta property="og:url" content="https://m.example.org/b">'), 'https://www.example.org/x').canonicalUrl).toBe(
      'https://m.example.org/b',
    );
    expect(readArticleMeta(page('<link rel="canonical" href="javascript:void(0)">'), 'https://www.example.org/x?y=1#z').canonicalUrl).toBe(
      'https://www.example.org/x?y=1',
    );
  });

  it('names the site by its host without www.', () => {
    expect(readArticleMeta(page(''), 'https://www.news.example.co.uk/a').site).toBe('news.example.co.uk');
  });

  it('takes the title from og:title, JSON-LD headline, the first h1, then <title>', () => {
    const logoHeading = parsePage(
      '<html><head><title>Ferry crews vote to strike - Courier</title></head><body><h1>Courier Online</h1><h1>Ferry crews vote</h1></body></html>',
    );
    expect(readArticleMeta(logoHeading, 'https://courier.example/a').title).toBe('Ferry crews vote to strike');
    const staleOg = parsePage('<html><head><meta property="og:title" content="Thanks for visiting"><title>Ferry crews vote to strike</title></head></html>');
    expect(readArticleMeta(staleOg, 'https://courier.example/a').title).toBe('Ferry crews vote to strike');
    expect(readArticleMeta(page('<meta property="og:title" content="From OG"><title>T</title>'), 'https://a.example/').title).toBe('From OG');
    expect(
      readArticleMeta(page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"From LD"}</script>'), 'https://a.example/')
        .title,
    ).toBe('From LD');
    expect(readArticleMeta(page('<title>T</title>'), 'https://a.example/').title).toBe('Heading One');
    const noHeading = parsePage('<html><head><title>Harbour News Today | The Calder Ledger</title></head><body></body></html>');
    expect(readArticleMeta(noHeading, 'https://calderledger.example/a').title).toBe('Harbour News Today');
  });

  it('reads the publication date from JSON-LD, article:published_time or <time datetime>', () => {
    const fromMeta = page('<meta property="article:published_time" content="2031-02-03T10:00:00Z">');
    expect(readArticleMeta(fromMeta, 'https://a.example/').published).toBe('2031-02-03T10:00:00Z');
    const fromTime = parsePage('<html><body><time datetime="2031-02-04">4 Feb</time></body></html>');
    expect(readArticleMeta(fromTime, 'https://a.example/').published).toBe('2031-02-04');
    const notADate = page('<meta property="article:published_time" content="yesterday">');
    expect(readArticleMeta(notADate, 'https://a.example/').published).toBeUndefined();
  });

  it('looks through the <time>s only when neither JSON-LD nor the head gives the date', () => {
    const doc = parsePage(
      '<html><head><meta property="article:published_time" content="2031-02-03T10:00:00Z"></head><body><time datetime="2030-01-01">then</time></body></html>',
    );
    const asked = recordQueries(doc, 'getElementsByTagName');
    expect(readArticleMeta(doc, 'https://a.example/').published).toBe('2031-02-03T10:00:00Z');
    expect(asked).not.toContain('time');
  });
});

describe('stripSiteName', () => {
  it.each([
    ['Transit Deal Stalls - The Calder Ledger', ['calderledger', 'The Calder Ledger'], 'Transit Deal Stalls'],
    ['Transit Deal Stalls | Metro | Calder', [], 'Transit Deal Stalls'],
    ['Review: Harbour bakery - shoots for the moon, lands nearby', ['calderledger'], 'Review: Harbour bakery - shoots for the moon, lands nearby'],
  ])('%s → %s', (title, names, expected) => {
    expect(stripSiteName(title, names)).toBe(expected);
  });

  it('splits a title exactly where the pattern it replaces would', () => {
    // The pattern backtracks for each character of a long run of spaces; on short titles it is the reference.
    const reference = /^(.{10,}?)\s+[-–—|·•:]\s+([^-–—|·•]{2,80})$/;
    const anything = ['a', 'B', 'é', ' ', ' ', ' ', '\t', '\n', '\u00a0', '-', '|', ':', '·', '–', '.'];
    const spaces = [' ', ' ', '\t', '\n', '\u00a0'];
    const tailish = ['a', 'B', ' ', ' ', ':', '\n'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const some = (from: string[], most: number) => Array.from({ length: Math.floor(random() * (most + 1)) }, () => from[Math.floor(random() * from.length)]).join('');
    for (let run = 0; run < 20_000; run++) {
      // Half of them shaped like "Headline - Site", with heads and tails around the lengths that decide.
      const title =
        run % 2 ? some(anything, 120) : `${some(anything, 24)}${some(spaces, 3)}${'-|:·–'[run % 5]}${some(spaces, 3)}${some(tailish, 90)}`;
      const expected = reference.exec(title);
      const split = splitSiteTail(title);
      expect(split ? [split.head, split.separator, split.tail] : 'no split', JSON.stringify(title)).toEqual(
        expected ? [expected[1], title.slice(expected[1]!.length).trim().charAt(0), expected[2]] : 'no split',
      );
    }
  });

  it('splits a title of a long run of spaces in linear time', () => {
    const title = `Transit Deal Stalls${' '.repeat(200_000)}- The Calder Ledger`;
    expect(splitSiteTail(title)).toEqual({ head: 'Transit Deal Stalls', separator: '-', tail: 'The Calder Ledger' });
    expect(splitSiteTail(`Transit${' '.repeat(200_000)}x`)).toBeUndefined();
  });
});

describe('isBoilerplateText', () => {
  it.each([
    'By Marisol Quenby and Desmond Achterberg',
    'Reporting by Ilse Moravec; Editing by Teodor Vance',
    'Desmond Achterberg contributed reporting from Wexmoor.',
    'With additional reporting by Oona Birkett',
    'Jonah Ferreira/Calder Ledger',
    'A train crosses the bridge. Credit...Jonah Ferreira for The Calder Ledger',
    '%Gallery-2291%',
    'Sign up for our newsletters to get the morning briefing in your inbox.',
    'Oona Birkett may be reached at the newsroom. Follow her on Twitter for updates.',
    '© 2031 The Calder Ledger. All rights reserved.',
  ])('drops "%s"', (text) => {
    expect(isBoilerplateText(text)).toBe(true);
  });

  it.each([
    'By early 2031, the harbour line was running at a loss, the agency said.',
    'By Tuesday, officials had agreed to reopen the bridge.',
    '"We will sign up every rider we can," Ms. Varga said.',
    'The report, first published in March, was credited to two auditors.',
  ])('keeps "%s"', (text) => {
    expect(isBoilerplateText(text)).toBe(false);
  });
});
