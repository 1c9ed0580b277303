/**
 * Distributions, not means: the median and the 90th percentile of a set of lengths, with how many
 * incidents stand behind them. Fewer than MIN_TREND incidents is said, not drawn.
 */
import { METRICS, type Metric } from './types';

export const MIN_TREND = 5;

export interface Stat {
  n: number;
  median: number | null;
  /** Nearest rank: the smallest value with at least 90% of the values at or below it. */
  p90: number | null;
  /** True when n < MIN_TREND: the numbers are shown but no trend should be read into them. */
  tooFew: boolean;
}

export type MetricStats = Record<Metric, Stat>;

/** The median (the mean of the two middle values for an even count) of values sorted ascending. */
export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The nearest-rank percentile p (0-100] of values sorted ascending. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function statOf(values: readonly number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, median: median(sorted), p90: percentile(sorted, 90), tooFew: sorted.length < MIN_TREND };
}

/** Stats of each metric over the incidents' minutes; an incident without a value does not count for that metric. */
export function metricStats(minutes: readonly Record<Metric, number | null>[]): MetricStats {
  const out = {} as MetricStats;
  for (const m of METRICS) out[m] = statOf(minutes.map((x) => x[m]).filter((v): v is number => v !== null));
  return out;
}
