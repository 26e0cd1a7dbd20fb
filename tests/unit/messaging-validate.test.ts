import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AnalysisReport } from '../../utils/analysis/report';
import type { PageReport } from '../../utils/messaging/page-report';
import {
  LIMITS,
  isFromContentScript,
  isFromExtensionPage,
  validateContentToBackground,
  validateHighlightReply,
  validatePanelToContent,
} from '../../utils/messaging/validate';

const report: AnalysisReport = {
  isArticle: true,
  title: 'Ferry pier to close',
  sources: [
    {
      kind: 'named',
      name: 'Ottilie Varga',
      aliases: ['Ms. Varga'],
      description: 'councillor',
      mentions: [{ sentence: '"No choice," said Ottilie Varga.', paragraph: 1, quote: 'No choice,' }],
    },
    {
      kind: 'anonymous',
      description: 'an engineer familiar with the survey',
      anonymityReason: 'because the report is not yet public',
      mentions: [{ sentence: 'An engineer familiar with the survey said so.', paragraph: 2 }],
    },
  ],
  denials: [{ type: 'no_response', sentence: 'The ferry company did not respond.', paragraph: 3, by: 'The ferry company' }],
};

const article: PageReport = {
  status: 'article',
  meta: {
    url: 'https://ledger.example/2031/04/pier#top',
    canonicalUrl: 'https://ledger.example/2031/04/pier',
    site: 'ledger.example',
    title: 'Ferry pier to close',
    published: '2031-04-02',
  },
  report,
  analysedAt: 1_900_000_000_000,
};

const pageReport = (page: unknown) => ({ type: 'page-report', page });

describe('validateContentToBackground', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it.each<PageReport>([
    article,
    { status: 'not-article', url: 'http://ledger.example/', analysedAt: 1 },
    { status: 'disabled', url: 'https://ledger.example/a', site: 'ledger.example', analysedAt: 2 },
  ])('accepts a well-formed $status report as an equal copy', (page) => {
    const accepted = validateContentToBackground(pageReport(page));
    expect(accepted).toEqual(pageReport(page));
    expect(accepted?.page).not.toBe(page);
  });

  it('drops fields the protocol does not know', () => {
    const withExtras = { ...pageReport({ ...article, extra: 'x' }), sneaky: true };
    expect(validateContentToBackground(withExtras)).toEqual(pageReport(article));
  });

  const forged: Array<[string, unknown]> = [
    ['not an object', 'page-report'],
    ['an unknown type', { type: 'delete-history', page: article }],
    ['an unknown status', pageReport({ ...article, status: 'admin' })],
    ['a javascript: URL', pageReport({ status: 'not-article', url: 'javascript:alert(1)', analysedAt: 1 })],
    ['a non-numeric time', pageReport({ ...article, analysedAt: '2031' })],
    ['a wrong source kind', pageReport({ ...article, report: { ...report, sources: [{ kind: 'god', mentions: [] }] } })],
    [
      'a paragraph that is not an index',
      pageReport({ ...article, report: { ...report, denials: [{ ...report.denials[0], paragraph: -1 }] } }),
    ],
    ['a title too long', pageReport({ ...article, meta: { ...article.meta, title: 'x'.repeat(LIMITS.titleChars + 1) } })],
    [
      'a sentence too long',
      pageReport({
        ...article,
        report: { ...report, denials: [{ type: 'denial', sentence: 's'.repeat(LIMITS.sentenceChars + 1), paragraph: 0 }] },
      }),
    ],
    [
      'too many sources',
      pageReport({
        ...article,
        report: { ...report, sources: Array.from({ length: LIMITS.sources + 1 }, () => ({ kind: 'named', mentions: [] })) },
      }),
    ],
    [
      'a message over the size limit',
      pageReport({
        ...article,
        report: {
          ...report,
          denials: Array.from({ length: 500 }, () => ({ type: 'denial', sentence: 's'.repeat(4_500), paragraph: 0 })),
        },
      }),
    ],
    ['aliases that are not strings', pageReport({ ...article, report: { ...report, sources: [{ ...report.sources[0], aliases: [1] }] } })],
    ['a missing meta', pageReport({ ...article, meta: undefined })],
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
    ['a page report sent the wrong way', pageReport(article)],
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
