/**
 * The reading history in a real Chromium, where only the browser's own behaviour will do:
 * the service worker is stopped through the DevTools protocol between receiving a visit and
 * storing it, and the visit is still filed after the restart; a newer schema opened while the
 * reading log is open is not wedged by it; and nothing leaves the machine.
 *
 * The window between receiving and storing is made deterministic from outside the product:
 * an extension page holds the visits store in a read-write transaction, so the worker's write
 * waits behind it while the worker is stopped.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  dumpExtensionIndexedDb,
  launchExtensionBrowser,
  requestsOffMachine,
  startServiceWorker,
  stopServiceWorker,
  type ExtensionBrowser,
} from './harness';
import { ReadingLog } from './pages';
import type { VisitRecord } from '../../utils/history/visit';

const DB_NAME = 'on-the-record';
const ARTICLE = 'e2e/plain-article.html';
const HEADLINE = 'Brackwater Ferry Crew Rescues Two Kayakers';

/** What the holding page keeps on its window. */
interface Holder {
  otrHold: { release(): Promise<void>; has(url: string): Promise<boolean> };
}

/**
 * From an extension page, opens the history database and keeps a read-write transaction on
 * its visits store busy until `release()`; `has(url)` reads inside that same transaction.
 */
async function holdVisitsStore(page: Page): Promise<void> {
  await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('visits', 'readwrite');
    const visits = tx.objectStore('visits');
    let held = true;
    // Requests can only be made while the transaction is active: inside one of its callbacks.
    const checks: Array<{ url: string; answer: (found: boolean) => void }> = [];
    const spin = () => {
      for (const { url, answer } of checks.splice(0)) {
        visits.get(url).onsuccess = (event) => answer((event.target as IDBRequest).result !== undefined);
      }
      visits.get('nothing').onsuccess = () => held && spin();
    };
    spin();
    const committed = new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
    (window as unknown as Holder).otrHold = {
      release: async () => {
        held = false;
        await committed;
        db.close();
      },
      has: (url) => new Promise((answer) => checks.push({ url, answer })),
    };
  }, DB_NAME);
}

/** The one piece of the `chrome` global read from an extension page here. */
interface ChromeSession {
  chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> } } };
}

/** Forgets every journaled visit, as if the worker had been stopped before it journaled anything. */
function clearJournal(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const { session } = (globalThis as unknown as ChromeSession).chrome.storage;
    await session.remove(Object.keys(await session.get(null)).filter((key) => key.startsWith('pending-visit:')));
  });
}

/** The articles of the visits journaled in storage.session and not yet settled, read from an extension page. */
function journaledUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const all = await (globalThis as unknown as ChromeSession).chrome.storage.session.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith('pending-visit:'))
      .map(([, value]) => (value as { meta: { canonicalUrl: string } }).meta.canonicalUrl);
  });
}

describe('reading history under a stopped worker and an upgrade', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function storedVisit(url: string): Promise<VisitRecord | undefined> {
    const records = Object.values(await dumpExtensionIndexedDb(browser)).flat() as VisitRecord[];
    return records.find((record) => record.url === url);
  }

  test('a visit whose write was cut off by stopping the worker is in the log after the restart', async () => {
    // The reading log creates the database; then it holds the visits store.
    const holder = await ReadingLog.open(browser);
    await holder.empty().waitFor();
    await holdVisitsStore(holder.page);

    const tab = await browser.context.newPage();
    await tab.goto(browser.server.url(ARTICLE));
    const url = tab.url();

    // Received: the background journaled the visit. Not stored: the write waits behind the holder.
    await expect.poll(() => journaledUrls(holder.page), { timeout: 30_000 }).toEqual([url]);
    expect(await holder.page.evaluate((u) => (window as unknown as Holder).otrHold.has(u), url)).toBe(false);

    await stopServiceWorker(browser, tab);
    // The stopped worker's transaction died with it. The content script, left without an
    // answer, sends the article again (which wakes a fresh worker) and the fresh worker
    // replays the journal: both wait behind the holder until it lets go.
    await holder.page.evaluate(() => (window as unknown as Holder).otrHold.release());

    await startServiceWorker(browser, tab);
    await expect.poll(() => storedVisit(url), { timeout: 15_000 }).toMatchObject({ url, title: HEADLINE, visitCount: 1 });
    await expect.poll(() => journaledUrls(holder.page)).toEqual([]);

    const log = await ReadingLog.open(browser);
    await log.visit(url).waitFor();
    expect(await log.visit(url).innerText()).toContain(HEADLINE);
    await log.page.close();
    await holder.page.close();
    await tab.close();
  });

  test('a worker stopped before it journaled the visit: the content script sends the article again', async () => {
    const holder = await ReadingLog.open(browser);
    await holdVisitsStore(holder.page);

    const tab = await browser.context.newPage();
    await tab.goto(browser.server.url(`${ARTICLE}?edition=second`));
    const url = tab.url();
    await expect.poll(() => journaledUrls(holder.page), { timeout: 30_000 }).toEqual([url]);
    // Nothing left for a restarted worker to replay: only the content script can bring the visit back.
    await clearJournal(holder.page);
    await stopServiceWorker(browser, tab);
    await holder.page.evaluate(() => (window as unknown as Holder).otrHold.release());

    await expect.poll(() => storedVisit(url), { timeout: 15_000 }).toMatchObject({ url, title: HEADLINE, visitCount: 1 });
    await expect.poll(() => journaledUrls(holder.page)).toEqual([]);
    await holder.page.close();
    await tab.close();
  });

  test('a newer schema opened while the reading log is open is not wedged by it, and the log says to reload', async () => {
    const log = await ReadingLog.open(browser);
    await log.visits().first().waitFor();

    // Another extension page opens the next version, as an updated extension would.
    const updater = await browser.context.newPage();
    await updater.goto(`${browser.extensionOrigin}/sidepanel.html?tab=0`);
    const outcome = await updater.evaluate(
      (name) =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open(name, 1_000);
          const timer = setTimeout(() => resolve('still waiting after 10 s'), 10_000);
          request.onblocked = () => resolve('blocked');
          request.onsuccess = () => {
            clearTimeout(timer);
            request.result.close();
            resolve(`opened version ${request.result.version}`);
          };
          request.onerror = () => resolve(`failed: ${String(request.error)}`);
        }),
      DB_NAME,
    );
    expect(outcome).toBe('opened version 1000');

    // The log's code is now older than the database: its next use asks the reader to reload.
    log.page.once('dialog', (dialog) => void dialog.accept());
    await log.clearAll().click();
    await expect.poll(() => log.page.locator('body').innerText()).toMatch(/reload this page/);
    await updater.close();
    await log.page.close();
  });

  test('no request left the machine', () => {
    expect(browser.requests.some((r) => r.url.startsWith(browser.server.origin))).toBe(true);
    expect(requestsOffMachine(browser)).toEqual([]);
    // The trap proxy also sees Chromium's own housekeeping; nothing there may name us or a page we read.
    expect(browser.proxy.attempts.join('\n')).not.toContain(browser.extensionId);
    expect(browser.proxy.attempts.join('\n')).not.toContain('brackwater');
  });
});
