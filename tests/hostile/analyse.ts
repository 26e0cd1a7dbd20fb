/**
 * One hostile page through both of the project's page pipelines, in Node:
 *  - the CLI's (scripts/lib/analyse-file.ts: bytes → decode → linkedom → gate, extract, analyse);
 *  - the content script's (entrypoints/article.content/pipeline.ts on a linkedom document of
 *    the same bytes, with the tab's http address), ending in the message it would send, put
 *    through the background's validator and analysis.
 * Whatever escapes either is caught and reported, never thrown.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../../scripts/lib/decode-html';
import { analyseFile } from '../../scripts/lib/analyse-file';
import { spread } from '../../scripts/bench/stats';
import { runPipeline } from '../../entrypoints/article.content/pipeline';
import { analyseArticleText } from '../../entrypoints/background/analyse-text';
import type { AnalysisReport } from '../../utils/analysis/report';
import type { PageReport } from '../../utils/messaging/page-report';
import type { ContentToBackground } from '../../utils/messaging/protocol';
import { LIMITS, validateContentToBackground } from '../../utils/messaging/validate';
import { extractArticleSteps } from '../../utils/page/extract';
import { detectArticlePageSteps } from '../../utils/page/page-type';
import type { HostilePage } from './pages';

/** Where the browser test and this module pretend the page was served from. */
export const HOSTILE_ORIGIN = 'http://127.0.0.1:8080';

export interface HostileOutcome {
  name: string;
  cli: {
    /** The median of the runs' times (one run unless more were asked for). */
    ms: number;
    /** Each run's time, when there were several. */
    runsMs?: number[];
    error?: string;
    isArticle?: boolean;
    title?: string;
    sources?: number;
    denials?: number;
  };
  contentScript: {
    /** The content script's pipeline alone. */
    ms: number;
    /** The background's analysis of the text it sent, on article pages. */
    backgroundMs?: number;
    error?: string;
    /** The status of the page's report (made by the background on articles); undefined when nothing was sent. */
    status?: PageReport['status'];
    /** Length of the JSON form of the longer of the message and the report. */
    messageChars?: number;
    /** Whether the background accepts the message, and the report it makes is within a message's size. */
    accepted?: boolean;
    /** The report, when accepted and small enough to pass around whole. */
    report?: AnalysisReport;
    title?: string;
    canonicalUrl?: string;
  };
}

const WHOLE_REPORT_CHARS = 200_000;

/**
 * Collects garbage left by generating the page (megabytes of strings), when the process
 * allows it (node --expose-gc), so that the pipeline timed next is not billed for it.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function errorLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const where = error.stack?.split('\n').find((line) => line.includes('/utils/') || line.includes('/scripts/'));
  return `${error.name}: ${error.message}${where ? ` (${where.trim()})` : ''}`;
}

/** Runs the CLI pipeline on the page saved as a file in `scratchDir`. */
function throughCli(page: HostilePage, bytes: Uint8Array, scratchDir: string): HostileOutcome['cli'] {
  mkdirSync(scratchDir, { recursive: true });
  const file = join(scratchDir, `${page.name}.html`);
  writeFileSync(file, bytes);
  collectGarbage();
  const start = performance.now();
  try {
    const { line } = analyseFile(file);
    return {
      ms: performance.now() - start,
      isArticle: line.isArticle,
      title: line.title,
      sources: line.sources.length,
      denials: line.denials.length,
    };
  } catch (error) {
    return { ms: performance.now() - start, error: errorLine(error) };
  }
}

/**
 * Runs the content script's pipeline on a linkedom document of the page, as served to a tab,
 * then the background's half on the message it sends: the validator, the analysis, and the
 * check the report the panel will read is within the protocol's limits.
 */
async function throughContentScript(page: HostilePage, bytes: Uint8Array): Promise<HostileOutcome['contentScript']> {
  collectGarbage();
  const start = performance.now();
  let message: ContentToBackground | undefined;
  try {
    const { document } = parseHTML(decodeHtml(bytes));
    message = await runPipeline(
      { doc: document, url: `${HOSTILE_ORIGIN}/${page.name}.html`, site: '127.0.0.1', signal: new AbortController().signal },
      { settle: async () => undefined, isSiteDisabled: async () => false, detectArticlePageSteps, extractArticleSteps, send: () => undefined },
    );
  } catch (error) {
    return { ms: performance.now() - start, error: errorLine(error) };
  }
  const ms = performance.now() - start;
  if (!message) return { ms };
  const messageChars = JSON.stringify(message).length;
  const received = validateContentToBackground(message);
  if (received?.type !== 'article-text') {
    return { ms, status: message.type === 'page-report' ? message.page.status : 'article', messageChars, accepted: received !== null };
  }
  const backgroundStart = performance.now();
  let report: PageReport;
  try {
    report = analyseArticleText(received.meta, received.paragraphs);
  } catch (error) {
    return { ms, messageChars, accepted: true, error: `background: ${errorLine(error)}` };
  }
  const backgroundMs = performance.now() - backgroundStart;
  const reportChars = JSON.stringify(report).length;
  // The report is kept in the tab's session storage for the panel: bounded like a message.
  const accepted = reportChars <= LIMITS.messageChars;
  return {
    ms,
    backgroundMs,
    status: report.status,
    messageChars: Math.max(messageChars, reportChars),
    accepted,
    ...(report.status === 'article' && { title: report.meta.title, canonicalUrl: report.meta.canonicalUrl }),
    ...(report.status === 'article' && accepted && reportChars <= WHOLE_REPORT_CHARS && { report: report.report }),
  };
}

/** `cliRuns`: how many times to time the CLI pipeline (its outcome is the first run's, its time the median). */
export async function analyseHostilePage(page: HostilePage, scratchDir: string, cliRuns = 1): Promise<HostileOutcome> {
  const bytes = page.bytes();
  return {
    name: page.name,
    cli: timedCliRuns(page, bytes, scratchDir, cliRuns),
    contentScript: await throughContentScript(page, bytes),
  };
}

function timedCliRuns(page: HostilePage, bytes: Uint8Array, scratchDir: string, runs: number): HostileOutcome['cli'] {
  const first = throughCli(page, bytes, scratchDir);
  if (runs <= 1 || first.error) return first;
  const runsMs = [first.ms];
  while (runsMs.length < runs) runsMs.push(throughCli(page, bytes, scratchDir).ms);
  return { ...first, ms: spread(runsMs)!.median, runsMs };
}
