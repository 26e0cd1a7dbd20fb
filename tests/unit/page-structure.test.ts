import { describe, expect, it } from 'vitest';
import { parsePage } from '../fixtures/pages/load-page';
import { recordQueries } from '../fixtures/pages/record-queries';
import { articleMarks, hasForumMicrodata, linkedHeadingCount, topHeadings } from '../../utils/page/page-structure';

const page = (body: string, head = '') => parsePage(`<html><head>${head}</head><body>${body}</body></html>`);

describe('page structure', () => {
  it.each([
    ['<span class="byline">By Ada Quill</span>', true],
    ['<div class="c-ArticleByline__name">Ada Quill</div>', true],
    ['<a rel="author" href="/people/ada-quill">Ada Quill</a>', true],
    ['<a rel="Author" href="/people/ada-quill">Ada Quill</a>', true],
    ['<span itemprop="author">Ada Quill</span>', true],
    ['', true, '<link rel="author" href="/people/ada-quill">'],
    ['<div class="skyline-banner">The harbour at dusk</div><div class="storyline">Part two</div>', false],
    ['<span class="author-note">Notes</span>', false],
    ['<span itemprop="authorship">Notes</span><a rel="coauthor" href="/x">x</a>', false],
  ])('finds a byline in %s: %s', (body, expected, head = '') => {
    expect(articleMarks(page(body, head)).byline).toBe(expected);
  });

  it('looks at 200 byline classes at most, while an author mark counts wherever it is', () => {
    const skylines = '<div class="skyline">Dusk</div>'.repeat(250);
    expect(articleMarks(page(`${skylines}<span class="byline">By Ada Quill</span>`)).byline).toBe(false);
    expect(articleMarks(page(`${skylines}<span itemprop="author">Ada Quill</span>`)).byline).toBe(true);
  });

  it('counts permalinks, and tells a lone dated one', () => {
    const two = page('<a rel="bookmark" href="/2031/04/14/ferry">a</a><a rel="nofollow\tBookmark" href="/ferry-2">b</a><a href="/2031/04/x">c</a>');
    expect(articleMarks(two)).toMatchObject({ permalinks: 2, lonePermalinkDated: false });
    // A <link> is no permalink, even one the byline query brings along.
    const lone = page('<a rel="bookmark" href="/2031/04/14/ferry">a</a>', '<link rel="bookmark author" href="/2031/04/y">');
    expect(articleMarks(lone)).toMatchObject({ permalinks: 1, lonePermalinkDated: true, byline: true });
    expect(articleMarks(page('<a rel="bookmark" href="/ferries/harbour">a</a>')).lonePermalinkDated).toBe(false);
  });

  it('reads the words of rel and itemprop as a selector does', () => {
    expect(articleMarks(page('<span itemprop="headline\ndatePublished">14 April</span>')).publishedMicrodata).toBe(true);
    expect(articleMarks(page('<span itemprop="DatePublished">14 April</span>')).publishedMicrodata).toBe(false);
    // Only ASCII letters fold: a Kelvin sign is not a "k".
    expect(articleMarks(page('<a rel="bookmar\u212A" class="byline" href="/2031/04/14/ferry">a</a>')).permalinks).toBe(0);
  });

  it('gives the same answers on a page with more candidates than script is handed', () => {
    const comments = '<div class="comment"><span itemprop="author">Reader</span><a rel="bookmark" href="/c">#</a></div>'.repeat(1100);
    const marks = articleMarks(page(`${comments}<time itemprop="datePublished" datetime="2031-04-14">14 April</time>`));
    expect(marks).toEqual({ publishedMicrodata: true, byline: true, permalinks: 1100, lonePermalinkDated: false });
    const lone = articleMarks(page(`${'<span class="skyline">Dusk</span>'.repeat(2500)}<a rel="bookmark" href="/2031/04/14/ferry">a</a>`));
    expect(lone).toEqual({ publishedMicrodata: false, byline: false, permalinks: 1, lonePermalinkDated: true });
  });

  it('reads microdata for the publication date and for forums', () => {
    expect(articleMarks(page('<time itemprop="datePublished dateCreated" datetime="2031-04-14">14 April</time>')).publishedMicrodata).toBe(true);
    expect(articleMarks(page('<time itemprop="dateModified">14 April</time>')).publishedMicrodata).toBe(false);
    expect(hasForumMicrodata(page('<div itemscope itemtype="https://schema.org/QAPage"></div>'))).toBe(true);
    expect(hasForumMicrodata(page('<div itemscope itemtype="https://schema.org/NewsArticle"></div>'))).toBe(false);
  });

  it('reads every mark of an article in one query of the page', () => {
    const doc = page(
      '<span class="byline" itemprop="author">Ada Quill</span><time itemprop="datePublished" datetime="2031-04-14">14 April</time><a rel="bookmark" href="/2031/04/14/ferry">Ferry</a>',
    );
    const queries = recordQueries(doc, 'querySelectorAll');
    const firstMatches = recordQueries(doc, 'querySelector');
    expect(articleMarks(doc)).toEqual({ publishedMicrodata: true, byline: true, permalinks: 1, lonePermalinkDated: true });
    expect(queries).toHaveLength(1);
    expect(firstMatches).toEqual([]);
  });

  it('counts h2/h3 headings that hold a link, once each', () => {
    expect(linkedHeadingCount(page('<h2><a href="/a">A</a> and <a href="/b">B</a></h2><h3><span><a href="/c">C</a></span></h3><h2>Plain</h2><h1><a href="/">Site</a></h1>'))).toBe(2);
  });

  it('gives the first h1/h2 headings in document order', () => {
    expect(topHeadings(page('<h2>Second</h2><h3>Skipped</h3><h1>First</h1><h2>Third</h2><h1>Fourth</h1>'), 3)).toEqual(['Second', 'First', 'Third']);
  });
});
