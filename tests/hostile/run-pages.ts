/**
 * Child process of isolate.ts: analyses the named hostile pages in order and prints one JSON
 * line per page (a HostileOutcome), after a first `{"ready":true}` line once loaded.
 * Usage: node --import tsx tests/hostile/run-pages.ts <scratch dir> [--warm-up] [--cli-runs=N] <page name>…
 */
import { analyseHostilePage } from './analyse';
import { hostilePage, HOSTILE_PAGES } from './pages';

const [scratchDir, ...rest] = process.argv.slice(2);
if (!scratchDir) throw new Error('usage: run-pages.ts <scratch dir> [--warm-up] [--cli-runs=N] <page name>…');
const options = rest.filter((arg) => arg.startsWith('--'));
const names = rest.filter((arg) => !arg.startsWith('--'));
const warmUp = options.includes('--warm-up');
const runsOption = options.find((arg) => arg.startsWith('--cli-runs='));
const cliRuns = runsOption ? Number(runsOption.slice('--cli-runs='.length)) : 1;
const unknown = options.filter((arg) => arg !== '--warm-up' && arg !== runsOption);
if (unknown.length > 0 || !Number.isInteger(cliRuns) || cliRuns < 1) {
  throw new Error(`run-pages.ts: unknown option or not a whole number of runs: ${[...unknown, runsOption].join(' ')}`);
}

if (warmUp) {
  // Compile the pipelines on an easy page first, so the first timed page does not pay for it.
  const easy = HOSTILE_PAGES.find((page) => page.name === 'rtl-mixed');
  if (easy) for (let i = 0; i < 3; i++) await analyseHostilePage(easy, scratchDir);
}
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
for (const name of names) {
  const outcome = await analyseHostilePage(hostilePage(name), scratchDir, cliRuns);
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
}
