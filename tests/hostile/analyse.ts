/**
 * One hostile page through both of the project's page pipelines, in Node:
 *  - the CLI's (scripts/lib/analyse-file.ts: bytes → decode → linkedom → gate, extract, analyse);
 *  - the content script's (entrypoints/article.content/pipeline.ts on a linkedom document of
 *    the same bytes, with the tab's http address), ending in the message it would send, put
 *    through the background's validator.
 * Whatever escapes either is caught and reported, never thrown.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../../scripts/lib/decode-html';
import { analyseFile } from '../../scripts/lib/analyse-file';
import { runPipeline } from '../../entrypoints/article.content/pipeline';
import { analyseArticle } from '../../utils/analysis/analyse';
import type { AnalysisReport } from '../../utils/analysis/report';
import type { PageReport } from '../../utils/messaging/page-report';
import { validateContentToBackground } from '../../utils/messaging/validate';
import { extractArticle } from '../../utils/page/extract';
import { detectArticlePage } from '../../utils/page/page-type';
import type { HostilePage } from './pages';

/** Where the browser test and this module pretend the page was served from. */
export const HOSTILE_ORIGIN = 'http://127.0.0.1:8080';

export interface HostileOutcome {
  name: string;
  cli: { ms: number; error?: string; isArticle?: boolean; title?: string; sources?: number; denials?: number };
  contentScript: {
    ms: number;
    error?: string;
    /** The status of the report sent; undefined when none was sent. */
    status?: PageReport['status'];
    /** Length of the message's JSON form. */
    messageChars?: number;
    /** Whether the background's validator accepts the message (a rejected report never reaches the panel). */
    accepted?: boolean;
    /** The report, when accepted and small enough to pass around whole. */
    report?: AnalysisReport;
    title?: string;
    canonicalUrl?: string;
  };
}

const WHOLE_REPORT_CHARS = 200_000;

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

/** Runs the content script's pipeline on a linkedom document of the page, as served to a tab. */
async function throughContentScript(page: HostilePage, bytes: Uint8Array): Promise<HostileOutcome['contentScript']> {
  const start = performance.now();
  const sent: PageReport[] = [];
  try {
    const { document } = parseHTML(decodeHtml(bytes));
    await runPipeline(
      { doc: document, url: `${HOSTILE_ORIGIN}/${page.name}.html`, site: '127.0.0.1', signal: new AbortController().signal },
      {
        isSiteDisabled: async () => false,
        detectArticlePage,
        extractArticle,
        analyseArticle,
        send: (report) => sent.push(report),
      },
    );
  } catch (error) {
    return { ms: performance.now() - start, error: errorLine(error) };
  }
  const ms = performance.now() - start;
  const report = sent[0];
  if (!report) return { ms };
  const message = { type: 'page-report', page: report };
  const messageChars = JSON.stringify(message).length;
  const accepted = validateContentToBackground(message) !== null;
  return {
    ms,
    status: report.status,
    messageChars,
    accepted,
    ...(report.status === 'article' && { title: report.meta.title, canonicalUrl: report.meta.canonicalUrl }),
    ...(report.status === 'article' && accepted && messageChars <= WHOLE_REPORT_CHARS && { report: report.report }),
  };
}

export async function analyseHostilePage(page: HostilePage, scratchDir: string): Promise<HostileOutcome> {
  const bytes = page.bytes();
  return {
    name: page.name,
    cli: throughCli(page, bytes, scratchDir),
    contentScript: await throughContentScript(page, bytes),
  };
}
