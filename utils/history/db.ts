/**
 * The reading-history database. Opened only by the background and extension pages (never a
 * content script: it would open the web page's database, not ours).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { VisitRecord } from './visit';

export interface HistorySchema extends DBSchema {
  visits: {
    key: string;
    value: VisitRecord;
    indexes: { lastVisit: number; site: string };
  };
}

export type HistoryDb = IDBPDatabase<HistorySchema>;

const DB_NAME = 'on-the-record';
const DB_VERSION = 1;

let connection: Promise<HistoryDb> | undefined;

/** The shared connection, opened (and upgraded, step by step) on first use. */
export function openHistoryDb(): Promise<HistoryDb> {
  if (connection) return connection;
  const opening: Promise<HistoryDb> = openDB<HistorySchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      // One step per schema version; a database at any older version runs every later step.
      if (oldVersion < 1) {
        const visits = db.createObjectStore('visits', { keyPath: 'url' });
        visits.createIndex('lastVisit', 'lastVisit');
        visits.createIndex('site', 'site');
      }
    },
    blocked(currentVersion, blockedVersion) {
      // Another context (an older extension page still open) holds the old version; it
      // closes its connection from its `blocking` handler, after which this open proceeds.
      console.warn(`[On the Record] history upgrade ${currentVersion} → ${blockedVersion} waits for another page`);
    },
    blocking() {
      // A newer version wants to open: step aside, and reopen on next use.
      forget(opening);
      opening.then((db) => db.close(), () => undefined);
    },
    terminated() {
      // The browser closed the connection (e.g. site data cleared); reopen on next use.
      forget(opening);
    },
  });
  opening.catch(() => forget(opening));
  connection = opening;
  return opening;
}

function forget(stale: Promise<HistoryDb>): void {
  if (connection === stale) connection = undefined;
}
