/**
 * `npm run analyze -- [--json] <file.html …>`: analyses saved pages in one process.
 * Human summaries by default; with --json one line per page (../shared/eval/REPORT.md).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseFile } from './analyse-file';
import { formatSummary } from './summary';

/** The invented demo article, as a path from the working directory (the project root under npm). */
export const DEMO_ARTICLE = relative(process.cwd(), fileURLToPath(new URL('../../tests/fixtures/demo-article.html', import.meta.url)));

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs the CLI; returns the process exit code (1 when a file could not be analysed). */
export function runAnalyze(args: string[], io: CliOutput): number {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length > 0) {
    io.err(`unknown option ${unknown.join(' ')}; usage: analyze [--json] <file.html …>`);
    return 2;
  }
  let files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    io.err(`No file given: analysing the demo article, ${DEMO_ARTICLE}`);
    files = [DEMO_ARTICLE];
  }

  let failed = 0;
  const started = performance.now();
  for (const [i, file] of files.entries()) {
    try {
      const result = analyseFile(file);
      if (json) io.out(JSON.stringify(result.line));
      else io.out(`${i > 0 ? '\n' : ''}${formatSummary(result)}`);
    } catch (error) {
      failed++;
      io.err(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (files.length > 1) {
    io.err(`${files.length} pages in ${seconds.toFixed(2)} s (${(files.length / seconds).toFixed(1)} pages/s)`);
  }
  return failed > 0 ? 1 : 0;
}
