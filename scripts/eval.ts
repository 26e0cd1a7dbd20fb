/**
 * `npm run eval [-- --verbose] [-- --json] [-- --min key=value …]`: analyses every page of the
 * labelled corpus (../shared/corpus, beside the checkout; read at run time, never copied)
 * in this process, then scores the JSON Lines with ../shared/eval/score.mjs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseFile } from './lib/analyse-file';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const corpus = join(shared, 'corpus');

function main(): number {
  if (!existsSync(join(corpus, 'pages'))) {
    console.log('../shared/corpus not found: evaluation skipped');
    return 0;
  }
  const scorerArgs = passThroughArgs(process.argv.slice(2));
  if (typeof scorerArgs === 'string') {
    console.error(scorerArgs);
    return 2;
  }

  const pagesDir = join(corpus, 'pages');
  const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();
  const lines: string[] = [];
  const started = performance.now();
  for (const page of pages) {
    const file = relative(root, join(pagesDir, page));
    try {
      lines.push(JSON.stringify(analyseFile(file).line));
    } catch (error) {
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  // Stderr, so that `--json` leaves stdout to the scorer's JSON.
  console.error(`analysed ${lines.length} pages in ${seconds.toFixed(2)} s (${(pages.length / seconds).toFixed(1)} pages/s)`);

  const dir = mkdtempSync(join(tmpdir(), 'otr-eval-'));
  try {
    const predictions = join(dir, 'predictions.jsonl');
    writeFileSync(predictions, `${lines.join('\n')}\n`);
    const scorer = spawnSync(
      process.execPath,
      [join(shared, 'eval', 'score.mjs'), '--labels', join(corpus, 'labels'), '--pred', predictions, ...scorerArgs],
      { stdio: 'inherit' },
    );
    if (scorer.error) throw scorer.error;
    return scorer.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The scorer's own flags, checked here so that a typo fails before the corpus is analysed. */
function passThroughArgs(args: string[]): string[] | string {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--verbose' || arg === '--json') out.push(arg);
    else if (arg === '--min' && args[i + 1] !== undefined) out.push(arg, args[++i] as string);
    else return `unknown argument ${arg}; usage: eval [--verbose] [--json] [--min key=value …]`;
  }
  return out;
}

process.exitCode = main();
