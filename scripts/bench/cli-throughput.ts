/**
 * CLI throughput: the corpus through the same code as `npm run analyze` (analyseFile), in
 * this process, twice: a cold pass as the CLI runs it, then a warm one. Run as its own process
 * (`tsx scripts/bench/cli-throughput.ts <page.html …>`; import only its types) so the bench's
 * other work does not warm or disturb it; prints one JSON line.
 *
 * Rates are pages per second of this process's CPU time (user + system, all its threads), so
 * other programs on the machine slow the wall clock but not the figure; wall time is shown too.
 */
import { analyseFile } from '../lib/analyse-file';

export interface ThroughputPass {
  pages: number;
  failed: number;
  cpuSeconds: number;
  wallSeconds: number;
  pagesPerCpuSecond: number;
}

export interface ThroughputResult {
  cold: ThroughputPass;
  warm: ThroughputPass;
}

function pass(files: string[]): ThroughputPass {
  let failed = 0;
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (const file of files) {
    try {
      analyseFile(file);
    } catch {
      failed++;
    }
  }
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    pages: files.length,
    failed,
    cpuSeconds,
    wallSeconds: (performance.now() - wall) / 1000,
    pagesPerCpuSecond: files.length / cpuSeconds,
  };
}

const files = process.argv.slice(2);
const result: ThroughputResult = { cold: pass(files), warm: pass(files) };
process.stdout.write(`${JSON.stringify(result)}\n`);
