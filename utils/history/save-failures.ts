/**
 * A visit the reading log could not keep (storage full, database error), per tab, so the side
 * panel can say so instead of failing in silence. Kept in storage.session beside the tab's
 * report; cleared by the next successful save or when the tab moves on.
 */
import { tabSlot } from '../tab-slot';

export interface SaveFailure {
  /** The canonical URL of the article that was not saved. */
  url: string;
  /** Why, as a sentence for the reader. */
  message: string;
}

const failures = tabSlot<SaveFailure>('history-save-failed');

export const getSaveFailure = (tabId: number): Promise<SaveFailure | undefined> => failures.get(tabId);
export const setSaveFailure = (tabId: number, failure: SaveFailure): Promise<void> => failures.set(tabId, failure);
export const clearSaveFailure = (tabId: number): Promise<void> => failures.remove(tabId);
/** Calls `onChange` whenever the tab's failure is set or cleared; returns the unsubscribe. */
export const watchSaveFailure = (tabId: number, onChange: (failure: SaveFailure | undefined) => void): (() => void) =>
  failures.watch(tabId, onChange);

/** Why a write failed, for the reader: a full disk says what to do about it. */
export function saveFailureText(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'the browser has no room left for the extension’s data. Free some disk space, or delete old entries from the reading log.';
  }
  return error instanceof Error ? error.message : String(error);
}
