/**
 * The performance budget (GitHub issue #4) and how a measured figure is held against it.
 * A line without limits is shown for information only.
 */
import type { Spread } from './stats';

export interface Limits {
  median?: number;
  p90?: number;
  max?: number;
  /** A floor on the median (throughput). */
  minMedian?: number;
}

export interface BudgetLine {
  key: string;
  label: string;
  unit: string;
  /** Undefined when the figure could not be measured; `skipped` says why. */
  spread?: Spread;
  skipped?: string;
  limits?: Limits;
}

export interface Verdict {
  line: BudgetLine;
  /** 'info': no limits; 'skipped': not measured (not a failure, but said loudly). */
  status: 'ok' | 'miss' | 'info' | 'skipped';
  misses: string[];
}

export function judge(line: BudgetLine): Verdict {
  if (!line.spread) return { line, status: 'skipped', misses: [] };
  if (!line.limits) return { line, status: 'info', misses: [] };
  const { median, p90, max } = line.spread;
  const { limits, unit } = line;
  const misses: string[] = [];
  const over = (name: string, value: number, limit: number | undefined) => {
    if (limit !== undefined && value > limit) misses.push(`${name} ${format(value, unit)} > ${format(limit, unit)}`);
  };
  over('median', median, limits.median);
  over('p90', p90, limits.p90);
  over('max', max, limits.max);
  if (limits.minMedian !== undefined && median < limits.minMedian) {
    misses.push(`${format(median, unit)} < ${format(limits.minMedian, unit)}`);
  }
  return { line, status: misses.length ? 'miss' : 'ok', misses };
}

export function format(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit === '×' ? '×' : ` ${unit}`}`;
}

export function describeLimits(limits: Limits | undefined, unit: string): string {
  if (!limits) return '(info)';
  const parts: string[] = [];
  if (limits.median !== undefined) parts.push(`median ≤ ${format(limits.median, unit)}`);
  if (limits.p90 !== undefined) parts.push(`p90 ≤ ${format(limits.p90, unit)}`);
  if (limits.max !== undefined) parts.push(`max ≤ ${format(limits.max, unit)}`);
  if (limits.minMedian !== undefined) parts.push(`≥ ${format(limits.minMedian, unit)}`);
  return parts.join(', ');
}
