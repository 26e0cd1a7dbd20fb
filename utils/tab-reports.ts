/**
 * The latest PageReport of each tab, kept in storage.session: it survives the MV3 service
 * worker being stopped, is gone when the browser closes, and is readable by extension pages
 * (the side panel) but not by content scripts.
 */
import { browser, type Browser } from 'wxt/browser';
import type { PageReport } from './messaging/page-report';

const tabKey = (tabId: number) => `tab-report:${tabId}`;

export async function getTabReport(tabId: number): Promise<PageReport | undefined> {
  const key = tabKey(tabId);
  const stored = await browser.storage.session.get(key);
  return stored[key] as PageReport | undefined;
}

export async function setTabReport(tabId: number, page: PageReport): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: page });
}

export async function removeTabReport(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}

/** Calls `onChange` whenever the tab's report is set or removed; returns the unsubscribe. */
export function watchTabReport(tabId: number, onChange: (page: PageReport | undefined) => void): () => void {
  const key = tabKey(tabId);
  const listener = (changes: Record<string, Browser.storage.StorageChange>, areaName: string) => {
    const change = changes[key];
    if (areaName === 'session' && change) onChange((change.newValue ?? undefined) as PageReport | undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
