/** Entry of `npm run analyze`: see scripts/lib/analyze-cli.ts. */
import { runAnalyze } from './lib/analyze-cli';

process.exitCode = runAnalyze(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
