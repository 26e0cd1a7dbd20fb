import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** `?tab=<id>` pins the panel to one tab, so tests can open sidepanel.html as an ordinary page. */
export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,12}$/.test(raw)) return undefined;
  return Number(raw);
}

export type CurrentTab =
  | { state: 'looking' }
  | { state: 'none' }
  | { state: 'found'; tabId: number };

/**
 * The tab the panel describes: the pinned one, or the active tab of the panel's window,
 * followed as the reader switches tabs.
 */
export function useCurrentTab(fixedTabId: number | undefined): CurrentTab {
  const [current, setCurrent] = useState<CurrentTab>(
    fixedTabId === undefined ? { state: 'looking' } : { state: 'found', tabId: fixedTabId },
  );

  useEffect(() => {
    if (fixedTabId !== undefined) return;
    let windowId: number | undefined;
    let live = true;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      // The panel belongs to one window; tab switches in other windows are not ours.
      if (windowId !== undefined && info.windowId !== windowId) return;
      setCurrent({ state: 'found', tabId: info.tabId });
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => {
        if (!live) return;
        windowId = tab?.windowId;
        setCurrent(tab?.id === undefined ? { state: 'none' } : { state: 'found', tabId: tab.id });
      })
      .catch(() => live && setCurrent({ state: 'none' }));
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [fixedTabId]);

  return current;
}
