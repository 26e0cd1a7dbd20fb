/**
 * One value per tab in storage.session, under `<prefix>:<tabId>`: it survives the MV3 service
 * worker being stopped, is gone when the browser closes, and is readable by extension pages
 * (the side panel) but not by content scripts. The per-tab report and the per-tab save
 * failure are both kept this way.
 */
import { browser, type Browser } from 'wxt/browser';

export interface TabSlot<T> {
  get(tabId: number): Promise<T | undefined>;
  set(tabId: number, value: T): Promise<void>;
  remove(tabId: number): Promise<void>;
  /** Calls `onChange` whenever the tab's value is set or removed; returns the unsubscribe. */
  watch(tabId: number, onChange: (value: T | undefined) => void): () => void;
}

export function tabSlot<T>(prefix: string): TabSlot<T> {
  const keyOf = (tabId: number) => `${prefix}:${tabId}`;
  return {
    async get(tabId) {
      const key = keyOf(tabId);
      const stored = await browser.storage.session.get(key);
      return stored[key] as T | undefined;
    },
    async set(tabId, value) {
      await browser.storage.session.set({ [keyOf(tabId)]: value });
    },
    async remove(tabId) {
      await browser.storage.session.remove(keyOf(tabId));
    },
    watch(tabId, onChange) {
      const key = keyOf(tabId);
      const listener = (changes: Record<string, Browser.storage.StorageChange>, areaName: string) => {
        const change = changes[key];
        if (areaName === 'session' && change) onChange((change.newValue ?? undefined) as T | undefined);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
