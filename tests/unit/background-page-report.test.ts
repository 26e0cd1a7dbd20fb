import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { clearVisits, listVisits } from '../../utils/history/store';
import type { PageReport } from '../../utils/messaging/page-report';
import { getTabReport, setTabReport } from '../../utils/tab-reports';

const TAB = 5;
const URL_ = 'https://www.ledger.example/2031/04/pier';

const meta = { url: `${URL_}?ref=home`, canonicalUrl: URL_, site: 'ledger.example', title: 'Pier to close' };
/** An invented article: one named speaker, one anonymous source with a reason. */
const paragraphs = [
  '“We will reopen the pier by June,” said Ottilie Varga, the harbour master of Brackwater.',
  'A council engineer, who spoke on condition of anonymity because the survey has not been published, said the pilings were rotten.',
];
const articleText = { type: 'article-text', meta, paragraphs };
const notArticle: PageReport = { status: 'not-article', url: 'https://www.ledger.example/', analysedAt: 2 };

function contentScript(tab: Partial<Browser.tabs.Tab> = {}): Browser.runtime.MessageSender {
  return {
    id: fakeBrowser.runtime.id,
    url: URL_,
    tab: { id: TAB, index: 0, pinned: false, highlighted: false, active: true, incognito: false, ...tab } as Browser.tabs.Tab,
  };
}

async function send(message: unknown, sender = contentScript()) {
  await fakeBrowser.runtime.onMessage.trigger(message, sender);
}

beforeEach(async () => {
  fakeBrowser.reset();
  await clearVisits();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('page reports from the content script', () => {
  beforeEach(() => background.main());

  it('analyses the article text, keeps the report for the tab, records the visit and badges the source count', async () => {
    await send(articleText);
    await vi.waitFor(async () => expect(await listVisits()).toHaveLength(1));
    const page = await getTabReport(TAB);
    expect(page).toMatchObject({ status: 'article', meta, analysedAt: expect.any(Number) });
    if (page?.status !== 'article') throw new Error('no article report');
    expect(page.report.sources).toEqual([
      expect.objectContaining({ kind: 'named', name: 'Ottilie Varga', mentions: [expect.objectContaining({ sentence: paragraphs[0], paragraph: 0 })] }),
      expect.objectContaining({
        kind: 'anonymous',
        anonymityReason: expect.stringContaining('survey has not been published'),
        mentions: [expect.objectContaining({ sentence: paragraphs[1], paragraph: 1 })],
      }),
    ]);
    // Analysed in the worker, and measured there for the benchmark.
    expect(performance.getEntriesByName('otr:analyse', 'measure').length).toBeGreaterThan(0);
    const [visit] = await listVisits();
    expect(visit).toMatchObject({ url: URL_, site: 'ledger.example', visitCount: 1, summary: { named: 1, anonymous: 1 } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('2');
  });

  it('answers the content script only once the visit is stored, so a sender without an answer knows to send again', async () => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(articleText, contentScript());
    expect(answers).toHaveLength(1);
    await answers[0];
    expect((await listVisits()).map((visit) => visit.url)).toEqual([URL_]);
  });

  it('keeps no history for a private window', async () => {
    await send(articleText, contentScript({ incognito: true }));
    await vi.waitFor(async () => expect(await getTabReport(TAB)).toMatchObject({ status: 'article', meta }));
    expect(await listVisits()).toEqual([]);
  });

  it('keeps a non-article report without history or badge', async () => {
    await fakeBrowser.action.setBadgeText({ tabId: TAB, text: '9' });
    await send({ type: 'page-report', page: notArticle });
    await vi.waitFor(async () => expect(await getTabReport(TAB)).toEqual(notArticle));
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
    expect(await listVisits()).toEqual([]);
  });

  it.each<[string, unknown, Browser.runtime.MessageSender]>([
    ['another extension', articleText, { ...contentScript(), id: 'someone-else' }],
    ['a sender without a tab', articleText, { id: fakeBrowser.runtime.id, url: URL_ }],
    ['a malformed article text', { ...articleText, meta: null }, contentScript()],
    ['an unknown message', { type: 'clear-history' }, contentScript()],
  ])('ignores %s', async (_label, message, sender) => {
    await send(message, sender);
    // Give a wrongly accepted report the time to be stored.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await getTabReport(TAB)).toBeUndefined();
    expect(await listVisits()).toEqual([]);
    expect(console.warn).toHaveBeenCalled();
  });
});

describe('tab lifecycle', () => {
  beforeEach(() => background.main());

  it('forgets the report of a closed tab', async () => {
    await setTabReport(TAB, notArticle);
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await getTabReport(TAB)).toBeUndefined());
  });

  it('drops the report when the tab moves to another page, not for an anchor', async () => {
    await setTabReport(TAB, notArticle);
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { url: 'https://www.ledger.example/#latest' }, {} as Browser.tabs.Tab);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await getTabReport(TAB)).toEqual(notArticle);

    await fakeBrowser.tabs.onUpdated.trigger(TAB, { url: URL_ }, {} as Browser.tabs.Tab);
    await vi.waitFor(async () => expect(await getTabReport(TAB)).toBeUndefined());
  });
});

describe('toolbar button', () => {
  it('opens the side panel on Chrome', () => {
    const setPanelBehavior = vi.fn(async () => {});
    Object.assign(fakeBrowser, { sidePanel: { setPanelBehavior } });
    try {
      background.main();
      expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    } finally {
      delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
    }
  });

  it('toggles the sidebar on Firefox', async () => {
    const toggle = vi.spyOn(fakeBrowser.sidebarAction, 'toggle').mockResolvedValue();
    background.main();
    await fakeBrowser.action.onClicked.trigger({ id: TAB } as Browser.tabs.Tab, undefined);
    expect(toggle).toHaveBeenCalledOnce();
  });
});
