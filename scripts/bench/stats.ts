/** Order statistics of one benchmark figure. */

export interface Spread {
  n: number;
  median: number;
  p90: number;
  max: number;
}

/** The q-quantile (0…1) of sorted values, interpolated between neighbours. */
function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const lower = sorted[low] ?? NaN;
  const upper = sorted[Math.min(low + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (at - low);
}

/** Median, 90th percentile and maximum; undefined when there is nothing to summarise. */
export function spread(values: readonly number[]): Spread | undefined {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  return { n: sorted.length, median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), max: sorted[sorted.length - 1]! };
}
