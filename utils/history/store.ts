/**
 * Reading-history operations. Each runs in one transaction that awaits nothing but its own
 * requests, so a transaction never auto-commits halfway.
 */
import type { SourcingSummary } from '../analysis/report';
import type { ArticleMeta } from '../messaging/page-report';
import { openHistoryDb } from './db';
import { parseVisitsExport } from './transfer';
import { mergeVisitRecords, nextVisitRecord, type VisitRecord } from './visit';

/** Records that the reader saw an article (see SAME_VISIT_WINDOW_MS for what counts as a new visit). */
export async function recordVisit(meta: ArticleMeta, summary: SourcingSummary, at = Date.now()): Promise<VisitRecord> {
  const db = await openHistoryDb();
  const tx = db.transaction('visits', 'readwrite');
  return allOrNothing(tx, async () => {
    const existing = await tx.store.get(meta.canonicalUrl);
    const record = nextVisitRecord(existing, meta, summary, at);
    await tx.store.put(record);
    return record;
  });
}

/**
 * Runs a transaction's writes and waits for it to commit. Any failure (a full disk, a record
 * the database refuses) aborts the whole transaction, so none of its writes is kept.
 */
async function allOrNothing<T>(tx: { done: Promise<void>; abort(): void }, writes: () => Promise<T>): Promise<T> {
  try {
    const result = await writes();
    await tx.done;
    return result;
  } catch (error) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already aborted by the failure, or finished.
    }
    throw error;
  }
}

/** Every visit, most recently seen first. */
export async function listVisits(): Promise<VisitRecord[]> {
  const db = await openHistoryDb();
  const oldestFirst = await db.getAllFromIndex('visits', 'lastVisit');
  return oldestFirst.reverse();
}

/**
 * The `limit` most recently seen visits, newest first: the first screen of a long log, read
 * without loading the rest. Three requests whatever the limit: a key cursor finds the
 * limit-th newest time (reading no records), then one read takes every visit from there on.
 */
export async function listRecentVisits(limit: number): Promise<VisitRecord[]> {
  if (limit <= 0) return [];
  const db = await openHistoryDb();
  const index = db.transaction('visits').store.index('lastVisit');
  let cursor = await index.openKeyCursor(null, 'prev');
  if (cursor && limit > 1) cursor = await cursor.advance(limit - 1);
  // No cursor: fewer visits than the limit, so all of them.
  const newest = await index.getAll(cursor ? IDBKeyRange.lowerBound(cursor.key) : undefined);
  return newest.reverse().slice(0, limit);
}

export async function deleteVisit(url: string): Promise<void> {
  const db = await openHistoryDb();
  await db.delete('visits', url);
}

export async function clearVisits(): Promise<void> {
  const db = await openHistoryDb();
  await db.clear('visits');
}

/**
 * Adds the visits of an exported file, merging with those already kept (see
 * mergeVisitRecords). Throws, changing nothing, if the file is not a valid export.
 * Returns how many articles the file held.
 */
export async function importVisits(json: string): Promise<number> {
  const incoming = parseVisitsExport(json);
  const db = await openHistoryDb();
  const tx = db.transaction('visits', 'readwrite');
  await allOrNothing(tx, async () => {
    const stored = await Promise.all(incoming.map((record) => tx.store.get(record.url)));
    const merged = incoming.map((record, i) => {
      const existing = stored[i];
      return existing ? mergeVisitRecords(existing, record) : record;
    });
    // Async so that a put that throws becomes a rejection like the others: all are awaited.
    await Promise.all(merged.map(async (record) => tx.store.put(record)));
  });
  return incoming.length;
}
