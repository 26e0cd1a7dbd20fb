import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorText } from '../../components/format';
import type { PageReport } from '../../utils/messaging/page-report';
import { getTabReport, watchTabReport } from '../../utils/tab-reports';

export type TabReportState =
  | { state: 'loading' }
  | { state: 'loaded'; page: PageReport | undefined }
  | { state: 'error'; message: string };

/** The background's latest report for a tab, kept current as the page loads and changes. */
export function useTabReport(tabId: number | undefined): TabReportState {
  const [result, setResult] = useState<TabReportState>({ state: 'loading' });

  useEffect(() => {
    setResult({ state: 'loading' });
    if (tabId === undefined) return;
    let live = true;
    // Counts pushed updates so a slower read started earlier cannot overwrite a newer push.
    let pushes = 0;
    const read = () => {
      const pushesAtStart = pushes;
      getTabReport(tabId).then(
        (page) => live && pushes === pushesAtStart && setResult({ state: 'loaded', page }),
        (error: unknown) => live && setResult({ state: 'error', message: errorText(error) }),
      );
    };
    const stopWatching = watchTabReport(tabId, (page) => {
      pushes += 1;
      if (live) setResult({ state: 'loaded', page });
    });
    const onUpdated = (updatedId: number, change: { status?: string; url?: string }) => {
      if (updatedId === tabId && (change.status !== undefined || change.url !== undefined)) read();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    read();
    return () => {
      live = false;
      stopWatching();
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);

  return result;
}
