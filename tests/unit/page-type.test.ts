import { describe, expect, it } from 'vitest';
import { loadPage, parsePage } from '../fixtures/pages/load-page';
import { recordQueries } from '../fixtures/pages/record-queries';
import { typesOf } from '../../utils/page/json-ld';
import { detectArticlePage } from '../../utils/page/page-type';

describe('detectArticlePage', () => {
  it.each([
    ['../demo-article.html', 'https://www.calderledger.example/2031/04/14/metro/transit-freight-deal-stalls.html'],
    ['../demo-article.html', 'file:///home/reader/saved/demo-article.html'],
    ['plain-article.html', 'https://courier.example/news/2031/05/02/ferry-strike'],
    ['plain-article.html', 'file:///home/reader/saved/plain-article.html'],
    ['json-ld-body.html', 'https://valleyherald.example/news/orchard-award'],
  ])('takes %s at %s for an article', (name, url) => {
    const verdict = detectArticlePage(loadPage(name), url);
    expect(verdict.isArticle, verdict.reason).toBe(true);
  });

  it.each([
    ['home-page.html', 'https://www.calderledger.example/', 'home page URL'],
    ['forum-thread.html', 'https://baking.example/questions/4821/how-do-i-keep-sourdough-starter-alive', 'forum'],
    ['docs-page.html', 'https://tidekit.example/en/latest/config.html', 'documentation generator'],
    ['product-page.html', 'https://quayside.example/products/harbourline-rain-jacket-navy', 'og:type product'],
    ['bot-block.html', 'https://www.calderledger.example/2031/04/14/metro/transit-freight-deal-stalls.html', 'bot-block'],
  ])('rejects %s and says why', (name, url, why) => {
    const verdict = detectArticlePage(loadPage(name), url);
    expect(verdict.isArticle).toBe(false);
    expect(verdict.reason).toContain(why);
  });

  it('judges the shape of the tab address, not only the page', () => {
    const article = loadPage('plain-article.html');
    expect(detectArticlePage(article, 'https://courier.example/').isArticle).toBe(false);
    expect(detectArticlePage(article, 'https://courier.example/tag/ferries/').isArticle).toBe(false);
    expect(detectArticlePage(article, 'https://courier.example/sections/news/2031/05/02/ferry-strike').isArticle).toBe(true);
  });

  it('passes on the JSON-LD it read with an article verdict, for extraction to reuse', () => {
    const verdict = detectArticlePage(loadPage('json-ld-body.html'), 'https://valleyherald.example/news/orchard-award');
    expect(verdict.isArticle).toBe(true);
    expect(verdict.jsonLd?.flatMap(typesOf)).toEqual(['breadcrumblist', 'newsarticle']);
  });

  it('does not take a front page of <article> cards with long summaries for an article', () => {
    const summary = 'A summary of the story long enough to pass for running text, with a second clause about the harbour and the council vote.';
    const cards = Array.from(
      { length: 12 },
      (_, i) => `<article><h3><a href="/story-${i}">Headline number ${i}</a></h3><p>${summary}</p></article>`,
    ).join('');
    const doc = parsePage(`<html><head><title>Metro</title><meta property="og:type" content="article"></head><body>${cards}</body></html>`);
    expect(detectArticlePage(doc, 'https://courier.example/metro').isArticle).toBe(false);
  });

  it('does not take a blog index of full posts for one article', () => {
    const paragraph = '<p>We spent the weekend walking the old towpath from the harbour to the mill, and the weather held for once, which made a change.</p>';
    const post = (i: number) =>
      `<article><h2><a rel="bookmark" href="/2031/0${i}/01/post-${i}/">Post ${i}</a></h2><span class="byline">Ada</span>${paragraph.repeat(4)}</article>`;
    const doc = parsePage(`<html><head><title>Towpath Diaries</title></head><body>${[1, 2, 3, 4].map(post).join('')}</body></html>`);
    const verdict = detectArticlePage(doc, 'https://towpath.example/blog/');
    expect(verdict.isArticle, verdict.reason).toBe(false);
    expect(verdict.reason).toContain('posts with permalinks');
  });

  it('reads JSON-LD types nested in @graph and arrays, and ignores invalid blocks', () => {
    const body = Array.from({ length: 6 }, () => `<p>${'A sentence of running text about the harbour works. '.repeat(6)}</p>`).join('');
    const doc = parsePage(`<html><head>
      <script type="application/ld+json">{ this is not json</script>
      <script type="application/ld+json">[{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"],"headline":"x"}]}]</script>
      </head><body><main>${body}</main></body></html>`);
    const verdict = detectArticlePage(doc, 'https://courier.example/news/harbour-works');
    expect(verdict.isArticle).toBe(true);
    expect(verdict.reason).toContain('JSON-LD article');
  });

  it('counts <div> paragraphs when the metadata says article but there are no <p>s', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<div>Paragraph ${i} of the story, written in a div as some sites do, long enough to be prose rather than a label or a link.</div>`).join('');
    const html = `<html><head><meta property="og:type" content="article"></head><body><div class="story">${body}</div></body></html>`;
    const verdict = detectArticlePage(parsePage(html), 'https://courier.example/news/div-story');
    expect(verdict.isArticle, verdict.reason).toBe(true);
  });

  it('tells an error page from a story whose headline says "not found"', () => {
    const head = (title: string) => `<head><title>${title}</title><meta property="og:type" content="article"></head>`;
    const errorPage = parsePage(`<html>${head('Page Not Found | Calder Ledger')}<body><p>Sorry, we could not find that page.</p></body></html>`);
    expect(detectArticlePage(errorPage, 'https://calderledger.example/2031/04/14/missing').reason).toContain('error');

    const paragraph = '<p>Divers searched the estuary again on Tuesday, the coastguard said, and will resume at first light if the weather holds over the harbour.</p>';
    const story = parsePage(`<html>${head('Missing trawler still not found after third day')}<body><article>${paragraph.repeat(12)}</article></body></html>`);
    expect(detectArticlePage(story, 'https://calderledger.example/2031/04/14/missing-trawler').isArticle).toBe(true);
  });

  it('gets through a hostile page: a million quote marks, a JSON-LD block of slashes and spaces, a huge class list', () => {
    const jsonLd = `${'/'.repeat(100_000)}${' '.repeat(100_000)}]]>`;
    const html = `<html><head><title>${'“'.repeat(100_000)}</title><script type="application/ld+json">${jsonLd}</script></head>
      <body><div class="${'byline '.repeat(100_000)}"><p>${'“'.repeat(1_000_000)}</p></div></body></html>`;
    const verdict = detectArticlePage(parsePage(html), `https://hostile.example/${'a/'.repeat(50_000)}`);
    expect(verdict.isArticle).toBe(false);
  });

  it('leaves the document untouched', () => {
    const doc = loadPage('../demo-article.html');
    const before = doc.documentElement.outerHTML;
    detectArticlePage(doc, 'https://www.calderledger.example/');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('tells an error page by its first heading when its title is a plain one', () => {
    const html = '<html><head><title>Calder Ledger</title><meta property="og:type" content="article"></head><body><article><h1>Page not found</h1><p>Try the search box.</p></article></body></html>';
    expect(detectArticlePage(parsePage(html), 'https://calderledger.example/2031/04/14/missing').reason).toContain('error');
  });

  describe('asks the page only what can still change the answer', () => {
    /** The selectors the gate queries the document with (head look-ups included). */
    function queriesOf(html: string, url: string): { asked: string; isArticle: boolean } {
      const doc = parsePage(html);
      const asked = recordQueries(doc, 'querySelector', 'querySelectorAll');
      const { isArticle } = detectArticlePage(doc, url);
      return { asked: asked.join(' | '), isArticle };
    }
    const prose = '<p>The harbour board met the ferry operators again on Thursday, and the talks ran late into the evening.</p>';

    it('does not look for a byline on a page that could not reach the line with one', () => {
      // Two long paragraphs (no points), no <article>: the byline and a date could add two points, not three.
      const { asked, isArticle } = queriesOf(`<html><head></head><body>${prose.repeat(2)}<span class="byline">Ada</span></body></html>`, 'https://courier.example/ferries');
      expect(isArticle).toBe(false);
      expect(asked).not.toMatch(/author|yline|datePublished/);
    });

    it('short of the line, asks for the marks of an article, in one walk, before the marks of other kinds of page', () => {
      // A story's paragraphs and nothing else: without a date or a byline it cannot reach the line.
      const plain = queriesOf(`<html><head></head><body>${prose.repeat(16)}</body></html>`, 'https://courier.example/ferries');
      expect(plain.isArticle).toBe(false);
      expect(plain.asked.match(/datePublished/g)).toHaveLength(1);
      expect(plain.asked).toMatch(/datePublished.*yline/);
      expect(plain.asked).not.toMatch(/h1, h2|QAPage|h2, h3/);

      // With a byline it could pass, so the marks of other kinds of page are asked, and code rules it out.
      const codeHeavy = queriesOf(`<html><head></head><body>${prose.repeat(16)}${'<pre>make build</pre>'.repeat(12)}<span class="byline">Ada</span></body></html>`, 'https://courier.example/guide');
      expect(codeHeavy.isArticle).toBe(false);
      expect(codeHeavy.asked.match(/datePublished/g)).toHaveLength(1);
    });

    it('looks for the marks of other page kinds only on a page that would pass', () => {
      const short = queriesOf(`<html><head></head><body>${prose.repeat(16)}</body></html>`, 'https://courier.example/ferries');
      expect(short.isArticle).toBe(false);
      expect(short.asked).toContain('yline');
      expect(short.asked).not.toMatch(/QAPage/);

      const passing = queriesOf(`<html><head><meta property="og:type" content="article"></head><body><article>${prose.repeat(6)}</article></body></html>`, 'https://courier.example/ferries');
      expect(passing.isArticle).toBe(true);
      expect(passing.asked).toMatch(/QAPage/);
    });

    it('does not walk an article for a byline when it is over the line without one', () => {
      // og:type article and a story's paragraphs: no mark of another kind of page, so no byline or date is needed.
      const story = queriesOf(
        `<html><head><meta property="og:type" content="article"></head><body>${prose.repeat(6)}<span class="byline">Ada</span></body></html>`,
        'https://courier.example/ferries',
      );
      expect(story.isArticle).toBe(true);
      expect(story.asked).not.toMatch(/author|yline|datePublished/);
    });

    it('short of the line, first asks for the mark of an article whose absence settles it', () => {
      // One <article>, three paragraphs, no date in the head: without a date it cannot reach the line.
      const page = queriesOf(`<html><head></head><body><article>${prose.repeat(3)}</article></body></html>`, 'https://courier.example/ferries');
      expect(page.isArticle).toBe(false);
      expect(page.asked).toContain('datePublished');
      // Alone, the date is asked for by itself, not with the byline's marks.
      expect(page.asked).not.toMatch(/yline|h1, h2|QAPage|h2, h3/);
    });

    it('does not look for JSON-LD when the address and the head rule the page out whatever it says', () => {
      const jsonLd = '<script type="application/ld+json">{"@type":"Article","articleBody":"x"}</script>';
      const head = (generator: string) => `<head><meta name="generator" content="${generator}">${jsonLd}</head>`;
      const body = `<body><article>${prose.repeat(8)}<span class="byline">Ada</span></article></body>`;
      // A wiki's address and its generator: even an article node and a story's body could not lift it to the line.
      const wiki = queriesOf(`<html>${head('MediaWiki 1.46')}${body}</html>`, 'https://fenwiki.example/wiki/Harbour_board');
      expect(wiki.isArticle).toBe(false);
      expect(wiki.asked).not.toMatch(/ld\+json/);
      // The same page at a plain address could still pass, so its JSON-LD is read.
      const plain = queriesOf(`<html>${head('MediaWiki 1.46')}${body}</html>`, 'https://fenwiki.example/Harbour_board');
      expect(plain.asked).toMatch(/ld\+json/);
    });

    it('rules out a front page of cards without asking anything else of it', () => {
      const summary = '<p>A summary of the story long enough to pass for running text, with a clause about the harbour vote.</p>';
      const cards = Array.from({ length: 8 }, () => `<article><h3>Card</h3>${summary}</article>`).join('');
      const front = queriesOf(`<html><head></head><body>${cards}<span class="byline">Ada</span></body></html>`, 'https://courier.example/metro');
      expect(front.isArticle).toBe(false);
      expect(front.asked).not.toMatch(/bookmark|h1, h2|author|yline|datePublished|QAPage|h2, h3/);
    });
  });

  it('counts teaser headlines on a page of several <article>s when one of them holds a story', () => {
    const paragraph = '<p>The harbour board met the ferry operators again on Thursday, and the talks ran late into the evening at the pier.</p>';
    const cards = Array.from({ length: 6 }, (_, i) => `<article><h3><a href="/s${i}">Card ${i}</a></h3></article>`).join('');
    const teasers = Array.from({ length: 4 }, (_, i) => `<h2><a href="/t${i}">More ${i}</a></h2>`).join('');
    const html = `<html><head><title>Quay</title></head><body><article>${paragraph.repeat(4)}</article>${cards}${teasers}<span class="byline">By Ada</span></body></html>`;
    const verdict = detectArticlePage(parsePage(html), 'https://quay.example/2031/04/14/ferry');
    expect(verdict.reason).toContain('10 teaser headlines');
    expect(verdict.isArticle).toBe(false);
  });
});
