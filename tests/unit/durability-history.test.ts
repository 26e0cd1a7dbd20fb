/**
 * The reading history is never lost: one transaction per write, an upgrade path from every
 * earlier schema with real data, an upgrade an open page cannot wedge, failed writes that
 * leave what is stored intact, and export/import that round-trips exactly and refuses
 * hostile files without changing anything.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SourcingSummary } from '../../utils/analysis/report';
import type { ArticleMeta } from '../../utils/messaging/page-report';

type Db = typeof import('../../utils/history/db');
type Store = typeof import('../../utils/history/store');
type Transfer = typeof import('../../utils/history/transfer');
type Query = typeof import('../../utils/history/query');

let db: Db;
let store: Store;
let transfer: Transfer;
let query: Query;

// A fresh browser profile per test: a new IndexedDB and freshly loaded modules (no cached connection).
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  db = await import('../../utils/history/db');
  store = await import('../../utils/history/store');
  transfer = await import('../../utils/history/transfer');
  query = await import('../../utils/history/query');
});

afterEach(() => {
  vi.useRealTimers();
});

const MINUTE = 60_000;
const T0 = Date.UTC(2031, 4, 6, 8, 0);

function meta(path: string, extra: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    url: `https://www.brackwater-courier.example${path}`,
    canonicalUrl: `https://brackwater-courier.example${path}`,
    site: 'brackwater-courier.example',
    title: `Story at ${path}`,
    ...extra,
  };
}

function summary(named: number, anonymous = 0): SourcingSummary {
  return {
    named,
    organizations: 1,
    anonymous,
    denials: 0,
    attributions: named + 1 + anonymous,
    anonymousShare: anonymous / (named + 1 + anonymous),
    names: [...Array.from({ length: named }, (_, i) => `Ottilie Varga ${i}`), 'Brackwater Ferry Company'],
    descriptors: anonymous ? ['a council engineer'] : [],
  };
}

/** Makes every put in IndexedDB fail the way a full disk does, until the returned function is called. */
function fillTheDisk(): () => void {
  const put = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  return () => put.mockRestore();
}

describe('visits are written in one transaction', () => {
  it('loses no update when the same article is reported many times at once', async () => {
    // Each report reads the record and writes it back; split over two transactions, the
    // reads would interleave and most counts would be lost.
    const returns = Array.from({ length: 12 }, (_, i) => T0 + i * (31 * MINUTE));
    await Promise.all(returns.map((at) => store.recordVisit(meta('/pier'), summary(1), at)));
    const [record] = await store.listVisits();
    expect(record).toMatchObject({ visitCount: 12, firstVisit: T0, lastVisit: returns.at(-1) });
  });
});

describe('schema upgrade from version 1', () => {
  /** The version-1 schema exactly as it was first released (utils/history/db.ts at version 1). */
  async function createVersion1(records: unknown[]): Promise<void> {
    const v1 = await openDB('on-the-record', 1, {
      upgrade(database) {
        const visits = database.createObjectStore('visits', { keyPath: 'url' });
        visits.createIndex('lastVisit', 'lastVisit');
        visits.createIndex('site', 'site');
      },
    });
    const tx = v1.transaction('visits', 'readwrite');
    await Promise.all([...records.map((r) => tx.store.put(r as never)), tx.done]);
    v1.close();
  }

  /** Records as version 1 wrote them: summaries without the total of attributions. */
  const v1Records = [
    {
      url: 'https://brackwater-courier.example/2031/05/06/pier.html',
      site: 'brackwater-courier.example',
      title: 'Brackwater pier to close for repairs',
      published: '2031-05-06T08:00:00Z',
      firstVisit: T0,
      lastVisit: T0 + 40 * MINUTE,
      visitCount: 2,
      // 2 anonymous of 8 attributions
      summary: { named: 3, organizations: 1, anonymous: 2, denials: 1, anonymousShare: 0.25, names: ['Ottilie Varga', 'Ansel Mbeki', 'Harriet Osei', 'Brackwater Ferry Company'], descriptors: ['a council engineer'] },
    },
    {
      url: 'https://saltmere-tribune.example/news/buoys',
      site: 'saltmere-tribune.example',
      title: 'Pilots warn of drifting buoys',
      firstVisit: T0 + MINUTE,
      lastVisit: T0 + MINUTE,
      visitCount: 1,
      summary: { named: 2, organizations: 2, anonymous: 0, denials: 0, anonymousShare: 0, names: ['Inge Dahl', 'Pavel Ruso', 'Saltmere Pilots', 'Harbour Board'], descriptors: [] },
    },
    {
      url: 'https://saltmere-tribune.example/news/quiet',
      site: 'saltmere-tribune.example',
      title: 'A quiet week on the water',
      firstVisit: T0 + 2 * MINUTE,
      lastVisit: T0 + 2 * MINUTE,
      visitCount: 1,
      summary: { named: 0, organizations: 0, anonymous: 0, denials: 0, anonymousShare: 0, names: [], descriptors: [] },
    },
  ];

  it('keeps every version-1 record, readable, with the total its share implies', async () => {
    await createVersion1(v1Records);
    const visits = await store.listVisits();
    // Most recently seen first, as the reading log lists them.
    expect(visits.map((v) => v.url)).toEqual([0, 2, 1].map((i) => v1Records[i]!.url));
    const byUrl = new Map(visits.map((v) => [v.url, v]));
    for (const old of v1Records) {
      // Everything version 1 kept is kept as it was.
      expect(byUrl.get(old.url)).toMatchObject({ ...old, summary: old.summary });
    }
    expect(byUrl.get(v1Records[0]!.url)?.summary.attributions).toBe(8);
    expect(byUrl.get(v1Records[1]!.url)?.summary.attributions).toBe(4);
    expect(byUrl.get(v1Records[2]!.url)?.summary.attributions).toBe(0);

    // Readable by everything that reads version 2: the comparison and the export/import check.
    expect(query.siteTotals(visits)).toEqual([
      { site: 'brackwater-courier.example', articles: 1, anonymousShare: 0.25 },
      { site: 'saltmere-tribune.example', articles: 2, anonymousShare: 0 },
    ]);
    expect(transfer.parseVisitsExport(transfer.exportVisits(visits))).toHaveLength(3);

    const reopened = await openDB('on-the-record');
    expect(reopened.version).toBe(db.DB_VERSION);
    reopened.close();
  });

  it('lets version-1 records take new visits after the upgrade', async () => {
    await createVersion1(v1Records);
    const later = await store.recordVisit(meta('/news/buoys'), summary(1), T0 + 5 * 60 * MINUTE);
    expect(later.visitCount).toBe(1);
    const pier = (await store.listVisits()).find((v) => v.url === v1Records[0]!.url);
    expect(pier?.visitCount).toBe(2);
  });

  it('derives totals the way version 1 read them', () => {
    expect(db.attributionsOfV1({ named: 1, organizations: 0, anonymous: 1, anonymousShare: 1 / 3 })).toBe(3);
    expect(db.attributionsOfV1({ named: 4, organizations: 2, anonymous: 0, anonymousShare: 0 })).toBe(6);
  });
});

describe('an upgrade that other pages hold open', () => {
  it('is not wedged by an open page of ours: the old connection steps aside and that page is told to reload', async () => {
    await store.recordVisit(meta('/pier'), summary(1), T0);
    const blocked = vi.fn();
    const newer = await openDB('on-the-record', db.DB_VERSION + 1, { blocked });
    expect(blocked).not.toHaveBeenCalled();
    newer.close();
    // This page's code is now older than the database.
    await expect(store.listVisits()).rejects.toThrow(/upgraded by a newer version of the extension; reload this page/);
  });

  it('says so, instead of waiting for ever, when a page that does not step aside holds the old version', async () => {
    const v1 = await openDB('on-the-record', 1, {
      upgrade(database) {
        database.createObjectStore('visits', { keyPath: 'url' }).createIndex('lastVisit', 'lastVisit');
      },
    });
    // An old page with no versionchange handler: it never closes.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const write = store.recordVisit(meta('/pier'), summary(1), T0);
    const failed = expect(write).rejects.toThrow(/another page of the extension still holds it open/);
    await vi.waitFor(() => expect(console.warn).toHaveBeenCalled());
    await vi.advanceTimersByTimeAsync(db.BLOCKED_TIMEOUT_MS);
    await failed;
    vi.useRealTimers();

    // Once the old page goes away, the upgrade runs and the log works.
    v1.close();
    await store.recordVisit(meta('/pier'), summary(1), T0);
    expect(await store.listVisits()).toHaveLength(1);
  });
});

describe('a write that fails (full disk, database error)', () => {
  it('fails visibly, keeps what is stored, and the next write works', async () => {
    const kept = await store.recordVisit(meta('/kept'), summary(2), T0);
    const emptyDisk = fillTheDisk();
    await expect(store.recordVisit(meta('/new'), summary(1), T0 + MINUTE)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    await expect(store.recordVisit(meta('/kept'), summary(5), T0 + 90 * MINUTE)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    emptyDisk();

    expect(await store.listVisits()).toEqual([kept]);
    const next = await store.recordVisit(meta('/new'), summary(1), T0 + 2 * MINUTE);
    expect(await store.listVisits()).toEqual([next, kept]);
  });

  it('imports nothing when the disk fills halfway through an import', async () => {
    const kept = await store.recordVisit(meta('/kept'), summary(2), T0);
    const file = transfer.exportVisits(
      ['/a', '/b', '/c'].map((path, i) => ({ ...kept, url: `https://brackwater-courier.example${path}`, lastVisit: T0 + i })),
    );
    let puts = 0;
    const put = FakeObjectStore.prototype.put;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(store.importVisits(file)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    expect(await store.listVisits()).toEqual([kept]);
  });
});

describe('export and import', () => {
  it('round-trips byte for byte: export, clear, import, export again', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: T0 + 365 * 24 * 60 * MINUTE });
    await store.recordVisit(meta('/a', { published: '2031-05-01', title: 'Ümlauts, “quotes” and <b>markup</b> as text' }), summary(2, 1), T0);
    await store.recordVisit(meta('/b'), summary(0), T0 + MINUTE);
    await store.recordVisit(meta('/a'), summary(3, 1), T0 + 45 * MINUTE);
    await store.recordVisit(meta('/c', { site: 'saltmere-tribune.example' }), summary(1, 2), T0 + 2 * MINUTE);
    const first = transfer.exportVisits(await store.listVisits());

    await store.clearVisits();
    expect(await store.listVisits()).toEqual([]);
    expect(await store.importVisits(first)).toBe(3);
    const second = transfer.exportVisits(await store.listVisits());
    expect(second).toBe(first);
  });

  /** A valid export of one record, as an object to spoil. */
  function validFile(): { format: string; version: number; visits: Record<string, unknown>[] } {
    return JSON.parse(
      transfer.exportVisits([
        { url: 'https://brackwater-courier.example/x', site: 'brackwater-courier.example', title: 'X', firstVisit: T0, lastVisit: T0, visitCount: 1, summary: summary(1) },
      ]),
    ) as never;
  }

  const spoiled = (spoil: (file: ReturnType<typeof validFile>) => void) => () => {
    const file = validFile();
    spoil(file);
    return JSON.stringify(file);
  };

  it.each<[string, () => string, RegExp]>([
    ['an empty file', () => '', /not valid JSON/],
    ['a JSON string', () => '"on-the-record/reading-log"', /not an On the Record/],
    ['an array', () => '[]', /not an On the Record/],
    ['JSON nested a million deep', () => `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`, /not valid JSON|not an On the Record/],
    ['a file over the size limit', () => ' '.repeat(50_000_001), /too large/],
    ['too many visits', spoiled((f) => (f.visits = Array.from({ length: 100_001 }, () => f.visits[0]!))), /at most 100000/],
    ['a record that is a string', spoiled((f) => f.visits.push('<script>alert(1)</script>' as never)), /Visit 2/],
    ['a data: URL', spoiled((f) => (f.visits[0]!.url = 'data:text/html,<script>alert(1)</script>')), /Visit 1/],
    ['a title of a million characters', spoiled((f) => (f.visits[0]!.title = 'x'.repeat(1_000_000))), /Visit 1/],
    ['names that are objects', spoiled((f) => ((f.visits[0]!.summary as SourcingSummary).names = [{ toString: 1 }] as never)), /Visit 1/],
    ['a share above one', spoiled((f) => ((f.visits[0]!.summary as SourcingSummary).anonymousShare = 2)), /Visit 1/],
    ['a count that is not finite', () => JSON.stringify(validFile()).replace('"visitCount":1', '"visitCount":1e999'), /Visit 1/],
    ['a valid record followed by a bad one', spoiled((f) => f.visits.push({ ...f.visits[0]!, url: 'https://brackwater-courier.example/y', lastVisit: -1 })), /Visit 2/],
  ])('rejects %s with a clear error and changes nothing', async (_label, makeFile, message) => {
    const kept = await store.recordVisit(meta('/kept'), summary(1), T0);
    await expect(store.importVisits(makeFile())).rejects.toThrow(message);
    expect(await store.listVisits()).toEqual([kept]);
  });

  it('keeps markup in an imported record as the text it is', async () => {
    const file = validFile();
    file.visits[0]!.title = '<img src=x onerror=alert(1)> {{constructor.constructor("alert(1)")()}}';
    await store.importVisits(JSON.stringify(file));
    const [stored] = await store.listVisits();
    expect(stored?.title).toBe('<img src=x onerror=alert(1)> {{constructor.constructor("alert(1)")()}}');
  });
});
