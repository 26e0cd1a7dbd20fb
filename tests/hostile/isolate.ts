/**
 * Analyses hostile pages in a child process, one after another, with a deadline per page:
 * a page that hangs (or crashes the process) is reported as such, the child is killed and a
 * fresh one goes on with the next page. Synchronous work cannot be interrupted in-process,
 * so this is what lets a test suite or benchmark survive a page that never finishes.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { HostileOutcome } from './analyse';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const RUNNER = join(PROJECT_ROOT, 'tests/hostile/run-pages.ts');
const STARTUP_MS = 60_000;

export type IsolatedOutcome =
  | ({ kind: 'finished' } & HostileOutcome)
  | { kind: 'hung'; name: string; afterMs: number }
  | { kind: 'crashed'; name: string; why: string };

export interface IsolateOptions {
  /** How long one page may take before it counts as hung (for each of its CLI runs, when there are several). */
  deadlineMs: number;
  /** Where the CLI pipeline's page files are written. */
  scratchDir: string;
  /** Warm the child's JIT on an easy page before the first one (for timings). */
  warmUp?: boolean;
  /** Times the CLI pipeline takes each page, its time being their median (for timings; 1 by default). */
  cliRuns?: number;
  onOutcome?: (outcome: IsolatedOutcome) => void;
}

/** Runs the pages in order, in as many child processes as hangs and crashes require. */
export async function analyseIsolated(names: readonly string[], options: IsolateOptions): Promise<IsolatedOutcome[]> {
  const outcomes: IsolatedOutcome[] = [];
  let remaining = [...names];
  while (remaining.length > 0) {
    const batch = await runChild(remaining, options, (outcome) => {
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
    });
    remaining = remaining.slice(batch);
  }
  return outcomes;
}

/** Runs one child over `names` until it finishes, hangs or dies; returns how many pages it settled. */
function runChild(names: string[], options: IsolateOptions, record: (outcome: IsolatedOutcome) => void): Promise<number> {
  // --expose-gc: the child collects the garbage of generating a page before timing it.
  const args = [
    '--expose-gc', '--import', 'tsx', RUNNER, options.scratchDir,
    ...(options.warmUp ? ['--warm-up'] : []),
    ...(options.cliRuns ? [`--cli-runs=${options.cliRuns}`] : []),
    ...names,
  ];
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 50) stderr.shift();
  });
  let settled = 0;
  let started = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hung = false;

  const current = () => names[settled] ?? '?';
  // A page timed several times in the CLI does its work that many times before it reports.
  const deadlineMs = options.deadlineMs * Math.max(1, options.cliRuns ?? 1);
  const arm = (extraMs = 0) => {
    clearTimeout(timer);
    started = performance.now();
    timer = setTimeout(() => {
      hung = true;
      record({ kind: 'hung', name: current(), afterMs: performance.now() - started });
      settled++;
      child.kill('SIGKILL');
    }, deadlineMs + extraMs);
  };

  return new Promise((done) => {
    // Loading the pipelines (and the warm-up) may take a while on a busy machine.
    arm(STARTUP_MS);
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
      const parsed = JSON.parse(line) as { ready?: boolean } & HostileOutcome;
      if (parsed.ready) {
        arm();
        return;
      }
      record({ kind: 'finished', ...parsed });
      settled++;
      if (settled < names.length) arm();
      else clearTimeout(timer);
    });
    // 'close', not 'exit': every line the child printed has been read by then.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (!hung && settled < names.length) {
        const why = `exited with ${code ?? signal}: ${stderr.join('').trim().split('\n').slice(-5).join(' | ')}`;
        record({ kind: 'crashed', name: current(), why });
        settled++;
      }
      done(settled);
    });
  });
}
