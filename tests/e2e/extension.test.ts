/**
 * The built extension in a real Chromium, as a reader meets it: an article page is analysed,
 * the side panel shows who speaks and highlights a sentence in the page, the reading log keeps
 * the visit across a service-worker restart, a section front leaves no trace, a single-page
 * app's second story is analysed, the per-site switch stops and resumes analysis, the log
 * searches, deletes, exports and imports, and nothing leaves the machine.
 *
 * Tests run in order and share one browser (a fresh profile), like a reading session.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  FIXTURES_DIR,
  PROJECT_ROOT,
  dumpExtensionIndexedDb,
  launchExtensionBrowser,
  readTabReports,
  requestsOffMachine,
  runningWorkerCount,
  startServiceWorker,
  stopServiceWorker,
  waitForTabReport,
  type ExtensionBrowser,
  type TabReport,
} from './harness';
import { ReadingLog, SidePanel } from './pages';
import type { VisitRecord } from '../../utils/history/visit';

/** A fixture's own <link rel=canonical>: the address its visit is filed under. */
function canonicalOf(fixture: string): string {
  const html = readFileSync(join(FIXTURES_DIR, fixture), 'utf8');
  const href = /<link rel="canonical" href="([^"]{1,500})">/.exec(html)?.[1];
  if (!href) throw new Error(`${fixture} has no canonical link`);
  return href;
}

/** The demo article's stated reason for anonymity, read from the page so a rewording keeps up. */
function anonymityReasonOf(fixture: string): string {
  const html = readFileSync(join(FIXTURES_DIR, fixture), 'utf8');
  const reason = /on the condition of anonymity because ([^.<]{1,200})\./.exec(html)?.[1];
  if (!reason) throw new Error(`${fixture} no longer gives a reason "on the condition of anonymity because …"`);
  return reason;
}

const DEMO = {
  file: 'demo-article.html',
  canonical: canonicalOf('demo-article.html'),
  anonymityReason: anonymityReasonOf('demo-article.html'),
  site: 'calderledger.example',
  headline: 'Port Calder Transit Deal Stalls Over Freight Terms',
};
const SPA_FIRST_CANONICAL = canonicalOf('e2e/spa-articles.html');
const SPA_SECOND_CANONICAL = 'https://herald.eastmere.example/2031/06/03/salt-marsh-boardwalk-closed.html';
const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');

/** The sentences the highlight covers, read from the page's own world. */
function highlightedText(page: Page): Promise<string[] | null> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('otr-focus');
    if (!highlight) return null;
    return Array.from(highlight as unknown as Iterable<AbstractRange>, (range) =>
      range instanceof Range ? range.toString() : '',
    );
  });
}

describe('On the Record in Chromium', () => {
  let browser: ExtensionBrowser;
  let article: Page;
  let articleReport: TabReport;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    article = await browser.context.newPage();
    await article.goto(browser.server.url(DEMO.file));
    articleReport = await waitForTabReport(browser, article.url());
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The reading-history record filed under `url`, read straight from the extension's IndexedDB. */
  async function visitRecord(url: string): Promise<VisitRecord | undefined> {
    const records = Object.values(await dumpExtensionIndexedDb(browser)).flat() as VisitRecord[];
    return records.find((record) => record.url === url);
  }

  test('the background files the demo article as an article under its canonical address', () => {
    const { page } = articleReport;
    expect(page.status).toBe('article');
    if (page.status !== 'article') return;
    expect(page.meta.url).toBe(article.url());
    expect(page.meta.canonicalUrl).toBe(DEMO.canonical);
    expect(page.meta.site).toBe(DEMO.site);
    expect(page.meta.title).toBe(DEMO.headline);
    expect(page.report.isArticle).toBe(true);
  });

  test('the side panel shows the named people, organisations, anonymous sources and denials', async () => {
    const panel = await SidePanel.open(browser, articleReport.tabId);
    await expect.poll(() => panel.headline().innerText()).toContain(DEMO.headline);

    const named = await panel.sourceNames('named');
    for (const person of ['Elena Varga', 'Tomas R. Okafor', 'Priya Nandakumar', 'Augusta Pellham']) {
      expect(named.some((name) => name.includes(person)), `${person} in ${JSON.stringify(named)}`).toBe(true);
    }
    // Bylines, photo credits and contributor lines are not sources.
    const everyone = [...named, ...(await panel.sourceNames('organization'))].join(' | ');
    for (const staff of ['Marisol Quenby', 'Desmond Achterberg', 'Jonah Ferreira', 'Ilse Moravec']) {
      expect(everyone).not.toContain(staff);
    }
    // "A spokeswoman for Northgate Logistics said …" puts the company on the record.
    expect(await panel.sourceNames('organization')).toContainEqual(expect.stringContaining('Northgate Logistics'));

    const anonymous = await panel.anonymousSources();
    expect(anonymous.length).toBeGreaterThanOrEqual(2);
    for (const source of anonymous) {
      // Every anonymous source says either why it is anonymous or that no reason was given.
      expect(source.reason !== undefined || source.flaggedNoReason, source.text).toBe(true);
      expect(source.reason !== undefined && source.flaggedNoReason, source.text).toBe(false);
    }
    expect(anonymous.map((s) => s.reason ?? '')).toContainEqual(expect.stringContaining(DEMO.anonymityReason));
    const briefed = anonymous.find((s) => s.text.includes('briefed on the talks'));
    expect(briefed, JSON.stringify(anonymous)).toBeDefined();
    expect(briefed?.flaggedNoReason).toBe(true);

    await expect.poll(() => panel.denials('denial').allInnerTexts()).toContainEqual(expect.stringContaining('Strand denied'));
    expect(await panel.denials('no_comment').allInnerTexts()).toContainEqual(expect.stringContaining('Corinne Abellard'));
    expect(await panel.denials('no_response').allInnerTexts()).toContainEqual(expect.stringContaining('Rafael Dunmore'));

    // The summary counts what the lists show.
    expect(await panel.count('named')).toBe(await panel.sources('named').count());
    expect(await panel.count('organization')).toBe(await panel.sources('organization').count());
    expect(await panel.count('denial')).toBe(await panel.denials().count());
    expect(await panel.count('anonymous')).toBe(await panel.sources('anonymous').getByTestId('mention').count());

    mkdirSync(ARTIFACTS, { recursive: true });
    await panel.page.screenshot({ path: join(ARTIFACTS, 'sidepanel.png'), fullPage: true });
    await panel.page.close();
  });

  test('clicking a mention in the panel highlights that sentence in the article', async () => {
    const panel = await SidePanel.open(browser, articleReport.tabId);
    expect(await highlightedText(article)).toBeNull();

    await panel.mention('The signals are the whole ballgame').first().click();
    await expect.poll(() => highlightedText(article)).toContainEqual(
      expect.stringContaining('"The signals are the whole ballgame," said Tomas R. Okafor'),
    );

    // Another mention moves the highlight: one sentence at a time.
    await panel.mention('briefed on the talks').first().click();
    await expect.poll(() => highlightedText(article)).toEqual([
      expect.stringContaining('A person briefed on the talks said'),
    ]);
    await panel.page.close();
  });

  test('the visit outlives a service-worker restart and is listed in the reading log', async () => {
    const worker = await browser.worker();
    await worker.evaluate(() => Object.assign(globalThis, { otrE2eMarker: 'before restart' }));

    await stopServiceWorker(browser, article);
    expect(await runningWorkerCount(browser, article)).toBe(0);
    await startServiceWorker(browser, article);
    expect(await runningWorkerCount(browser, article)).toBe(1);
    const restarted = await browser.worker();
    expect(await restarted.evaluate(() => (globalThis as { otrE2eMarker?: string }).otrE2eMarker)).toBeUndefined();

    // The per-tab report and the history are both still there.
    const again = await waitForTabReport(browser, article.url(), (page) => page.status === 'article', 5_000);
    expect(again.tabId).toBe(articleReport.tabId);
    const records = Object.values(await dumpExtensionIndexedDb(browser)).flat();
    expect(JSON.stringify(records)).toContain(JSON.stringify(DEMO.canonical));

    const log = await ReadingLog.open(browser);
    const visit = log.visit(DEMO.canonical);
    await visit.waitFor();
    expect(await visit.innerText()).toContain(DEMO.headline);
    expect(await visit.innerText()).toContain(DEMO.site);
    expect(await log.visits().count()).toBe(1);
    await expect.poll(() => log.siteTotal(DEMO.site).count()).toBe(1);
    await log.page.close();

    // The panel still describes the tab after the restart.
    const panel = await SidePanel.open(browser, articleReport.tabId);
    await expect.poll(() => panel.headline().innerText()).toContain(DEMO.headline);
    await panel.page.close();
  });

  test('a section front is not an article and leaves no trace', async () => {
    const front = await browser.context.newPage();
    // The page's own listeners hear every message posted to its window: the content script posts none.
    await front.addInitScript(() => {
      const heard: unknown[] = [];
      Object.assign(window, { otrHeard: heard });
      window.addEventListener('message', (event) => heard.push(event.data));
    });
    await front.goto(browser.server.url('e2e/not-article.html'));
    const report = await waitForTabReport(browser, front.url());
    expect(report.page.status).toBe('not-article');
    expect(await front.evaluate(() => (window as unknown as { otrHeard: unknown[] }).otrHeard)).toEqual([]);

    const panel = await SidePanel.open(browser, report.tabId);
    await panel.waitForStatus('not-article');
    expect(await panel.sources('named').count()).toBe(0);
    await panel.page.close();

    const stored = JSON.stringify(await dumpExtensionIndexedDb(browser));
    expect(stored).toContain(JSON.stringify(DEMO.canonical));
    expect(stored).not.toContain('not-article.html');
    expect(stored).not.toContain('Fenwick');

    const log = await ReadingLog.open(browser);
    await log.visit(DEMO.canonical).waitFor();
    expect(await log.visitUrls()).toEqual([DEMO.canonical]);
    await log.page.close();

    // Closing the tab drops its report from the session store.
    await front.close();
    await expect
      .poll(async () => (await readTabReports(browser)).map((r) => r.tabId))
      .not.toContain(report.tabId);
  });

  test("a single-page app's second story is analysed after history.pushState", async () => {
    const app = await browser.context.newPage();
    await app.goto(browser.server.url('e2e/spa-articles.html'));
    const first = await waitForTabReport(browser, app.url(), (page) => page.status === 'article');

    const panel = await SidePanel.open(browser, first.tabId);
    await expect.poll(() => panel.sourceNames('named')).toContainEqual(expect.stringContaining('Beatrix Halloway'));

    await app.click('#next-story');
    expect(app.url()).toMatch(/\?story=2$/);
    const second = await waitForTabReport(browser, app.url(), (page) => page.status === 'article');
    expect(second.tabId).toBe(first.tabId);
    if (second.page.status === 'article') expect(second.page.meta.canonicalUrl).toBe(SPA_SECOND_CANONICAL);

    // The open panel follows the tab to the new story.
    await expect.poll(() => panel.sourceNames('named')).toContainEqual(expect.stringContaining('Ingrid Solvang'));
    expect((await panel.sourceNames('named')).join(' | ')).not.toContain('Beatrix Halloway');
    expect((await panel.anonymousSources()).map((s) => s.reason ?? '')).toContainEqual(
      expect.stringContaining('inspection report has not yet been published'),
    );
    await panel.page.close();

    const log = await ReadingLog.open(browser);
    await log.visit(SPA_SECOND_CANONICAL).waitFor();
    expect((await log.visitUrls()).sort()).toEqual([DEMO.canonical, SPA_FIRST_CANONICAL, SPA_SECOND_CANONICAL].sort());
    await log.page.close();
    await app.close();
  });

  test('the reading log searches, filters by site and deletes a visit', async () => {
    const log = await ReadingLog.open(browser);
    await log.visit(DEMO.canonical).waitFor();

    await log.search().fill('boardwalk');
    await expect.poll(() => log.visitUrls()).toEqual([SPA_SECOND_CANONICAL]);
    await log.search().fill('');
    await expect.poll(() => log.visits().count()).toBe(3);

    await log.siteFilter().selectOption(DEMO.site);
    await expect.poll(() => log.visitUrls()).toEqual([DEMO.canonical]);
    await log.siteFilter().selectOption({ index: 0 });
    await expect.poll(() => log.visits().count()).toBe(3);

    log.page.once('dialog', (dialog) => void dialog.accept());
    await log.deleteButton(SPA_SECOND_CANONICAL).click();
    await expect.poll(() => log.visit(SPA_SECOND_CANONICAL).count()).toBe(0);
    await expect
      .poll(async () => JSON.stringify(await dumpExtensionIndexedDb(browser)))
      .not.toContain(SPA_SECOND_CANONICAL);
    await log.page.close();
  });

  test('switching a site off stops the analysis there and records nothing; switching it on analyses again', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(browser.server.url('e2e/plain-article.html'));
    const url = tab.url();
    const analysed = await waitForTabReport(browser, url, (page) => page.status === 'article');
    const recorded = await visitRecord(url);
    expect(recorded).toBeDefined();

    const panel = await SidePanel.open(browser, analysed.tabId);
    await expect.poll(() => panel.headline().innerText()).toContain('Brackwater Ferry Crew Rescues Two Kayakers');
    expect(await panel.siteSwitch().isChecked()).toBe(true);
    await panel.setSiteEnabled(false);
    await panel.waitForStatus('disabled');
    await waitForTabReport(browser, url, (page) => page.status === 'disabled');

    // Reloading while off: reported as disabled, and the reading history is not touched.
    const reloadedAt = Date.now();
    await tab.reload();
    await waitForTabReport(browser, url, (page) => page.status === 'disabled' && page.analysedAt >= reloadedAt);
    expect((await visitRecord(url))?.lastVisit).toBe(recorded?.lastVisit);

    await panel.setSiteEnabled(true);
    await waitForTabReport(browser, url, (page) => page.status === 'article');
    await expect.poll(() => panel.headline().innerText()).toContain('Brackwater Ferry Crew Rescues Two Kayakers');
    await panel.page.close();
    await tab.close();
  });

  test('the switch in the panel also stops an article whose address is not on its canonical host', async () => {
    // The demo article is served from 127.0.0.1 but names calderledger.example as its home,
    // as a syndicated or mirrored copy does. Whatever site the panel offers to switch off,
    // the content script must then stop analysing the page.
    const panel = await SidePanel.open(browser, articleReport.tabId);
    await expect.poll(() => panel.headline().innerText()).toContain(DEMO.headline);
    await panel.setSiteEnabled(false);
    try {
      await panel.waitForStatus('disabled');
      const reloadedAt = Date.now();
      await article.reload();
      const after = await waitForTabReport(browser, article.url(), (page) => page.analysedAt >= reloadedAt);
      expect(after.page.status, 'report after switching the site off and reloading').toBe('disabled');
    } finally {
      await panel.setSiteEnabled(true);
      await panel.page.close();
    }
  });

  test('the panel opens the reading log in a new tab', async () => {
    const panel = await SidePanel.open(browser, articleReport.tabId);
    await expect.poll(() => panel.headline().innerText()).toContain(DEMO.headline);
    const [logTab] = await Promise.all([browser.context.waitForEvent('page'), panel.openReadingLogLink().click()]);
    await logTab.waitForURL(`${browser.extensionOrigin}/reading-log.html`);
    await logTab.locator(`li[data-testid="visit"][data-url="${DEMO.canonical}"]`).waitFor();
    await logTab.close();
    await panel.page.close();
  });

  test('the reading log exports the history, clears it, and imports the export back', async () => {
    const log = await ReadingLog.open(browser);
    await log.visit(DEMO.canonical).waitFor();
    const listed = (await log.visitUrls()).sort();

    const [download] = await Promise.all([log.page.waitForEvent('download'), log.exportButton().click()]);
    const exportPath = join(ARTIFACTS, 'reading-log-export.json');
    mkdirSync(ARTIFACTS, { recursive: true });
    await download.saveAs(exportPath);
    const exported = readFileSync(exportPath, 'utf8');
    expect(() => JSON.parse(exported)).not.toThrow();
    for (const url of listed) expect(exported).toContain(JSON.stringify(url));

    log.page.once('dialog', (dialog) => void dialog.accept());
    await log.clearAll().click();
    await log.empty().waitFor();
    expect(await log.visits().count()).toBe(0);
    await expect.poll(async () => Object.values(await dumpExtensionIndexedDb(browser)).flat()).toEqual([]);

    await log.page.getByTestId('import').setInputFiles(exportPath);
    await expect.poll(async () => (await log.visitUrls()).sort()).toEqual(listed);
    expect((await visitRecord(DEMO.canonical))?.title).toBe(DEMO.headline);
    await log.page.close();
  });

  test('no request left the machine', async () => {
    // The recorder saw this session's traffic: the fixture pages and the extension's own pages.
    const urls = browser.requests.map((r) => r.url);
    expect(urls).toContain(browser.server.url(DEMO.file));
    expect(urls.some((url) => url.startsWith(`${browser.extensionOrigin}/sidepanel.html`))).toBe(true);

    // Kept for whoever reads a CI run: what the browser asked for, and what the trap caught.
    mkdirSync(ARTIFACTS, { recursive: true });
    const record = { requests: browser.requests, trappedByProxy: browser.proxy.attempts };
    writeFileSync(join(ARTIFACTS, 'requests.json'), JSON.stringify(record, null, 2));

    expect(requestsOffMachine(browser)).toEqual([]);

    // The trap proxy catches the browser's own housekeeping (component updates, Google
    // account and autofill pings), which Chromium makes with or without this extension.
    // Anything else there, or anything naming a page the extension saw, came from us.
    const chromiumHousekeeping = /^(CONNECT |[A-Z]+ https?:\/\/)[a-z0-9.-]*\.(google\.com|googleapis\.com|gvt1\.com)(:\d+|\/|$)/;
    expect(browser.proxy.attempts.filter((line) => !chromiumHousekeeping.test(line))).toEqual([]);
    for (const host of ['calderledger.example', 'eastmere.example', browser.extensionId]) {
      expect(browser.proxy.attempts.join('\n')).not.toContain(host);
    }
  });
});
