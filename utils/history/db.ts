/**
 * The reading-history database. Opened only by the background and extension pages (never a
 * content script: it would open the web page's database, not ours).
 *
 * Schema versions:
 *  1. `visits` keyed by canonical URL, indexed by `lastVisit` and `site`.
 *  2. Every summary holds `attributions` (all mentions of all sources). Version 1 summaries
 *     kept only the anonymous count and its share, from which the reading log derived the
 *     total; version 2 stores it, so the per-site shares are exact for new visits, and the
 *     upgrade derives it once for the records version 1 left.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { SourcingSummary } from '../analysis/report';
import { isRecord } from '../messaging/guards';
import type { VisitRecord } from './visit';

export interface HistorySchema extends DBSchema {
  visits: {
    key: string;
    value: VisitRecord;
    indexes: { lastVisit: number; site: string };
  };
}

export type HistoryDb = IDBPDatabase<HistorySchema>;

export const DB_NAME = 'on-the-record';
export const DB_VERSION = 2;

/**
 * How long an open may wait for another page of the extension to let go of an older version
 * before it gives up and says so (a page of ours steps aside at once; see `blocking`).
 */
export const BLOCKED_TIMEOUT_MS = 5_000;

let connection: Promise<HistoryDb> | undefined;

/** The shared connection, opened (and upgraded, step by step) on first use. */
export function openHistoryDb(): Promise<HistoryDb> {
  if (connection) return connection;
  const opened: Promise<HistoryDb> = openCurrentVersion(() => forget(opened));
  opened.catch(() => forget(opened));
  connection = opened;
  return opened;
}

/** Opens the database at DB_VERSION; `onClosed` when the browser or a newer version closes it. */
function openCurrentVersion(onClosed: () => void): Promise<HistoryDb> {
  let giveUp: ReturnType<typeof setTimeout> | undefined;
  let rejectBlocked: (error: Error) => void = () => undefined;
  const blockedTooLong = new Promise<never>((_, reject) => {
    rejectBlocked = reject;
  });
  const opening: Promise<HistoryDb> = openDB<HistorySchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // One step per schema version; a database at any older version runs every later step.
      if (oldVersion < 1) {
        const visits = db.createObjectStore('visits', { keyPath: 'url' });
        visits.createIndex('lastVisit', 'lastVisit');
        visits.createIndex('site', 'site');
      }
      if (oldVersion < 2) {
        // A step that fails aborts the upgrade, and the database stays at its old version.
        addAttributionTotals(tx).catch(() => abortQuietly(tx));
      }
    },
    blocked(currentVersion, blockedVersion) {
      // Another context holds the old version open. Ours close theirs from `blocking` at once;
      // one that does not would hold this open (and every visit waiting on it) for ever.
      console.warn(`[On the Record] history upgrade ${currentVersion} → ${blockedVersion} waits for another page`);
      giveUp ??= setTimeout(
        () =>
          rejectBlocked(
            new Error(
              'The reading log is being upgraded, but another page of the extension still holds it open: close or reload the extension’s other pages.',
            ),
          ),
        BLOCKED_TIMEOUT_MS,
      );
    },
    blocking() {
      // A newer version wants to open: step aside. This page's code is now older than the
      // database, so its next use fails with "reload this page" (see readableOpenError).
      onClosed();
      opening.then((db) => db.close(), () => undefined);
    },
    terminated() {
      // The browser closed the connection (e.g. site data cleared); reopen on next use.
      onClosed();
    },
  });
  return Promise.race([opening, blockedTooLong]).then(
    (db) => {
      clearTimeout(giveUp);
      return db;
    },
    (error: unknown) => {
      clearTimeout(giveUp);
      // The open given up on may still succeed later: close that connection when it does.
      opening.then((db) => db.close(), () => undefined);
      throw readableOpenError(error);
    },
  );
}

function readableOpenError(error: unknown): unknown {
  if (error instanceof Error && error.name === 'VersionError') {
    return new Error('The reading log was upgraded by a newer version of the extension; reload this page.');
  }
  return error;
}

function forget(stale: Promise<HistoryDb>): void {
  if (connection === stale) connection = undefined;
}

function abortQuietly(tx: UpgradeTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already finished: nothing left to undo.
  }
}

type UpgradeTransaction = IDBPTransaction<HistorySchema, StoreNames<HistorySchema>[], 'versionchange'>;

/** Version 2: each version-1 summary gets the total of attributions its share implies. */
async function addAttributionTotals(tx: UpgradeTransaction): Promise<void> {
  let cursor = await tx.objectStore('visits').openCursor();
  while (cursor) {
    const record = cursor.value;
    const summary: unknown = record.summary;
    if (isRecord(summary) && typeof summary.attributions !== 'number') {
      const attributions = attributionsOfV1(summary as Partial<SourcingSummary>);
      await cursor.update({ ...record, summary: { ...record.summary, attributions } });
    }
    cursor = await cursor.continue();
  }
}

/**
 * All attributions of a version-1 summary: the anonymous count over its share; with no
 * anonymous attribution the share is 0, and there was at least one mention per named
 * person and organisation (what the reading log used for such records before version 2).
 */
export function attributionsOfV1(summary: Partial<SourcingSummary>): number {
  const { anonymous = 0, anonymousShare = 0, named = 0, organizations = 0 } = summary;
  if (anonymousShare > 0) return Math.round(anonymous / anonymousShare);
  return named + organizations + anonymous;
}
