/**
 * A visit the reading log could not keep (storage full, database error), per tab, so the side
 * panel can say so instead of failing in silence. Kept in storage.session beside the tab's
 * report; cleared by the next successful save or when the tab moves on.
 */
import { browser, type Browser } from 'wxt/browser';

export interface SaveFailure {
  /** The canonical URL of the article that was not saved. */
  url: string;
  /** Why, as a sentence for the reader. */
  message: string;
}

const failureKey = (tabId: number) => `history-save-failed:${tabId}`;

export async function getSaveFailure(tabId: number): Promise<SaveFailure | undefined> {
  const key = failureKey(tabId);
  const stored = await browser.storage.session.get(key);
  return stored[key] as SaveFailure | undefined;
}

export async function setSaveFailure(tabId: number, failure: SaveFailure): Promise<void> {
  await browser.storage.session.set({ [failureKey(tabId)]: failure });
}

export async function clearSaveFailure(tabId: number): Promise<void> {
  await browser.storage.session.remove(failureKey(tabId));
}

/** Calls `onChange` whenever the tab's failure is set or cleared; returns the unsubscribe. */
export function watchSaveFailure(tabId: number, onChange: (failure: SaveFailure | undefined) => void): () => void {
  const key = failureKey(tabId);
  const listener = (changes: Record<string, Browser.storage.StorageChange>, areaName: string) => {
    const change = changes[key];
    if (areaName === 'session' && change) onChange((change.newValue ?? undefined) as SaveFailure | undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Why a write failed, for the reader: a full disk says what to do about it. */
export function saveFailureText(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'the browser has no room left for the extension’s data. Free some disk space, or delete old entries from the reading log.';
  }
  return error instanceof Error ? error.message : String(error);
}
