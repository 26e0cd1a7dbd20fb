/**
 * The reading log with a long history, in the built extension: the time to the first rows
 * (`otr:reading-log-first-render`: from the page's script starting, and from navigation start)
 * over several loads, and the time each search keystroke takes to update the list
 * (`otr:search`). The measures are made by the page itself (entrypoints/reading-log/timing.ts).
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/harness';
import type { VisitRecord } from '../../utils/history/visit';
import { syntheticVisits } from './synthetic-visits';

export interface ReadingLogTimings {
  entries: number;
  /** From the page's script starting to the first rows in the DOM. */
  firstRenderMs: number[];
  /** The same moment from navigation start: includes the browser loading the page and its scripts. */
  firstRenderSinceNavigationMs: number[];
  keystrokeMs: number[];
}

const LOADS = 5;
/** Typed one key at a time, then erased: narrowing, widening and empty-query updates. */
const QUERY = 'harbour varga';
const WAIT_MS = 30_000;

async function measureCount(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').length, name);
}

/** Waits for the page's `count`-th measure called `name`, and returns it. */
async function nthMeasure(page: Page, name: string, count: number): Promise<{ duration: number; detail: unknown }> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const measures = await page.evaluate(
      (n) => performance.getEntriesByName(n, 'measure').map((e) => ({ duration: e.duration, detail: (e as PerformanceMeasure).detail as unknown })),
      name,
    );
    if (measures.length >= count) return measures[count - 1]!;
    if (Date.now() > deadline) throw new Error(`the reading log made no measure ${name} #${count}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Replaces the extension's reading history with `visits`, from one of its own pages. (No named
 * helpers inside the evaluated function: tsx would wrap them in a helper the page lacks.)
 */
async function replaceHistory(page: Page, visits: VisitRecord[]): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('on-the-record');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const tx = db.transaction('visits', 'readwrite');
    const store = tx.objectStore('visits');
    store.clear();
    for (const record of records) store.put(record);
    await new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, visits);
}

export async function benchReadingLog(browser: ExtensionBrowser, entries = 10_000): Promise<ReadingLogTimings> {
  const page = await browser.context.newPage();
  const url = `${browser.extensionOrigin}/reading-log.html`;
  // The first load creates the database; then the history is replaced under it.
  await page.goto(url);
  await page.locator('[data-testid="empty"], li[data-testid="visit"]').first().waitFor({ timeout: WAIT_MS });
  await replaceHistory(page, syntheticVisits(entries));

  const loaded = page.locator('[data-testid="search"]:not([disabled])');
  const firstRenderMs: number[] = [];
  const firstRenderSinceNavigationMs: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(url);
    const { duration, detail } = await nthMeasure(page, 'otr:reading-log-first-render', 1);
    firstRenderMs.push(duration);
    firstRenderSinceNavigationMs.push((detail as { sinceNavigationMs?: number } | null)?.sinceNavigationMs ?? NaN);
    // Let the page finish reading the whole log (search is enabled then) before the next load:
    // the database answers one page at a time, so a read left running would delay the next one.
    await loaded.waitFor({ timeout: WAIT_MS });
  }
  const search = page.getByTestId('search');
  await search.focus();
  const keystrokeMs: number[] = [];
  const keys = [...QUERY.split('').map((c) => (c === ' ' ? 'Space' : c)), ...QUERY.split('').map(() => 'Backspace')];
  for (const key of keys) {
    const before = await measureCount(page, 'otr:search');
    await page.keyboard.press(key);
    keystrokeMs.push((await nthMeasure(page, 'otr:search', before + 1)).duration);
  }
  await page.close();
  return { entries, firstRenderMs, firstRenderSinceNavigationMs, keystrokeMs };
}
