import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../components/format';
import { clearVisits, deleteVisit, importVisits, listRecentVisits, listVisits } from '../../utils/history/store';
import type { VisitRecord } from '../../utils/history/visit';

/** Entries read and shown before the rest of the log: more than a tall window shows, few enough to render at once. */
export const FIRST_SCREEN = 20;

export type VisitsState =
  | { state: 'loading' }
  /** `complete` is false while only the newest `visits` are loaded (and more may follow). */
  | { state: 'ready'; visits: VisitRecord[]; complete: boolean }
  | { state: 'error'; message: string };

function everything(visits: VisitRecord[]): VisitsState {
  return { state: 'ready', visits, complete: true };
}

/**
 * The reading history, newest first, with the changes the reader can make to it.
 * The first screen is read on its own, so a log of 10,000 articles shows at once; the whole log
 * (for search, filters and totals) follows. It is read again whenever the page becomes
 * visible, so articles read meanwhile appear.
 */
export function useVisits() {
  const [visits, setVisits] = useState<VisitsState>({ state: 'loading' });
  /** The read of the whole log in progress: a change waits for it, so it cannot undo the change. */
  const reading = useRef<Promise<void>>(Promise.resolve());
  /** Bumped around every change: a read that overlapped one is stale and dropped. */
  const changes = useRef(0);

  const readAll = useCallback((): Promise<void> => {
    const startedAt = changes.current;
    reading.current = listVisits().then(
      (all) => {
        if (changes.current === startedAt) setVisits(everything(all));
      },
      (error: unknown) => setVisits({ state: 'error', message: errorText(error) }),
    );
    return reading.current;
  }, []);

  // A layout effect, so the read starts before the first paint rather than after it.
  useLayoutEffect(() => {
    reading.current = listRecentVisits(FIRST_SCREEN).then(
      (newest) => {
        // Fewer than a screen: that is the whole log.
        if (newest.length < FIRST_SCREEN) setVisits(everything(newest));
        else {
          setVisits({ state: 'ready', visits: newest, complete: false });
          return readAll();
        }
      },
      // Reading everything says what failed.
      () => readAll(),
    );
    const onVisible = () => {
      if (document.visibilityState === 'visible') void readAll();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [readAll]);

  const change = useCallback(async <T>(write: () => Promise<T>): Promise<T> => {
    await reading.current;
    changes.current++;
    try {
      return await write();
    } finally {
      changes.current++;
    }
  }, []);

  const remove = useCallback(
    (url: string) =>
      change(async () => {
        await deleteVisit(url);
        // Drop the entry locally rather than reading 10,000 records again.
        setVisits((current) => (current.state === 'ready' ? everything(current.visits.filter((v) => v.url !== url)) : current));
      }),
    [change],
  );

  const clear = useCallback(
    () =>
      change(async () => {
        await clearVisits();
        setVisits(everything([]));
      }),
    [change],
  );

  /** Returns how many entries the file added or updated. */
  const importJson = useCallback(
    async (json: string) => {
      const count = await change(() => importVisits(json));
      await readAll();
      return count;
    },
    [change, readAll],
  );

  return { visits, remove, clear, importJson };
}
