/**
 * One reading of the page, once it has settled: off switch → cheap gate → extraction → the
 * article's text to the background, which analyses it (off the page's main thread, in a worker
 * that stays warm).
 *
 * Runs on every page the reader opens, so the gate comes first and a non-article costs
 * nothing more. Extraction is split into short tasks with a yield between them, so the page
 * stays responsive even on a huge document; User Timing measures let tests and benchmarks
 * read what it cost:
 *  - `otr:gate`: the gate alone, on every page read: its summed busy time (a huge page splits it
 *    into several tasks), with `detail: { isArticle, tasks, longestTaskMs }`;
 *  - `otr:pipeline` (articles): starts when detection starts, its duration is the summed busy
 *    time of the tasks (not the wall time, which includes the page's own work in between),
 *    with `detail: { tasks, longestTaskMs, taskMs }` (`taskMs`: each step's total time, by name).
 */
import { fitArticleText } from '../../utils/messaging/fit';
import type { ArticleMeta } from '../../utils/messaging/page-report';
import type { ContentToBackground, UnanalysedPageReport } from '../../utils/messaging/protocol';
import type { JsonLdNode } from '../../utils/page/json-ld';
import type { Steps } from '../../utils/page/steps';

export interface PipelineStages {
  /** Resolves when the page has loaded and the browser has time to spare (settle.ts). */
  settle(): Promise<void>;
  isSiteDisabled(site: string): Promise<boolean>;
  detectArticlePageSteps(doc: Document, url: string): Steps<{ isArticle: boolean; jsonLd?: JsonLdNode[] }>;
  /** `knownJsonLd`: what the gate read of the page's JSON-LD, so the page is not searched for it twice. */
  extractArticleSteps(doc: Document, url: string, knownJsonLd?: JsonLdNode[]): Steps<{ meta: ArticleMeta; paragraphs: string[] }>;
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
  /** Each task's time, by the step it belonged to, in the order they ran. */
  private readonly tasks: Array<{ step: string; ms: number }> = [];

  /** Runs one task (the work between two yields) as part of the named step. */
  task<T>(step: string, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.tasks.push({ step, ms: performance.now() - started });
    }
  }

  /** The tasks of one step so far: their summed time, how many, the longest. */
  stepSoFar(step: string): { busyMs: number; tasks: number; longestTaskMs: number } {
    const times = this.tasks.filter((t) => t.step === step).map((t) => t.ms);
    return { busyMs: times.reduce((sum, ms) => sum + ms, 0), tasks: times.length, longestTaskMs: Math.max(0, ...times) };
  }

  measure(): void {
    const taskMs: Record<string, number> = {};
    for (const { step, ms } of this.tasks) taskMs[step] = (taskMs[step] ?? 0) + ms;
    const busyMs = this.tasks.reduce((sum, t) => sum + t.ms, 0);
    const detail = { tasks: this.tasks.length, longestTaskMs: Math.max(...this.tasks.map((t) => t.ms)), taskMs };
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
  await stages.settle();
  if (signal.aborted) return undefined;
  const disabled = await stages.isSiteDisabled(site);
  if (signal.aborted) return undefined;
  if (disabled) return report(stages, { status: 'disabled', url, site, analysedAt: Date.now() });

  const clock = new TaskClock();
  const verdict = await runSteps(clock, 'gate', stages.detectArticlePageSteps(doc, url), signal);
  if (!verdict) return undefined;
  const gate = clock.stepSoFar('gate');
  performance.measure('otr:gate', {
    start: clock.start,
    duration: gate.busyMs,
    detail: { isArticle: verdict.isArticle, tasks: gate.tasks, longestTaskMs: gate.longestTaskMs },
  });
  if (!verdict.isArticle) return report(stages, { status: 'not-article', url, analysedAt: Date.now() });

  await yieldToPage();
  if (signal.aborted) return undefined;
  const extracted = await runSteps(clock, 'extract', stages.extractArticleSteps(doc, url, verdict.jsonLd), signal);
  if (!extracted) return undefined;
  const { meta, paragraphs } = extracted;

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

/**
 * Runs the steps in slices of SLICE_MS, giving the page the thread between slices; each slice is
 * one task of the named step. Undefined if the run is aborted first.
 */
async function runSteps<T>(clock: TaskClock, step: string, steps: Steps<T>, signal: AbortSignal): Promise<T | undefined> {
  let next = clock.task(step, () => advance(steps, SLICE_MS));
  while (!next.done) {
    await yieldToPage();
    if (signal.aborted) return undefined;
    next = clock.task(step, () => advance(steps, SLICE_MS));
  }
  return next.value;
}

function report(stages: PipelineStages, page: UnanalysedPageReport): ContentToBackground {
  const message: ContentToBackground = { type: 'page-report', page };
  stages.send(message);
  return message;
}
