/**
 * Runs the built extension in a real Chromium for the browser tests: a fresh profile per suite,
 * a static server for the fixture pages on 127.0.0.1, and a record of every request made.
 *
 * Requests are recorded twice, because neither view alone sees everything:
 * - Playwright's `request` event: every request from pages, frames and the extension's
 *   service worker, with its full URL (including chrome-extension:// loads);
 * - a trap proxy that the browser must use for every host but loopback: anything that tries
 *   to leave the machine (from any part of the browser) lands there, is recorded and refused.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './chromium-path';
import type { PageReport } from '../../utils/messaging/page-report';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES_DIR = join(PROJECT_ROOT, 'tests/fixtures');
const BUILT_EXTENSION = join(PROJECT_ROOT, '.output/chrome-mv3');

// ---------------------------------------------------------------------------------------------
// Fixture server

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** URL of a file under the served directory, e.g. `url('e2e/not-article.html')`. */
  url(path: string): string;
  close(): Promise<void>;
}

/** What the static server serves, and how. The default is tests/fixtures as UTF-8. */
export interface ServeOptions {
  /** The directory served read-only (default tests/fixtures). */
  root?: string;
  /** Content-Type per file extension; only these extensions are served (default: UTF-8 html, css, js). */
  contentTypes?: Record<string, string>;
  /** Extra headers on every file served, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /** The file (a path under `root`) a request asks for, when not the request's own path. */
  fileOf?: (request: URL) => string | undefined;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** The request's path, decoded; undefined when it is not valid percent-encoding ("100%.png"). */
function decodedPath(request: URL): string | undefined {
  try {
    return decodeURIComponent(request.pathname);
  } catch {
    return undefined;
  }
}

/** Serves a directory (tests/fixtures by default) read-only on 127.0.0.1 at a random port; anything else is a 404. */
export async function startFixtureServer(options: ServeOptions = {}): Promise<FixtureServer> {
  const root = resolve(options.root ?? FIXTURES_DIR);
  const contentTypes = options.contentTypes ?? CONTENT_TYPES;
  const server = createServer((req, res) => {
    const request = new URL(req.url ?? '/', 'http://x');
    const path = options.fileOf?.(request) ?? decodedPath(request);
    const file = path === undefined ? '' : normalize(join(root, path));
    const type = contentTypes[extname(file)];
    if (!file.startsWith(root + sep) || !existsSync(file) || !type) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { ...options.headers, 'content-type': type }).end(readFileSync(file));
  });
  const port = await listenOnLoopback(server);
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => closeServer(server),
  };
}

// ---------------------------------------------------------------------------------------------
// Trap proxy

export interface TrapProxy {
  port: number;
  /** Every request that tried to leave the machine: `CONNECT host:port` or `GET http://…`. */
  attempts: string[];
  close(): Promise<void>;
}

/** An HTTP proxy that records every request and forwards none. */
export async function startTrapProxy(): Promise<TrapProxy> {
  const attempts: string[] = [];
  const server = createServer((req, res) => {
    attempts.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket: Socket) => {
    attempts.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  const port = await listenOnLoopback(server);
  return { port, attempts, close: () => closeServer(server) };
}

// ---------------------------------------------------------------------------------------------
// Browser with the extension

export interface RecordedRequest {
  url: string;
  /** 'worker' when the extension's service worker made it. */
  from: 'page' | 'worker';
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** `chrome-extension://<id>` */
  extensionOrigin: string;
  server: FixtureServer;
  proxy: TrapProxy;
  requests: RecordedRequest[];
  /** The extension's service worker as it is now (started again if it was stopped). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * Launches Chromium on a fresh profile with a private copy of .output/chrome-mv3 (so a rebuild
 * during the run cannot change the extension under test). Build it first: `npx wxt build`.
 * `serve` chooses what the page server serves (tests/fixtures by default).
 */
export async function launchExtensionBrowser(options: { serve?: ServeOptions } = {}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  if (!existsSync(join(BUILT_EXTENSION, 'manifest.json'))) {
    throw new Error(`No built extension at ${BUILT_EXTENSION}: run \`npx wxt build\` first.`);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'otr-e2e-'));
  const extensionDir = join(scratch, 'extension');
  cpSync(BUILT_EXTENSION, extensionDir, { recursive: true });

  const server = await startFixtureServer(options.serve);
  const proxy = await startTrapProxy();
  const cleanUp = async () => {
    await Promise.all([server.close(), proxy.close()]);
    rmSync(scratch, { recursive: true, force: true });
  };
  const context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
    executablePath,
    headless: false, // the new headless mode (below) is the one that runs extensions
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Fewer of Chromium's own calls home in the trap's log (they would be refused anyway).
      '--disable-features=AutofillServerCommunication',
      // Everything but loopback goes to the trap (Chromium never proxies loopback).
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
    ],
  }).catch(async (error: unknown) => {
    await cleanUp();
    throw error;
  });

  // Requests the worker makes before this listener exists are not seen here; the trap proxy
  // still records any that try to leave the machine.
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    requests.push({ url: request.url(), from: request.serviceWorker() ? 'worker' : 'page' });
  });

  const firstWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker').catch(async (error: unknown) => {
      await context.close();
      await cleanUp();
      throw new Error(`The extension's service worker never started (is the build broken?): ${String(error)}`);
    }));
  // Node's URL gives non-special schemes an opaque origin, so build it from the host.
  const extensionId = new URL(firstWorker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  const worker = async (): Promise<Worker> => {
    const running = context.serviceWorkers().filter((w) => w.url().startsWith(extensionOrigin));
    const latest = running.at(-1);
    if (latest) return latest;
    return context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(extensionOrigin) });
  };

  return {
    context,
    extensionId,
    extensionOrigin,
    server,
    proxy,
    requests,
    worker,
    close: async () => {
      await context.close();
      await cleanUp();
    },
  };
}

/** Requests that went anywhere but the fixture server or the extension itself. */
export function requestsOffMachine(browser: ExtensionBrowser): RecordedRequest[] {
  return browser.requests.filter(({ url }) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'chrome-extension:') return !url.startsWith(browser.extensionOrigin);
    if (protocol === 'data:' || protocol === 'blob:' || url === 'about:blank') return false;
    return hostname !== '127.0.0.1';
  });
}

// ---------------------------------------------------------------------------------------------
// What the background knows

/** The one piece of the `chrome` global these helpers use inside the worker. */
interface ChromeSession {
  chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
}

export interface TabReport {
  tabId: number;
  key: string;
  page: PageReport;
}

/** The background's storage.session key for a tab's report (utils/tab-reports.ts). */
const TAB_REPORT_KEY = /^tab-report:(\d+)$/;

/** Every per-tab report in chrome.storage.session, with its tab id. */
export async function readTabReports(browser: ExtensionBrowser): Promise<TabReport[]> {
  const worker = await browser.worker();
  const all = await worker.evaluate(() => (globalThis as unknown as ChromeSession).chrome.storage.session.get(null));
  return Object.entries(all).flatMap(([key, value]) => {
    const tabId = TAB_REPORT_KEY.exec(key)?.[1];
    const page = value as PageReport | null;
    if (tabId === undefined || typeof page?.status !== 'string') return [];
    return [{ tabId: Number(tabId), key, page }];
  });
}

/** The address a report was made for. */
export function reportedUrl(page: PageReport): string {
  return page.status === 'article' ? page.meta.url : page.url;
}

/** Waits until the background holds a report for `url` that passes `accept`, and returns it. */
export async function waitForTabReport(
  browser: ExtensionBrowser,
  url: string,
  accept: (page: PageReport) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<TabReport> {
  const deadline = Date.now() + timeoutMs;
  let seen: TabReport[] = [];
  while (Date.now() < deadline) {
    seen = await readTabReports(browser);
    const found = seen.find((r) => reportedUrl(r.page) === url && accept(r.page));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  const summary = seen.map((r) => `${r.key}: ${r.page.status} ${reportedUrl(r.page)}`).join('; ');
  throw new Error(`No matching report for ${url} after ${timeoutMs} ms (session storage: ${summary || 'empty'})`);
}

/** Every record of every object store of every IndexedDB database the extension has. */
export async function dumpExtensionIndexedDb(browser: ExtensionBrowser): Promise<Record<string, unknown[]>> {
  const worker = await browser.worker();
  return worker.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((ok, fail) => {
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
    const dump: Record<string, unknown[]> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      for (const store of Array.from(db.objectStoreNames)) {
        dump[`${name}/${store}`] = await request(db.transaction(store).objectStore(store).getAll());
      }
      db.close();
    }
    return dump;
  });
}

/**
 * Stops the extension's service worker through the DevTools protocol, and resolves once
 * Chromium reports it stopped. A worker started again keeps its target id (a content script
 * sending again wakes it within a quarter of a second), so the gone target is not what is
 * awaited: the worker's version reporting "stopped" is.
 */
export async function stopServiceWorker(browser: ExtensionBrowser, viaPage: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(viaPage);
  try {
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.startsWith(browser.extensionOrigin) && v.runningStatus === 'stopped')) resolve();
      });
    });
    // Enabled first, so that no report is missed: it reports the worker's state at once (a worker
    // already stopped, with nothing to close, resolves it), then every change.
    await cdp.send('ServiceWorker.enable');
    const { targetInfos } = await cdp.send('Target.getTargets');
    const running = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(browser.extensionOrigin));
    for (const { targetId } of running) await cdp.send('Target.closeTarget', { targetId });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('The service worker did not stop')), 10_000);
    });
    await Promise.race([stopped, deadline]).finally(() => clearTimeout(timer));
  } finally {
    await cdp.detach();
  }
}

/** Starts the extension's service worker again, as an incoming event would, and waits for it. */
export async function startServiceWorker(browser: ExtensionBrowser, viaPage: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(viaPage);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.startWorker', { scopeURL: `${browser.extensionOrigin}/` });
  await cdp.detach();
  const deadline = Date.now() + 10_000;
  while ((await runningWorkerCount(browser, viaPage)) === 0) {
    if (Date.now() > deadline) throw new Error('The service worker did not start again');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** How many service-worker targets of the extension Chromium runs now. */
export async function runningWorkerCount(browser: ExtensionBrowser, viaPage: Page): Promise<number> {
  const cdp = await browser.context.newCDPSession(viaPage);
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(browser.extensionOrigin)).length;
}

// ---------------------------------------------------------------------------------------------

function listenOnLoopback(server: Server): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((ok) => server.close(() => ok()));
}
