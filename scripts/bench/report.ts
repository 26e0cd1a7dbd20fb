/** The bench's printout: one table of every figure against its budget. */
import { describeLimits, format, type Verdict } from './budget';

function cell(value: number | undefined, unit: string): string {
  return value === undefined ? '–' : format(value, unit);
}

export function budgetTable(verdicts: Verdict[]): string {
  const rows = verdicts.map(({ line, status, misses }) => [
    line.label,
    line.spread ? String(line.spread.n) : '–',
    cell(line.spread?.median, line.unit),
    cell(line.spread?.p90, line.unit),
    cell(line.spread?.max, line.unit),
    describeLimits(line.limits, line.unit),
    status === 'miss' ? `MISS: ${misses.join('; ')}` : status === 'skipped' ? `skipped: ${line.skipped ?? 'not measured'}` : status,
  ]);
  const header = ['figure', 'n', 'median', 'p90', 'max', 'budget', 'verdict'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 1 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
