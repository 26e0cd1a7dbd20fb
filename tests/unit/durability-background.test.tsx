/**
 * The background loses no visit the content script reported: it journals each visit before
 * the IndexedDB write and replays what a stopped worker left; a write that fails is shown in
 * the tab's side panel, and the extension keeps working. (The real worker stopped mid-write
 * by the browser's dev protocol: tests/e2e/durability.test.ts.)
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AnalysisReport } from '../../utils/analysis/report';
import { summarise } from '../../utils/analysis/report';
import type { PageReport } from '../../utils/messaging/page-report';
import { mount, settle, type Mounted } from './ui-dom';

type Background = typeof import('../../entrypoints/background');
type Store = typeof import('../../utils/history/store');
type Journal = typeof import('../../utils/history/visit-journal');
type Failures = typeof import('../../utils/history/save-failures');
type Panel = typeof import('../../entrypoints/sidepanel/SidePanel');

let background: Background['default'];
let store: Store;
let journal: Journal;
let failures: Failures;
let panel: Panel;

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  background = (await import('../../entrypoints/background')).default;
  store = await import('../../utils/history/store');
  journal = await import('../../utils/history/visit-journal');
  failures = await import('../../utils/history/save-failures');
  panel = await import('../../entrypoints/sidepanel/SidePanel');
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const TAB = 12;
const T0 = Date.UTC(2031, 4, 6, 8, 0);
const report: AnalysisReport = {
  isArticle: true,
  title: 'Brackwater pier to close for repairs',
  sources: [{ kind: 'named', name: 'Ottilie Varga', mentions: [{ sentence: '“Soon,” said Ottilie Varga.', paragraph: 0 }] }],
  denials: [],
};

function article(path: string): Extract<PageReport, { status: 'article' }> {
  return {
    status: 'article',
    meta: {
      url: `https://www.brackwater-courier.example${path}?ref=home`,
      canonicalUrl: `https://brackwater-courier.example${path}`,
      site: 'brackwater-courier.example',
      title: 'Brackwater pier to close for repairs',
    },
    report,
    analysedAt: T0,
  };
}

function fromContentScript(): Browser.runtime.MessageSender {
  return {
    id: fakeBrowser.runtime.id,
    url: 'https://www.brackwater-courier.example/',
    tab: { id: TAB, index: 0, pinned: false, highlighted: false, active: true, incognito: false } as Browser.tabs.Tab,
  };
}

/** The content script sends the article's text; the background analyses it and records the visit. */
async function sendArticleText(page: Extract<PageReport, { status: 'article' }>): Promise<void> {
  const message = { type: 'article-text', meta: page.meta, paragraphs: ['“Soon,” said Ottilie Varga.'] };
  await fakeBrowser.runtime.onMessage.trigger(message, fromContentScript());
}

/**
 * Opens a connection of its own and keeps a read-write transaction on the visits store busy
 * until the returned function is called (which resolves once it has committed).
 */
async function holdVisitsStore(): Promise<() => Promise<void>> {
  const { DB_NAME } = await import('../../utils/history/db');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction('visits', 'readwrite');
  const visits = tx.objectStore('visits');
  let held = true;
  const spin = () => {
    visits.get('nothing').onsuccess = () => held && spin();
  };
  spin();
  const committed = new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
  return async () => {
    held = false;
    await committed;
    db.close();
  };
}

const journaled = async () => (await journal.pendingVisits()).map(([, visit]) => visit.meta.canonicalUrl);

describe('the visit journal', () => {
  it('holds the visit from its arrival until the write has committed', async () => {
    background.main();
    await store.listVisits(); // the database exists
    // Another page holds the visits store in a long transaction: the background's write waits.
    const release = await holdVisitsStore();
    const page = article('/pier');
    // The background answers once the visit is stored: not while the store is held.
    let answered = false;
    const sent = sendArticleText(page).then(() => (answered = true));
    await vi.waitFor(async () => expect(await journaled()).toEqual([page.meta.canonicalUrl]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await journaled()).toEqual([page.meta.canonicalUrl]);
    expect(answered).toBe(false);

    await release();
    await sent;
    await vi.waitFor(async () => expect(await journaled()).toEqual([]));
    expect((await store.listVisits()).map((v) => v.url)).toEqual([page.meta.canonicalUrl]);
  });

  it('writes, at the next start, the visits a stopped worker left journaled', async () => {
    const pier = article('/pier');
    const ferry = article('/ferry');
    await journal.journalVisit({ tabId: TAB, meta: pier.meta, summary: summarise(report), at: T0 });
    await journal.journalVisit({ tabId: TAB + 1, meta: ferry.meta, summary: summarise(report), at: T0 + 1 });

    background.main();
    await vi.waitFor(async () => expect(await journaled()).toEqual([]));
    const visits = await store.listVisits();
    expect(visits.map((v) => [v.url, v.firstVisit, v.visitCount])).toEqual([
      [ferry.meta.canonicalUrl, T0 + 1, 1],
      [pier.meta.canonicalUrl, T0, 1],
    ]);
  });

  it('counts a visit once when the worker stopped after the write but before settling it', async () => {
    const pier = article('/pier');
    const visit = { tabId: TAB, meta: pier.meta, summary: summarise(report), at: T0 };
    await store.recordVisit(visit.meta, visit.summary, visit.at);
    await journal.journalVisit(visit);

    background.main();
    await vi.waitFor(async () => expect(await journaled()).toEqual([]));
    expect(await store.listVisits()).toEqual([expect.objectContaining({ url: pier.meta.canonicalUrl, visitCount: 1, lastVisit: T0 })]);
  });
});

describe('a write that fails', () => {
  function fillTheDisk(): () => void {
    const put = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    return () => put.mockRestore();
  }

  it('is kept for the tab and shown in its side panel; the next write works and clears it', async () => {
    background.main();
    await sendArticleText(article('/kept'));
    await vi.waitFor(async () => expect(await store.listVisits()).toHaveLength(1));

    const emptyDisk = fillTheDisk();
    await sendArticleText(article('/pier'));
    await vi.waitFor(async () => expect(await failures.getSaveFailure(TAB)).toBeDefined());
    expect(await failures.getSaveFailure(TAB)).toEqual({
      url: article('/pier').meta.canonicalUrl,
      message: expect.stringContaining('no room left'),
    });
    // Nothing already stored is lost, nothing is left journaled, and the tab still has its report.
    expect((await store.listVisits()).map((v) => v.url)).toEqual([article('/kept').meta.canonicalUrl]);
    expect(await journaled()).toEqual([]);

    view = mount(<panel.SidePanel fixedTabId={TAB} />);
    await settle();
    expect(view.text('[data-testid="headline"]')).toBe('Brackwater pier to close for repairs');
    expect(view.text('[data-testid="save-failure"]')).toMatch(/^Could not save to your reading log: the browser has no room left/);

    emptyDisk();
    await sendArticleText(article('/pier'));
    await vi.waitFor(async () => expect(await failures.getSaveFailure(TAB)).toBeUndefined());
    expect((await store.listVisits()).map((v) => v.url).sort()).toEqual(
      [article('/kept').meta.canonicalUrl, article('/pier').meta.canonicalUrl].sort(),
    );
    await settle();
    expect(view.all('[data-testid="save-failure"]')).toEqual([]);
  });

  it('is not shown for another page the tab has moved on to', async () => {
    await failures.setSaveFailure(TAB, { url: article('/pier').meta.canonicalUrl, message: 'the disk is full' });
    const { setTabReport } = await import('../../utils/tab-reports');
    await setTabReport(TAB, article('/ferry'));
    view = mount(<panel.SidePanel fixedTabId={TAB} />);
    await settle();
    expect(view.text('[data-testid="headline"]')).toBe('Brackwater pier to close for repairs');
    expect(view.all('[data-testid="save-failure"]')).toEqual([]);
  });

  it('is forgotten with the tab', async () => {
    background.main();
    await failures.setSaveFailure(TAB, { url: article('/pier').meta.canonicalUrl, message: 'the disk is full' });
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await failures.getSaveFailure(TAB)).toBeUndefined());
  });
});
