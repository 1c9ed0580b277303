/**
 * The time axis of one timeline lane: minutes since the incident start mapped to pixels, with
 * every gap of more than a day cut out and drawn as a break, so a report that spans a weekend
 * does not spend most of its width on nothing.
 */

/** A stretch of time drawn at full scale, from `from` to `to` minutes, at `x0`..`x1` pixels. */
export interface AxisSegment {
  from: number;
  to: number;
  x0: number;
  x1: number;
  /** Pixels kept free at each end, so a lone entry beside a break is not drawn on it. */
  pad: number;
}

/** A cut-out gap: drawn as a zig-zag at `x`, labelled with the time it stands for. */
export interface AxisBreak {
  x: number;
  minutes: number;
}

export interface AxisTick {
  x: number;
  minutes: number;
  label: string;
}

export interface Axis {
  segments: AxisSegment[];
  breaks: AxisBreak[];
  ticks: AxisTick[];
}

/** Gaps longer than this become breaks. */
export const BREAK_MINUTES = 24 * 60;
/** Pixels a break takes on the axis. */
export const BREAK_WIDTH = 24;
const SEGMENT_PAD = 16;
const TICK_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];
const MIN_TICK_PX = 70;

/**
 * The axis over `times` (minutes, any order) drawn between `x0` and `x1`. `clock(minutes)` labels
 * a tick; ticks fall on round wall-clock times, minute 0 being `origin` minutes past a midnight.
 * Times that are not finite are ignored; an empty axis is one segment at zero.
 */
export function buildAxis(times: readonly number[], x0: number, x1: number, clock: (minutes: number) => string, origin = 0): Axis {
  const spans = stretches(times);
  const breaks = spans.length - 1;
  const pad = breaks > 0 ? SEGMENT_PAD : 0;
  const total = spans.reduce((sum, [a, b]) => sum + (b - a), 0);
  const usable = Math.max(1, x1 - x0 - breaks * BREAK_WIDTH - spans.length * 2 * pad);
  const perMinute = total > 0 ? usable / total : 0;
  const segments: AxisSegment[] = [];
  const breakList: AxisBreak[] = [];
  let x = x0;
  for (const [from, to] of spans) {
    const prev = segments[segments.length - 1];
    if (prev) {
      breakList.push({ x: x + BREAK_WIDTH / 2, minutes: from - prev.to });
      x += BREAK_WIDTH;
    }
    const width = (total > 0 ? (to - from) * perMinute : usable) + 2 * pad;
    segments.push({ from, to, x0: x, x1: x + width, pad });
    x += width;
  }
  return { segments, breaks: breakList, ticks: ticksOf(segments, perMinute, clock, origin) };
}

/** The pixel of `minutes` on `axis`; a time inside a break sits on the break. */
export function xOf(axis: Axis, minutes: number): number {
  const segs = axis.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.from <= minutes) lo = mid;
    else hi = mid - 1;
  }
  const s = segs[lo]!;
  if (minutes < s.from) return lo > 0 ? s.x0 - BREAK_WIDTH / 2 : s.x0;
  if (minutes > s.to && lo < segs.length - 1) return s.x1 + BREAK_WIDTH / 2;
  const a = s.x0 + s.pad;
  const b = s.x1 - s.pad;
  const span = s.to - s.from;
  if (span === 0) return (a + b) / 2;
  return a + ((Math.min(minutes, s.to) - s.from) / span) * (b - a);
}

/** Sorted stretches of time with no gap longer than a day inside them. */
function stretches(times: readonly number[]): [number, number][] {
  const sorted = times.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [[0, 0]];
  const out: [number, number][] = [[sorted[0]!, sorted[0]!]];
  for (const t of sorted) {
    const last = out[out.length - 1]!;
    if (t - last[1] > BREAK_MINUTES) out.push([t, t]);
    else last[1] = t;
  }
  return out;
}

/**
 * Round wall-clock times every `step` minutes, at least MIN_TICK_PX apart: across a break or a lone
 * entry's segment, a tick too close to the one before is dropped rather than drawn over it. Labels
 * are made last, in order, so the clock can print the date where the day changes.
 */
function ticksOf(segments: readonly AxisSegment[], perMinute: number, clock: (minutes: number) => string, origin: number): AxisTick[] {
  const step = TICK_STEPS.find((s) => s * perMinute >= MIN_TICK_PX) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const places: { x: number; minutes: number }[] = [];
  const add = (x: number, minutes: number): void => {
    const last = places[places.length - 1];
    if (!last || x - last.x >= MIN_TICK_PX) places.push({ x, minutes });
  };
  for (const s of segments) {
    if (s.to === s.from) {
      add((s.x0 + s.x1) / 2, s.from);
      continue;
    }
    for (let m = Math.ceil((s.from + origin) / step) * step - origin; m <= s.to; m += step) add(s.x0 + s.pad + (m - s.from) * perMinute, m);
  }
  return places.map((p) => ({ ...p, label: clock(p.minutes) }));
}
