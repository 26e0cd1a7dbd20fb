/**
 * One analysis of the page: off switch → cheap gate → extract → analyse → report.
 *
 * Runs on every page the reader opens, so the gate comes first and a non-article costs
 * nothing more. The work is split into tasks with a yield between them, so the page stays
 * responsive; User Timing measures let tests and benchmarks read what it cost:
 *  - `otr:gate`: the gate alone, on every page analysed, with `detail: { isArticle }`;
 *  - `otr:pipeline` (articles): starts when detection starts, its duration is the summed busy
 *    time of the tasks (not the wall time, which includes the page's own work in between),
 *    with `detail: { tasks, longestTaskMs, taskMs }` (`taskMs`: each step's time, by name).
 */
import type { ArticleText } from '../../utils/analysis/analyse';
import type { AnalysisReport } from '../../utils/analysis/report';
import { fitPageReport } from '../../utils/messaging/fit';
import type { ArticleMeta, PageReport } from '../../utils/messaging/page-report';

export interface PipelineStages {
  isSiteDisabled(site: string): Promise<boolean>;
  detectArticlePage(doc: Document, url: string): { isArticle: boolean; reason: string };
  extractArticle(doc: Document, url: string): { meta: ArticleMeta; paragraphs: string[] };
  analyseArticle(input: ArticleText): AnalysisReport;
  send(page: PageReport): void;
}

export interface PipelineRun {
  doc: Document;
  url: string;
  site: string;
  /** Aborted when the page navigates again or the extension goes away: stop without sending. */
  signal: AbortSignal;
}

/** Lets the browser run other work (input, rendering) before the next step. */
export function yieldToPage(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Times each synchronous task of one run. */
class TaskClock {
  readonly start = performance.now();
  private readonly taskMs: Record<string, number> = {};

  run<T>(name: string, task: () => T): T {
    const started = performance.now();
    try {
      return task();
    } finally {
      this.taskMs[name] = performance.now() - started;
    }
  }

  measure(): void {
    const durations = Object.values(this.taskMs);
    const busyMs = durations.reduce((sum, ms) => sum + ms, 0);
    const detail = { tasks: durations.length, longestTaskMs: Math.max(...durations), taskMs: this.taskMs };
    performance.measure('otr:pipeline', { start: this.start, duration: busyMs, detail });
  }
}

/**
 * Analyses the page and sends one PageReport, unless the run is aborted first.
 * Returns the report sent (undefined when aborted).
 */
export async function runPipeline(run: PipelineRun, stages: PipelineStages): Promise<PageReport | undefined> {
  const { doc, url, site, signal } = run;
  const disabled = await stages.isSiteDisabled(site);
  if (signal.aborted) return undefined;
  if (disabled) return sent(stages, { status: 'disabled', url, site, analysedAt: Date.now() });

  const clock = new TaskClock();
  const verdict = clock.run('gate', () => {
    const verdict = stages.detectArticlePage(doc, url);
    performance.measure('otr:gate', { start: clock.start, end: performance.now(), detail: { isArticle: verdict.isArticle } });
    return verdict;
  });
  if (!verdict.isArticle) return sent(stages, { status: 'not-article', url, analysedAt: Date.now() });

  await yieldToPage();
  if (signal.aborted) return undefined;
  const { meta, paragraphs } = clock.run('extract', () => stages.extractArticle(doc, url));

  await yieldToPage();
  if (signal.aborted) return undefined;
  const page = clock.run('analyse', (): PageReport => {
    const report = stages.analyseArticle({ title: meta.title, paragraphs });
    const analysedAt = Date.now();
    const page: PageReport = report.isArticle
      ? { status: 'article', meta, report, analysedAt }
      : { status: 'not-article', url, analysedAt };
    return sent(stages, page);
  });
  clock.measure();
  return page;
}

/** Sends the report cut to the protocol's limits: the background refuses a bigger one (a hostile page's). */
function sent(stages: PipelineStages, page: PageReport): PageReport {
  const fitted = fitPageReport(page);
  stages.send(fitted);
  return fitted;
}
