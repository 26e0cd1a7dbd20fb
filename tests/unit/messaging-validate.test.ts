import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ArticleMeta } from '../../utils/messaging/page-report';
import type { UnanalysedPageReport } from '../../utils/messaging/protocol';
import {
  LIMITS,
  isFromContentScript,
  isFromExtensionPage,
  validateContentToBackground,
  validateHighlightReply,
  validatePanelToContent,
} from '../../utils/messaging/validate';

const meta: ArticleMeta = {
  url: 'https://ledger.example/2031/04/pier#top',
  canonicalUrl: 'https://ledger.example/2031/04/pier',
  site: 'ledger.example',
  title: 'Ferry pier to close',
  published: '2031-04-02',
};
const paragraphs = ['"No choice," said Ottilie Varga.', 'The ferry company did not respond to requests for comment.'];

const articleText = (fields: Record<string, unknown> = {}) => ({ type: 'article-text', meta, paragraphs, ...fields });
const pageReport = (page: unknown) => ({ type: 'page-report', page });

describe('validateContentToBackground', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('accepts an article text as an equal copy', () => {
    const message = articleText();
    const accepted = validateContentToBackground(message);
    expect(accepted).toEqual(message);
    if (accepted?.type !== 'article-text') throw new Error('not article text');
    expect(accepted.paragraphs).not.toBe(paragraphs);
    expect(accepted.meta).not.toBe(meta);
  });

  it('accepts an article text of exactly the most the analyser reads', () => {
    const full = ['a'.repeat(LIMITS.articleChars / 2), 'b'.repeat(LIMITS.articleChars / 2)];
    expect(validateContentToBackground(articleText({ paragraphs: full }))).not.toBeNull();
  });

  it.each<UnanalysedPageReport>([
    { status: 'not-article', url: 'http://ledger.example/', analysedAt: 1 },
    { status: 'disabled', url: 'https://ledger.example/a', site: 'ledger.example', analysedAt: 2 },
  ])('accepts a well-formed $status report as an equal copy', (page) => {
    const accepted = validateContentToBackground(pageReport(page));
    expect(accepted).toEqual(pageReport(page));
    if (accepted?.type !== 'page-report') throw new Error('not a page report');
    expect(accepted.page).not.toBe(page);
  });

  it('drops fields the protocol does not know', () => {
    const withExtras = { ...articleText({ meta: { ...meta, extra: 'x' } }), sneaky: true };
    expect(validateContentToBackground(withExtras)).toEqual(articleText());
  });

  const forged: Array<[string, unknown]> = [
    ['not an object', 'article-text'],
    ['an unknown type', { type: 'delete-history', meta }],
    ['an unknown status', pageReport({ status: 'admin', url: 'https://ledger.example/', analysedAt: 1 })],
    [
      'an analysis made in the page (the background analyses)',
      pageReport({ status: 'article', meta, report: { isArticle: true, title: 'T', sources: [], denials: [] }, analysedAt: 1 }),
    ],
    ['a javascript: URL', pageReport({ status: 'not-article', url: 'javascript:alert(1)', analysedAt: 1 })],
    ['a javascript: canonical URL', articleText({ meta: { ...meta, canonicalUrl: 'javascript:alert(1)' } })],
    ['a non-numeric time', pageReport({ status: 'not-article', url: 'https://ledger.example/', analysedAt: '2031' })],
    ['a title too long', articleText({ meta: { ...meta, title: 'x'.repeat(LIMITS.titleChars + 1) } })],
    ['an empty site', articleText({ meta: { ...meta, site: '' } })],
    ['a missing meta', articleText({ meta: undefined })],
    ['paragraphs that are not a list', articleText({ paragraphs: 'one long string' })],
    ['a paragraph that is not a string', articleText({ paragraphs: ['Fine.', 42] })],
    ['more text than the analyser reads', articleText({ paragraphs: ['a'.repeat(LIMITS.articleChars), 'b'] })],
    ['too many paragraphs', articleText({ paragraphs: Array.from({ length: LIMITS.paragraphs + 1 }, () => 'Yes.') })],
    ['a message over the size limit', { ...articleText(), padding: 'x'.repeat(LIMITS.messageChars) }],
  ];

  it.each(forged)('rejects %s, and logs it', (_label, message) => {
    expect(validateContentToBackground(message)).toBeNull();
    expect(console.warn).toHaveBeenCalledOnce();
  });
});

describe('validatePanelToContent', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it.each([
    { type: 'highlight', sentence: 'A sentence.', paragraph: 3 },
    { type: 'clear-highlight' },
    { type: 'reanalyse' },
  ])('accepts $type', (message) => {
    expect(validatePanelToContent(message)).toEqual(message);
  });

  it.each<[string, unknown]>([
    ['a highlight without a paragraph', { type: 'highlight', sentence: 'A sentence.' }],
    ['a fractional paragraph', { type: 'highlight', sentence: 'A sentence.', paragraph: 1.5 }],
    ['an oversized sentence', { type: 'highlight', sentence: 'x'.repeat(LIMITS.sentenceChars + 1), paragraph: 0 }],
    ['a page report sent the wrong way', pageReport({ status: 'not-article', url: 'https://ledger.example/', analysedAt: 1 })],
    ['null', null],
  ])('rejects %s', (_label, message) => {
    expect(validatePanelToContent(message)).toBeNull();
    expect(console.warn).toHaveBeenCalledOnce();
  });
});

describe('validateHighlightReply', () => {
  it('accepts {found} and rejects anything else', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(validateHighlightReply({ found: true })).toEqual({ found: true });
    expect(validateHighlightReply({ found: 'yes' })).toBeNull();
    expect(validateHighlightReply(undefined)).toBeNull();
  });
});

describe('sender checks', () => {
  beforeEach(() => fakeBrowser.reset());

  const ownPage = () => fakeBrowser.runtime.getURL('/sidepanel.html');
  const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as never;

  it('knows a content script by its tab and web URL', () => {
    expect(isFromContentScript({ id: fakeBrowser.runtime.id, tab, url: 'https://ledger.example/a' })).toBe(true);
    expect(isFromContentScript({ id: 'another-extension', tab, url: 'https://ledger.example/a' })).toBe(false);
    expect(isFromContentScript({ id: fakeBrowser.runtime.id, url: 'https://ledger.example/a' })).toBe(false);
    expect(isFromContentScript({ id: fakeBrowser.runtime.id, tab: { ...(tab as object), id: -1 } as never })).toBe(false);
    // One of our own pages open in a tab is not a content script.
    expect(isFromContentScript({ id: fakeBrowser.runtime.id, tab, url: ownPage() })).toBe(false);
  });

  it('knows an extension page by our own origin', () => {
    expect(isFromExtensionPage({ id: fakeBrowser.runtime.id, url: ownPage() })).toBe(true);
    expect(isFromExtensionPage({ id: fakeBrowser.runtime.id, tab, url: ownPage() })).toBe(true);
    expect(isFromExtensionPage({ id: fakeBrowser.runtime.id, tab, url: 'https://ledger.example/a' })).toBe(false);
    expect(isFromExtensionPage({ id: 'another-extension', url: 'chrome-extension://another-extension/page.html' })).toBe(false);
    expect(isFromExtensionPage({ id: fakeBrowser.runtime.id })).toBe(false);
  });
});
