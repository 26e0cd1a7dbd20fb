/**
 * What the content script measured on a page (its User Timing entries, which the page's own
 * timeline shows), awaited without polling: a PerformanceObserver in the page resolves once the
 * content script is done, so the waiting adds no DevTools round trips, and no work, to the page
 * and the machine while the content script runs.
 */
import type { Page } from 'playwright-core';

export interface ContentMeasures {
  gate?: { duration: number; detail: { isArticle?: boolean; longestTaskMs?: number } | null };
  pipeline?: { duration: number; detail: { tasks: number; longestTaskMs: number; taskMs: Record<string, number> } | null };
}

/** Evaluated in the page: resolves with the measures once the gate said "not an article" or the pipeline was measured, or at the deadline. */
const awaitInPage = (timeoutMs: number) => `new Promise((resolve) => {
  const last = (name) => {
    const entry = performance.getEntriesByName(name, 'measure').at(-1);
    return entry && { duration: entry.duration, detail: entry.detail };
  };
  const seen = () => ({ gate: last('otr:gate'), pipeline: last('otr:pipeline') });
  const finished = ({ gate, pipeline }) => gate && (gate.detail?.isArticle === false || pipeline);
  if (finished(seen())) return resolve(seen());
  const observer = new PerformanceObserver(() => {
    if (!finished(seen())) return;
    observer.disconnect();
    resolve(seen());
  });
  observer.observe({ type: 'measure' });
  setTimeout(() => {
    observer.disconnect();
    resolve(seen());
  }, ${Math.max(0, Math.round(timeoutMs))});
})`;

/** The content script's measures once it is done with the page, or as they are after `timeoutMs`. */
export async function awaitContentMeasures(page: Page, timeoutMs: number): Promise<ContentMeasures> {
  return (await page.evaluate(awaitInPage(timeoutMs))) as ContentMeasures;
}

/** Whether the measures show the content script done: declined by the gate, or the pipeline measured. */
export const contentScriptDone = ({ gate, pipeline }: ContentMeasures): boolean =>
  Boolean(gate && (gate.detail?.isArticle === false || pipeline));
