import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SourcingSummary } from '../../utils/analysis/report';
import { DB_VERSION } from '../../utils/history/db';
import type { ArticleMeta } from '../../utils/messaging/page-report';

type Store = typeof import('../../utils/history/store');
type Transfer = typeof import('../../utils/history/transfer');
type Visit = typeof import('../../utils/history/visit');

let store: Store;
let transfer: Transfer;
let visit: Visit;

// A fresh browser profile per test: a new IndexedDB and freshly loaded modules (no cached connection).
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  store = await import('../../utils/history/store');
  transfer = await import('../../utils/history/transfer');
  visit = await import('../../utils/history/visit');
});

const MINUTE = 60_000;
const T0 = Date.UTC(2031, 3, 2, 9, 0);

function meta(path: string, extra: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    url: `https://www.ledger.example${path}?utm=x`,
    canonicalUrl: `https://www.ledger.example${path}`,
    site: 'ledger.example',
    title: `Story at ${path}`,
    ...extra,
  };
}

function summary(named: number, anonymous = 0): SourcingSummary {
  return {
    named,
    organizations: 0,
    anonymous,
    denials: 0,
    attributions: named + anonymous,
    anonymousShare: anonymous === 0 ? 0 : anonymous / (named + anonymous),
    names: Array.from({ length: named }, (_, i) => `Person ${i}`),
    descriptors: anonymous ? ['an official'] : [],
  };
}

describe('opening the database', () => {
  it('creates the visits store and its indexes on an empty profile', async () => {
    await store.listVisits();
    const db = await openDB('on-the-record');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['visits']);
    const tx = db.transaction('visits');
    expect(tx.store.keyPath).toBe('url');
    expect([...tx.store.indexNames].sort()).toEqual(['lastVisit', 'site']);
    db.close();
  });

  it('steps aside when a newer version of the database is opened elsewhere', async () => {
    await store.recordVisit(meta('/a'), summary(1), T0);
    const blocked = vi.fn();
    // Would wait for ever if our connection stayed open.
    const newer = await openDB('on-the-record', DB_VERSION + 1, { blocked });
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(blocked).not.toHaveBeenCalled();
    newer.close();
  });
});

describe('recordVisit', () => {
  it('keeps one record per canonical URL, refreshing title and summary', async () => {
    await store.recordVisit(meta('/pier'), summary(1), T0);
    const again = await store.recordVisit(
      meta('/pier', { url: 'https://m.ledger.example/pier', title: 'Pier to close (updated)' }),
      summary(3),
      T0 + 5 * MINUTE,
    );
    const all = await store.listVisits();
    expect(all).toEqual([again]);
    expect(again).toMatchObject({
      url: 'https://www.ledger.example/pier',
      title: 'Pier to close (updated)',
      firstVisit: T0,
      lastVisit: T0 + 5 * MINUTE,
      summary: summary(3),
    });
  });

  it('counts a return after the same-visit window, not reloads within it', async () => {
    const window = visit.SAME_VISIT_WINDOW_MS;
    await store.recordVisit(meta('/pier'), summary(1), T0);
    expect((await store.recordVisit(meta('/pier'), summary(1), T0 + MINUTE)).visitCount).toBe(1);
    // The window slides: reloads every 20 minutes stay one visit.
    expect((await store.recordVisit(meta('/pier'), summary(1), T0 + 21 * MINUTE)).visitCount).toBe(1);
    expect((await store.recordVisit(meta('/pier'), summary(1), T0 + 41 * MINUTE)).visitCount).toBe(1);
    const back = await store.recordVisit(meta('/pier'), summary(1), T0 + 41 * MINUTE + window + 1);
    expect(back.visitCount).toBe(2);
    expect(back.firstVisit).toBe(T0);
  });

  it('lists the most recently seen first', async () => {
    await store.recordVisit(meta('/a'), summary(1), T0);
    await store.recordVisit(meta('/b'), summary(1), T0 + MINUTE);
    await store.recordVisit(meta('/c'), summary(1), T0 + 2 * MINUTE);
    await store.recordVisit(meta('/a'), summary(1), T0 + 3 * MINUTE);
    expect((await store.listVisits()).map((v) => v.url.slice(-2))).toEqual(['/a', '/c', '/b']);
  });
});

describe('deleting', () => {
  it('deletes one visit or all of them', async () => {
    await store.recordVisit(meta('/a'), summary(1), T0);
    await store.recordVisit(meta('/b'), summary(1), T0 + MINUTE);
    await store.deleteVisit('https://www.ledger.example/a');
    expect((await store.listVisits()).map((v) => v.url)).toEqual(['https://www.ledger.example/b']);
    await store.clearVisits();
    expect(await store.listVisits()).toEqual([]);
  });
});

describe('export and import', () => {
  it('round-trips every record unchanged into an empty profile', async () => {
    await store.recordVisit(meta('/a', { published: '2031-04-01' }), summary(2, 1), T0);
    await store.recordVisit(meta('/b'), summary(0), T0 + MINUTE);
    const before = await store.listVisits();
    const file = transfer.exportVisits(before);
    expect(JSON.parse(file)).toMatchObject({ format: transfer.EXPORT_FORMAT, version: transfer.EXPORT_VERSION });

    await store.clearVisits();
    expect(await store.importVisits(file)).toBe(2);
    expect(await store.listVisits()).toEqual(before);
  });

  it('merges with what is kept: widest span, details of the latest, no double counting', async () => {
    const old = await store.recordVisit(meta('/a', { title: 'Old title' }), summary(1), T0);
    const file = transfer.exportVisits([{ ...old, lastVisit: T0 + 90 * MINUTE, visitCount: 3, title: 'New title' }]);
    await store.recordVisit(meta('/a', { title: 'Old title' }), summary(1), T0 + 60 * MINUTE);
    await store.importVisits(file);
    await store.importVisits(file);
    const [merged] = await store.listVisits();
    expect(merged).toMatchObject({ firstVisit: T0, lastVisit: T0 + 90 * MINUTE, visitCount: 3, title: 'New title' });
  });

  const valid = () => JSON.parse(transfer.exportVisits([{
    url: 'https://ledger.example/x',
    site: 'ledger.example',
    title: 'X',
    firstVisit: T0,
    lastVisit: T0,
    visitCount: 1,
    summary: summary(1),
  }])) as { visits: Record<string, unknown>[] };

  it.each<[string, () => string, RegExp]>([
    ['text that is not JSON', () => '{"format":', /not valid JSON/],
    ['another format', () => JSON.stringify({ format: 'bookmarks', version: 1, visits: [] }), /not an On the Record/],
    ['a future version', () => JSON.stringify({ ...valid(), version: 99 }), /version 99/],
    ['visits that are not a list', () => JSON.stringify({ ...valid(), visits: {} }), /list/],
    ['a javascript: URL', () => {
      const file = valid();
      file.visits[0]!.url = 'javascript:alert(1)';
      return JSON.stringify(file);
    }, /Visit 1/],
    ['a negative visit count', () => {
      const file = valid();
      file.visits.push({ ...file.visits[0]!, url: 'https://ledger.example/y', visitCount: -4 });
      return JSON.stringify(file);
    }, /Visit 2/],
    ['a summary with markup where a count belongs', () => {
      const file = valid();
      file.visits[0]!.summary = { ...summary(1), named: '<img src=x onerror=alert(1)>' };
      return JSON.stringify(file);
    }, /Visit 1/],
    ['first visit after last visit', () => {
      const file = valid();
      file.visits[0]!.firstVisit = T0 + 1;
      return JSON.stringify(file);
    }, /Visit 1/],
  ])('rejects %s and changes nothing', async (_label, makeFile, message) => {
    const kept = await store.recordVisit(meta('/kept'), summary(1), T0);
    await expect(store.importVisits(makeFile())).rejects.toThrow(message);
    expect(await store.listVisits()).toEqual([kept]);
  });

  it('does not let an imported record carry unknown fields', async () => {
    const file = valid();
    file.visits[0]!.extra = 'x';
    // JSON.parse makes "__proto__" an own property; it must not reach the stored record.
    const json = JSON.stringify(file).replace('"url":', '"__proto__":{"admin":true},"url":');
    await store.importVisits(json);
    const [stored] = await store.listVisits();
    expect(Object.keys(stored!).sort()).toEqual(['firstVisit', 'lastVisit', 'site', 'summary', 'title', 'url', 'visitCount']);
    expect((stored as unknown as { admin?: boolean }).admin).toBeUndefined();
  });
});
