/** How long a timeline runs: the one answer for the duration-mismatch rule and the Duration hover. */
import type { Milestone, Timeline } from '../model';

function extent(t: Timeline): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const e of t.entries) {
    min = Math.min(min, e.offsetMinutes);
    max = Math.max(max, e.offsetMinutes);
  }
  return { min, max };
}

/** First to last entry, in minutes; null when the entries do not span any time. */
export function firstToLast(t: Timeline): number | null {
  const { min, max } = extent(t);
  return max > min ? max - min : null;
}

/**
 * The lengths the timeline supports, in minutes: first to last entry, and start milestone to
 * end/resolved milestone where it marks them. The full span comes first.
 */
export function timelineSpans(t: Timeline): number[] {
  if (t.entries.length < 2) return [];
  const { min, max } = extent(t);
  const out = max > min ? [max - min] : [];
  const at = (m: Milestone): number | undefined => t.entries.find((e) => e.milestones.includes(m))?.offsetMinutes;
  const start = at('start') ?? min;
  const end = at('end') ?? at('resolved') ?? max;
  if (end > start && end - start !== out[0]) out.push(end - start);
  return out;
}
