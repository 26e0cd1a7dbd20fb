/** The latest PageReport of each tab (see tab-slot.ts for where and how long it is kept). */
import type { PageReport } from './messaging/page-report';
import { tabSlot } from './tab-slot';

const reports = tabSlot<PageReport>('tab-report');

export const getTabReport = (tabId: number): Promise<PageReport | undefined> => reports.get(tabId);
export const setTabReport = (tabId: number, page: PageReport): Promise<void> => reports.set(tabId, page);
export const removeTabReport = (tabId: number): Promise<void> => reports.remove(tabId);
/** Calls `onChange` whenever the tab's report is set or removed; returns the unsubscribe. */
export const watchTabReport = (tabId: number, onChange: (page: PageReport | undefined) => void): (() => void) =>
  reports.watch(tabId, onChange);
