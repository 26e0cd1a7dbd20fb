/**
 * `npm test`: the unit tests, then (when a Chromium is available) the extension built and
 * driven in a real browser. Ends with one line, `N passed, N failed`, over both.
 *
 * Without Chromium the browser tests are SKIPPED with the reason printed; under CI=true a
 * missing browser is a failure, so CI can never pass without having run them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../tests/e2e/chromium-path';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'otr-test-'));

interface Tally {
  passed: number;
  failed: number;
}

/** The fields of vitest's JSON reporter output that the tally reads. */
interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

/** Runs one vitest suite and counts its tests from the JSON reporter. */
function runVitest(label: string, extraArgs: string[], env: NodeJS.ProcessEnv = process.env): Tally {
  const report = join(scratch, `${label}.json`);
  console.log(`\n=== ${label} tests ===`);
  const run = spawnSync(
    bin('vitest'),
    ['run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: root, stdio: 'inherit', env },
  );
  let tally: Tally = { passed: 0, failed: 0 };
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
    // The project allows no skipped tests; vitest also marks a suite's tests skipped when its
    // setup (beforeAll) fails. Either way they did not pass, so they count as failed.
    const notRun = json.numPendingTests + json.numTodoTests;
    if (notRun > 0) console.error(`${label}: ${notRun} test(s) skipped or not run; counted as failed.`);
    tally = { passed: json.numPassedTests, failed: json.numFailedTests + notRun };
  } catch {
    console.error(`${label}: vitest wrote no readable JSON report.`);
  }
  // A file that fails to load fails the run without failing a test: count it, never hide it.
  if (run.status !== 0 && tally.failed === 0) {
    console.error(`${label}: vitest exited with ${run.status ?? run.signal} without a failing test; counted as 1 failure.`);
    tally.failed = 1;
  }
  return tally;
}

function runBrowserTests(chromium: string): Tally {
  console.log(`\n=== building the extension for the browser tests (Chromium: ${chromium}) ===`);
  const build = spawnSync(bin('wxt'), ['build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('wxt build failed: the browser tests cannot run; counted as 1 failure.');
    return { passed: 0, failed: 1 };
  }
  return runVitest('browser', ['--config', 'vitest.e2e.config.ts'], { ...process.env, CHROMIUM_PATH: chromium });
}

const tallies: Tally[] = [runVitest('unit', [])];

const chromium = findChromium();
const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (chromium) {
  tallies.push(runBrowserTests(chromium));
} else if (process.env.CI === 'true') {
  console.error(`\nBrowser tests FAILED: CI=true and no Chromium at ${wanted}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  tallies.push({ passed: 0, failed: 1 });
} else {
  console.warn(`\nBrowser tests SKIPPED: no Chromium at ${wanted}. Install it (apt-get install chromium) or set CHROMIUM_PATH to run them.`);
}

rmSync(scratch, { recursive: true, force: true });
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
