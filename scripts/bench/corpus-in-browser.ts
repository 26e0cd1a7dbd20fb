/**
 * The content script on every corpus page in Chromium, with Readability.parse() timed in the
 * same page right after, so the two share the machine's load at that moment.
 *
 * Pages are served as they are (content-type text/html without a charset, so the page's own
 * declaration applies) with page scripts blocked by a CSP header; the extension's content
 * script is not affected by the page's CSP. Readability runs in the page's main world through
 * the DevTools protocol, which the CSP does not govern. Each page is served on 127.0.0.1 at the
 * path it is given (corpus-address.ts: its declared address's, or its file name).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { awaitContentMeasures, contentScriptDone, type ContentMeasures } from '../../tests/e2e/content-measures';
import type { ExtensionBrowser, ServeOptions } from '../../tests/e2e/harness';
import type { CorpusPage } from './corpus';
import { corpusFileOf } from './corpus-address';
import { spread } from './stats';

export const CORPUS_SERVE: ServeOptions = {
  contentTypes: { '.html': 'text/html' },
  headers: { 'content-security-policy': "script-src 'none'" },
  fileOf: corpusFileOf,
};

/** A corpus page and the path (with any query) it is served at on 127.0.0.1. */
export interface ServedPage extends CorpusPage {
  servedAt: string;
}

export interface PageTiming {
  name: string;
  /** The path it was served at. */
  servedAt: string;
  labelledArticle: boolean | undefined;
  /** The content script's own verdict (from the `otr:gate` measure). */
  judgedArticle: boolean;
  gateMs: number;
  /** Summed busy time of the page's article pipeline (gate + extract + send); article pages only. */
  pipelineMs?: number;
  tasks?: number;
  taskMs?: Record<string, number>;
  /** The content script's longest single task on this page. */
  longestTaskMs: number;
  /** Readability on a clone of the same document, in the same page: the clone, then parse(). */
  readabilityCloneMs?: number;
  readabilityParseMs?: number;
  /** The background's IndexedDB write of this visit (`otr:visit-write`), when it made one. */
  visitWriteMs?: number;
  /** The background worker's analysis of the article's text (`otr:analyse`), off the page's thread. */
  analyseMs?: number;
  /** otr:pipeline ÷ Readability.parse() of the same load. */
  ratio?: number;
  /**
   * With several loads of the page: the slowest gate and the longest task of any one load. The
   * figures above are the page's median load, which is what the budget holds against its limits.
   */
  worstLoad?: { gateMs: number; longestTaskMs: number };
  loads?: number;
}

export interface PageFailure {
  name: string;
  servedAt: string;
  error: string;
}

const require = createRequire(import.meta.url);
const READABILITY_SOURCE = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

/** Evaluated as a string: the page's CSP blocks scripts, not the DevTools protocol. */
const TIME_READABILITY = `${READABILITY_SOURCE}
;(() => {
  const t0 = performance.now();
  const clone = document.cloneNode(true);
  const t1 = performance.now();
  new Readability(clone).parse();
  const t2 = performance.now();
  return { cloneMs: t1 - t0, parseMs: t2 - t1 };
})()`;

const WAIT_MS = 30_000;
const VISIT_WRITE_WAIT_MS = 1_000;

/** Waits for the content script to finish: a non-article verdict, or the pipeline measure. */
async function waitForContentScript(page: Page): Promise<ContentMeasures> {
  const seen = await awaitContentMeasures(page, WAIT_MS);
  if (contentScriptDone(seen)) return seen;
  throw new Error(seen.gate ? 'judged an article but no otr:pipeline measure' : 'no otr:gate measure (content script did not run?)');
}

interface WorkerMeasures {
  visitWrites: number[];
  analyses: number[];
}

/** Every `otr:visit-write` and `otr:analyse` the background has measured since its worker started, in ms. */
async function workerMeasures(browser: ExtensionBrowser): Promise<WorkerMeasures> {
  const worker = await browser.worker();
  // No named functions inside: tsx would wrap them in a helper the worker does not have.
  return worker.evaluate(() => ({
    visitWrites: performance.getEntriesByName('otr:visit-write', 'measure').map((e) => e.duration),
    analyses: performance.getEntriesByName('otr:analyse', 'measure').map((e) => e.duration),
  }));
}

/**
 * Waits for the background to file the visit (a reader stays on an article far longer), so
 * the write is measured as it happens in use and not against the next page's loading.
 * Undefined when no write comes (the analyser found no article, or the worker restarted).
 */
async function awaitVisitWrite(browser: ExtensionBrowser, before: WorkerMeasures): Promise<{ visitWriteMs?: number; analyseMs?: number }> {
  const deadline = Date.now() + VISIT_WRITE_WAIT_MS;
  let seen = before;
  while (Date.now() < deadline) {
    seen = await workerMeasures(browser);
    if (seen.visitWrites.length > before.visitWrites.length) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  return { visitWriteMs: seen.visitWrites[before.visitWrites.length], analyseMs: seen.analyses[before.analyses.length] };
}

async function timePage(page: Page, browser: ExtensionBrowser, corpusPage: ServedPage): Promise<PageTiming> {
  const before = await workerMeasures(browser);
  await page.goto(browser.server.url(corpusPage.servedAt), { waitUntil: 'load', timeout: WAIT_MS });
  const { gate, pipeline } = await waitForContentScript(page);
  const judgedArticle = gate?.detail?.isArticle !== false;
  const timing: PageTiming = {
    name: corpusPage.name,
    servedAt: corpusPage.servedAt,
    labelledArticle: corpusPage.labelledArticle,
    judgedArticle,
    gateMs: gate?.duration ?? NaN,
    longestTaskMs: pipeline?.detail?.longestTaskMs ?? gate?.detail?.longestTaskMs ?? gate?.duration ?? NaN,
  };
  if (pipeline) {
    timing.pipelineMs = pipeline.duration;
    timing.tasks = pipeline.detail?.tasks;
    timing.taskMs = pipeline.detail?.taskMs;
    // First the background's write, so that neither it nor Readability runs beside the other.
    Object.assign(timing, await awaitVisitWrite(browser, before));
    // Readability only where the extension did its article work: that is what the ratio compares.
    const readability = (await page.evaluate(TIME_READABILITY)) as { cloneMs: number; parseMs: number };
    timing.readabilityCloneMs = readability.cloneMs;
    timing.readabilityParseMs = readability.parseMs;
  }
  return timing;
}

const median = (values: number[]): number | undefined => spread(values)?.median;

/**
 * One page's loads as one timing: the median of each figure, the longest task included (a load
 * that met a garbage collection or the machine's other work does not speak for the page), and
 * beside them the worst load's gate and longest task.
 */
export function combineLoads(loads: PageTiming[]): PageTiming {
  const first = loads[0]!;
  const pick = (field: keyof PageTiming) => median(loads.flatMap((t) => (typeof t[field] === 'number' ? [t[field] as number] : [])));
  const stepNames = [...new Set(loads.flatMap((t) => Object.keys(t.taskMs ?? {})))];
  const taskMs = first.taskMs && Object.fromEntries(stepNames.map((step) => [step, median(loads.map((t) => t.taskMs?.[step] ?? NaN)) ?? NaN]));
  const ratios = loads.flatMap((t) => (t.pipelineMs !== undefined && t.readabilityParseMs ? [t.pipelineMs / t.readabilityParseMs] : []));
  return {
    ...first,
    gateMs: pick('gateMs') ?? NaN,
    longestTaskMs: pick('longestTaskMs') ?? NaN,
    worstLoad: { gateMs: Math.max(...loads.map((t) => t.gateMs)), longestTaskMs: Math.max(...loads.map((t) => t.longestTaskMs)) },
    pipelineMs: pick('pipelineMs'),
    tasks: pick('tasks'),
    taskMs,
    readabilityCloneMs: pick('readabilityCloneMs'),
    readabilityParseMs: pick('readabilityParseMs'),
    visitWriteMs: pick('visitWriteMs'),
    analyseMs: pick('analyseMs'),
    ratio: median(ratios),
    loads: loads.length,
  };
}

/**
 * Opens every page `loads` times in one tab (after one unmeasured warm-up load; every load is
 * a fresh page, so the content script runs cold each time), in the order given, and returns one
 * timing per page and path (combineLoads), plus the loads that failed and why.
 */
export async function benchCorpusInBrowser(
  browser: ExtensionBrowser,
  pages: ServedPage[],
  onPage: (timing: PageTiming | PageFailure) => void = () => undefined,
  loads = 1,
): Promise<{ timings: PageTiming[]; failures: PageFailure[] }> {
  const page = await browser.context.newPage();
  const perPage = new Map<string, PageTiming[]>();
  const failures: PageFailure[] = [];
  const first = pages[0];
  if (first) await timePage(page, browser, first).catch(() => undefined);
  for (let load = 0; load < loads; load++) {
    for (const corpusPage of pages) {
      try {
        const timing = await timePage(page, browser, corpusPage);
        perPage.set(corpusPage.servedAt, [...(perPage.get(corpusPage.servedAt) ?? []), timing]);
        onPage(timing);
      } catch (error) {
        const failure = { name: corpusPage.name, servedAt: corpusPage.servedAt, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
        failures.push(failure);
        onPage(failure);
      }
    }
  }
  await page.close();
  return { timings: [...perPage.values()].map(combineLoads), failures };
}
