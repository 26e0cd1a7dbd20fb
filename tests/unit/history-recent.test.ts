import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SourcingSummary } from '../../utils/analysis/report';

type Store = typeof import('../../utils/history/store');
let store: Store;

// A fresh profile per test: a new IndexedDB and freshly loaded modules (no cached connection).
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  store = await import('../../utils/history/store');
});

const MINUTE = 60_000;
const T0 = Date.UTC(2031, 6, 9, 8, 0);
const NONE: SourcingSummary = { named: 0, organizations: 0, anonymous: 0, denials: 0, attributions: 0, anonymousShare: 0, names: [], descriptors: [] };

async function read(slug: string, at: number): Promise<void> {
  const url = `https://quayside-post.example/${slug}`;
  await store.recordVisit({ url, canonicalUrl: url, site: 'quayside-post.example', title: slug }, NONE, at);
}

const slugs = (visits: { url: string }[]) => visits.map((v) => v.url.split('/').pop());

describe('listRecentVisits', () => {
  it('reads only the most recently seen visits, newest first', async () => {
    await read('lighthouse', T0);
    await read('ferry', T0 + MINUTE);
    await read('regatta', T0 + 2 * MINUTE);
    // Seen again later than the others: it is the newest now.
    await read('lighthouse', T0 + 3 * MINUTE);
    await read('tides', T0 + 4 * MINUTE);

    const recent = await store.listRecentVisits(3);
    expect(slugs(recent)).toEqual(['tides', 'lighthouse', 'regatta']);
    // The same order as the whole list, cut short.
    expect(slugs(recent)).toEqual(slugs(await store.listVisits()).slice(0, 3));
    expect(slugs(await store.listRecentVisits(1))).toEqual(['tides']);
  });

  it('returns everything when the log is shorter than the limit, and nothing from an empty log', async () => {
    expect(await store.listRecentVisits(50)).toEqual([]);
    await read('harbour', T0);
    await read('market', T0 + MINUTE);
    expect(slugs(await store.listRecentVisits(50))).toEqual(['market', 'harbour']);
    expect(slugs(await store.listRecentVisits(2))).toEqual(['market', 'harbour']);
    expect(await store.listRecentVisits(0)).toEqual([]);
  });

  it('keeps to the limit when several visits share the boundary time', async () => {
    for (const slug of ['buoy', 'quay', 'slipway', 'pontoon']) await read(slug, T0);
    await read('crane', T0 + MINUTE);
    const recent = await store.listRecentVisits(3);
    expect(recent).toHaveLength(3);
    expect(slugs(recent)).toEqual(slugs(await store.listVisits()).slice(0, 3));
  });
});
