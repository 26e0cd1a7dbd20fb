/**
 * One reading of the page: off switch → cheap gate → extraction → the article's text to the
 * background, which analyses it (off the page's main thread, in a worker that stays warm).
 *
 * Runs on every page the reader opens, so the gate comes first and a non-article costs
 * nothing more. Extraction is split into short tasks with a yield between them, so the page
 * stays responsive even on a huge document; User Timing measures let tests and benchmarks
 * read what it cost:
 *  - `otr:gate`: the gate alone, on every page read, with `detail: { isArticle }`;
 *  - `otr:pipeline` (articles): starts when detection starts, its duration is the summed busy
 *    time of the tasks (not the wall time, which includes the page's own work in between),
 *    with `detail: { tasks, longestTaskMs, taskMs }` (`taskMs`: each step's total time, by name).
 */
import { fitArticleText } from '../../utils/messaging/fit';
import type { ArticleMeta } from '../../utils/messaging/page-report';
import type { ContentToBackground, UnanalysedPageReport } from '../../utils/messaging/protocol';
import type { Steps } from '../../utils/page/steps';

export interface PipelineStages {
  isSiteDisabled(site: string): Promise<boolean>;
  detectArticlePage(doc: Document, url: string): { isArticle: boolean; reason: string };
  extractArticleSteps(doc: Document, url: string): Steps<{ meta: ArticleMeta; paragraphs: string[] }>;
  send(message: ContentToBackground): void;
}

export interface PipelineRun {
  doc: Document;
  url: string;
  site: string;
  /** Aborted when the page navigates again or the extension goes away: stop without sending. */
  signal: AbortSignal;
}

/**
 * Work per task before the page gets the thread back: well under the 50 ms that makes a
 * "long task", so input and rendering are never held up noticeably.
 */
export const SLICE_MS = 8;

/** Lets the browser run other work (input, rendering) before the next step. */
export function yieldToPage(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Times each task of one run, and each named step over the tasks it took. */
class TaskClock {
  readonly start = performance.now();
  private readonly tasks: number[] = [];
  private readonly stepMs: Record<string, number> = {};

  /** Runs one task (the work between two yields) as part of the named step. */
  task<T>(step: string, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      const ms = performance.now() - started;
      this.tasks.push(ms);
      this.stepMs[step] = (this.stepMs[step] ?? 0) + ms;
    }
  }

  measure(): void {
    const busyMs = this.tasks.reduce((sum, ms) => sum + ms, 0);
    const detail = { tasks: this.tasks.length, longestTaskMs: Math.max(...this.tasks), taskMs: this.stepMs };
    performance.measure('otr:pipeline', { start: this.start, duration: busyMs, detail });
  }
}

/** Advances the steps for about `ms`, or to their end. */
function advance<T>(steps: Steps<T>, ms: number): IteratorResult<void, T> {
  const until = performance.now() + ms;
  for (;;) {
    const next = steps.next();
    if (next.done || performance.now() >= until) return next;
  }
}

/**
 * Reads the page and sends one message about it, unless the run is aborted first.
 * Returns the message sent (undefined when aborted).
 */
export async function runPipeline(run: PipelineRun, stages: PipelineStages): Promise<ContentToBackground | undefined> {
  const { doc, url, site, signal } = run;
  const disabled = await stages.isSiteDisabled(site);
  if (signal.aborted) return undefined;
  if (disabled) return report(stages, { status: 'disabled', url, site, analysedAt: Date.now() });

  const clock = new TaskClock();
  const verdict = clock.task('gate', () => {
    const verdict = stages.detectArticlePage(doc, url);
    performance.measure('otr:gate', { start: clock.start, end: performance.now(), detail: { isArticle: verdict.isArticle } });
    return verdict;
  });
  if (!verdict.isArticle) return report(stages, { status: 'not-article', url, analysedAt: Date.now() });

  await yieldToPage();
  if (signal.aborted) return undefined;
  const steps = stages.extractArticleSteps(doc, url);
  let extracted = clock.task('extract', () => advance(steps, SLICE_MS));
  while (!extracted.done) {
    await yieldToPage();
    if (signal.aborted) return undefined;
    extracted = clock.task('extract', () => advance(steps, SLICE_MS));
  }
  const { meta, paragraphs } = extracted.value;

  await yieldToPage();
  if (signal.aborted) return undefined;
  const message = clock.task('send', () => {
    const message = fitArticleText(meta, paragraphs);
    stages.send(message);
    return message;
  });
  clock.measure();
  return message;
}

function report(stages: PipelineStages, page: UnanalysedPageReport): ContentToBackground {
  const message: ContentToBackground = { type: 'page-report', page };
  stages.send(message);
  return message;
}
