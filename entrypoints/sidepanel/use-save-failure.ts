import { useEffect, useState } from 'preact/hooks';
import { getSaveFailure, watchSaveFailure, type SaveFailure } from '../../utils/history/save-failures';

/** Why the tab's last visit could not be saved to the reading log, if it could not. */
export function useSaveFailure(tabId: number | undefined): SaveFailure | undefined {
  const [failure, setFailure] = useState<SaveFailure | undefined>(undefined);

  useEffect(() => {
    setFailure(undefined);
    if (tabId === undefined) return;
    let live = true;
    let pushed = false;
    const stopWatching = watchSaveFailure(tabId, (next) => {
      pushed = true;
      if (live) setFailure(next);
    });
    // A push that arrives while this first read is on its way is newer: keep it.
    getSaveFailure(tabId).then(
      (stored) => live && !pushed && setFailure(stored),
      () => undefined,
    );
    return () => {
      live = false;
      stopWatching();
    };
  }, [tabId]);

  return failure;
}
