import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorText } from '../../components/format';
import { clearVisits, deleteVisit, importVisits, listVisits } from '../../utils/history/store';
import type { VisitRecord } from '../../utils/history/visit';

export type VisitsState =
  | { state: 'loading' }
  | { state: 'ready'; visits: VisitRecord[] }
  | { state: 'error'; message: string };

/**
 * The reading history, newest first, with the changes the reader can make to it.
 * It is read again whenever the page becomes visible, so articles read meanwhile appear.
 */
export function useVisits() {
  const [visits, setVisits] = useState<VisitsState>({ state: 'loading' });

  const reload = useCallback(async () => {
    try {
      setVisits({ state: 'ready', visits: await listVisits() });
    } catch (error) {
      setVisits({ state: 'error', message: errorText(error) });
    }
  }, []);

  useEffect(() => {
    void reload();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  const remove = useCallback(async (url: string) => {
    await deleteVisit(url);
    // Drop the entry locally rather than reading 10,000 records again.
    setVisits((current) =>
      current.state === 'ready' ? { state: 'ready', visits: current.visits.filter((v) => v.url !== url) } : current,
    );
  }, []);

  const clear = useCallback(async () => {
    await clearVisits();
    setVisits({ state: 'ready', visits: [] });
  }, []);

  /** Returns how many entries the file added or updated. */
  const importJson = useCallback(
    async (json: string) => {
      const count = await importVisits(json);
      await reload();
      return count;
    },
    [reload],
  );

  return { visits, remove, clear, importJson };
}
