/**
 * `npm run bench:hostile`: the time budgets for hostile pages (tests/hostile/pages.ts).
 *  - Patterns: every regular expression in the product on bomb inputs of 50,000 characters
 *    (tests/hostile/regex-bombs.ts) within 50 ms, which linear patterns meet many times over
 *    and quadratic ones miss by seconds.
 *  - CLI: each page analysed or declined within 200 ms (decode, parse, gate, extract, analyse:
 *    scripts/lib/analyse-file.ts), measured in a warmed-up child process: the median of
 *    CLI_RUNS runs, as every corpus figure is a median of several loads, so that a moment's
 *    slowness of the machine does not pass for the page's cost (a superlinear page misses by
 *    seconds, every run); a page still running after 30 s is stopped and counted as hung.
 *  - Browser (when Chromium and the Chrome build are there): the content script's longest
 *    task on each page at most 50 ms (`otr:pipeline` longestTaskMs, or `otr:gate` on pages it
 *    declines). Without Chromium this half is skipped, and says so.
 *
 * Usage: npm run bench:hostile [-- --cli-only] [-- page-name …]   (--cli-only: no browser)
 * Exits 1 when any page is over budget, hung, threw, or could not be measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../tests/e2e/chromium-path';
import { launchExtensionBrowser } from '../tests/e2e/harness';
import { longestTaskMs, runInTab, writeHostilePages } from '../tests/hostile/in-browser';
import { analyseIsolated, type IsolatedOutcome } from '../tests/hostile/isolate';
import { HOSTILE_PAGES } from '../tests/hostile/pages';
import type { BombResult } from '../tests/hostile/regex-bombs';

const PATTERN_BUDGET_MS = 50;
const CLI_BUDGET_MS = 200;
const CLI_RUNS = 3;
const TASK_BUDGET_MS = 50;
const HANG_MS = 30_000;
const BUILT_EXTENSION = resolve(import.meta.dirname, '../.output/chrome-mv3');

const args = process.argv.slice(2);
const cliOnly = args.includes('--cli-only');
const chosen = args.filter((arg) => !arg.startsWith('--'));
const names = chosen.length > 0 ? chosen : HOSTILE_PAGES.map((page) => page.name);
const failures: string[] = [];

const ms = (value: number | undefined) => (value === undefined ? '-' : `${value.toFixed(1)} ms`);
const row = (cells: string[]) => console.log(`${cells[0]!.padEnd(28)}${cells.slice(1).map((c) => c.padStart(17)).join('')}`);

function cliVerdict(outcome: IsolatedOutcome): string {
  if (outcome.kind === 'hung') return `hung (stopped after ${(outcome.afterMs / 1000).toFixed(0)} s)`;
  if (outcome.kind === 'crashed') return `crashed: ${outcome.why}`;
  if (outcome.cli.error) return `threw ${outcome.cli.error}`;
  if (outcome.contentScript.error) return `content-script pipeline threw ${outcome.contentScript.error}`;
  return outcome.cli.ms <= CLI_BUDGET_MS ? 'ok' : `over ${CLI_BUDGET_MS} ms`;
}

function benchPatterns(): void {
  console.log(`Patterns: every regular expression on bomb inputs of 50,000 characters within ${PATTERN_BUDGET_MS} ms\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, '../tests/hostile/regex-bombs.ts')], {
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { starting?: string } & BombResult);
  const results = lines.filter((line) => line.starting === undefined);
  const started = lines.filter((line) => line.starting !== undefined);
  if (run.status !== 0) {
    const hung = started.length > results.length ? started.at(-1)?.starting : undefined;
    failures.push(`patterns: the audit stopped (${run.signal ?? run.status})${hung ? ` during the pattern at ${hung}` : ''}: ${run.stderr.trim().split('\n').at(-1) ?? ''}`);
  }
  const slow = results.filter((r) => r.worstMs > PATTERN_BUDGET_MS).sort((a, b) => b.worstMs - a.worstMs);
  console.log(`${results.length} patterns checked; slowest: ${results.map((r) => r.worstMs).reduce((a, b) => Math.max(a, b), 0).toFixed(1)} ms`);
  for (const r of slow) {
    console.log(`  ${ms(r.worstMs).padStart(10)}  ${r.where}  on a run of ${JSON.stringify(r.worstUnit)}  /${r.source.slice(0, 60)}/`);
    failures.push(`pattern at ${r.where}: ${ms(r.worstMs)} on a run of ${JSON.stringify(r.worstUnit)}`);
  }
  console.log();
}

async function benchCli(): Promise<void> {
  console.log(`CLI: analysed or declined within ${CLI_BUDGET_MS} ms per page (the median of ${CLI_RUNS} runs)\n`);
  row(['page', 'CLI', 'slowest run', 'in-page (Node)', 'verdict']);
  const scratchDir = mkdtempSync(join(tmpdir(), 'otr-bench-hostile-'));
  try {
    await analyseIsolated(names, {
      deadlineMs: HANG_MS,
      scratchDir,
      warmUp: true,
      cliRuns: CLI_RUNS,
      onOutcome: (outcome) => {
        const verdict = cliVerdict(outcome);
        const finished = outcome.kind === 'finished' ? outcome : undefined;
        const slowest = finished?.cli.runsMs && Math.max(...finished.cli.runsMs);
        row([outcome.name, ms(finished?.cli.ms), ms(slowest), ms(finished?.contentScript.ms), verdict === 'ok' ? 'ok' : 'FAIL']);
        if (verdict !== 'ok') failures.push(`CLI ${outcome.name}: ${verdict}`);
      },
    });
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
  }
}

async function benchBrowser(): Promise<void> {
  console.log(`\nBrowser: the content script's longest task at most ${TASK_BUDGET_MS} ms per page\n`);
  const chromium = findChromium();
  if (!chromium || !existsSync(join(BUILT_EXTENSION, 'manifest.json'))) {
    console.log(`SKIPPED: ${chromium ? 'no build at .output/chrome-mv3 (run `npx wxt build`)' : 'no Chromium (apt-get install chromium, or set CHROMIUM_PATH)'}.`);
    return;
  }
  const served = writeHostilePages(names);
  const browser = await launchExtensionBrowser({ serve: served.serve });
  try {
    row(['page', 'gate', 'longest task', 'verdict']);
    for (const name of names) {
      const tab = await browser.context.newPage();
      try {
        const run = await runInTab(tab, browser.server.url(served.path(name)), HANG_MS);
        const longest = longestTaskMs(run);
        const problem = run.errors[0] ?? (longest === undefined ? 'not measured' : longest > TASK_BUDGET_MS ? `over ${TASK_BUDGET_MS} ms` : undefined);
        row([name, ms(run.gate?.ms), ms(longest), problem ? 'FAIL' : 'ok']);
        if (problem) failures.push(`browser ${name}: ${problem} (longest task ${ms(longest)})`);
      } catch (error) {
        row([name, '-', '-', 'FAIL']);
        failures.push(`browser ${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      } finally {
        await tab.close().catch(() => undefined);
      }
    }
  } finally {
    await browser.close();
    served.remove();
  }
}

benchPatterns();
await benchCli();
if (!cliOnly) await benchBrowser();
console.log(failures.length === 0 ? '\nAll hostile pages within budget.' : `\n${failures.length} over budget or failed:\n  ${failures.join('\n  ')}`);
process.exitCode = failures.length === 0 ? 0 : 1;
