/**
 * Hostile pages served to the built extension in Chromium (tests/e2e/harness.ts): written to a
 * scratch directory and served as `text/html` without a charset, so each page's own
 * declaration applies; then read back what the content script measured and logged.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { awaitContentMeasures, type ContentMeasures } from '../e2e/content-measures';
import { hostilePage } from './pages';

export interface ServedPages {
  /** For launchExtensionBrowser({ serve }). */
  serve: { root: string; contentTypes: Record<string, string> };
  /** The page's path on the server. */
  path(name: string): string;
  remove(): void;
}

/** Writes the named pages to a scratch directory to be served. */
export function writeHostilePages(names: readonly string[]): ServedPages {
  const root = mkdtempSync(join(tmpdir(), 'otr-hostile-pages-'));
  for (const name of names) writeFileSync(join(root, `${name}.html`), hostilePage(name).bytes());
  return {
    serve: { root, contentTypes: { '.html': 'text/html' } },
    path: (name) => `${name}.html`,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface ContentScriptRun {
  /** The gate's verdict, its summed time and its longest task (`otr:gate`); undefined if the content script never got there. */
  gate?: { ms: number; longestTaskMs: number; isArticle: boolean };
  /** The article pipeline's measure (`otr:pipeline`), on pages judged articles. */
  pipeline?: { busyMs: number; longestTaskMs: number; taskMs: Record<string, number> };
  /** What the extension logged as an error in the page (e.g. "analysis failed"). */
  errors: string[];
}

/**
 * Opens the page in `tab` and waits until the content script is done with it (declined by the
 * gate, or the pipeline measured) or `timeoutMs` passes, whichever is first.
 */
export async function runInTab(tab: Page, url: string, timeoutMs: number): Promise<ContentScriptRun> {
  const errors: string[] = [];
  let failed!: () => void;
  const failure = new Promise<undefined>((resolve) => (failed = () => resolve(undefined)));
  const onConsole = (message: { type(): string; text(): string }) => {
    const text = message.text();
    if (message.type() === 'error' && text.includes('[On the Record]')) {
      errors.push(text.split('\n')[0]!);
      failed();
    }
  };
  tab.on('console', onConsole);
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    // Done, or an error logged: then what was measured so far. The wait left behind ends with the page.
    const waiting = awaitContentMeasures(tab, timeoutMs).catch(() => undefined);
    const done = await Promise.race([waiting, failure]);
    return toRun(done ?? (await awaitContentMeasures(tab, 0)), errors);
  } finally {
    tab.off('console', onConsole);
  }
}

function toRun({ gate, pipeline }: ContentMeasures, errors: string[]): ContentScriptRun {
  return {
    ...(gate && { gate: { ms: gate.duration, longestTaskMs: gate.detail?.longestTaskMs ?? gate.duration, isArticle: gate.detail?.isArticle !== false } }),
    ...(pipeline?.detail && {
      pipeline: { busyMs: pipeline.duration, longestTaskMs: pipeline.detail.longestTaskMs, taskMs: pipeline.detail.taskMs },
    }),
    errors,
  };
}

/** The longest task the content script ran on the page: the pipeline's, or the gate's alone. */
export function longestTaskMs(run: ContentScriptRun): number | undefined {
  return run.pipeline?.longestTaskMs ?? run.gate?.longestTaskMs;
}
