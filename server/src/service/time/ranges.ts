/**
 * Ranges and single times with context: `14:00 - 16:30 UTC`, `June 2, 2024, 14:00 - 16:30 UTC`
 * (the date carries to both ends), `March 10, 2024, 13:45 UTC to March 11, 2024, 02:30 UTC`,
 * `February 13th, 2024, 10:00 PM - February 14th, 2024, 2:00 AM (GMT)` (the zone carries back).
 */
import type { ResolvedTime, TimeContext, TimeRange, TimeStamp } from './types';
import { joined, readTimes } from './reader';
import { addDays, dayNumber, withYear } from './dates';
import { offsetOf, resolveStamp, toInstant } from './resolve';

/** The first range of two times in `text`, resolved against `ctx`; null when there is none. */
export function readRange(text: string, ctx: TimeContext = {}): TimeRange | null {
  const tokens = readTimes(text, { bare: 'all' });
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k]!;
    const b = tokens[k + 1]!;
    if (a.kind !== 'stamp' || b.kind !== 'stamp' || a.minutes === null || b.minutes === null) continue;
    if (!joined(text, a.end, b.start)) continue;
    return resolvePair(a, b, ctx);
  }
  return null;
}

/** The first time of day in `text` (with its date, when written), resolved against `ctx`. */
export function readTime(text: string, ctx: TimeContext = {}): ResolvedTime | null {
  for (const t of readTimes(text, { bare: 'all' })) {
    if (t.kind === 'stamp' && t.minutes !== null) return resolveStamp(t, ctx);
  }
  return null;
}

function resolvePair(a: TimeStamp, b: TimeStamp, ctx: TimeContext): TimeRange {
  const zoneA = a.zone ?? b.zone ?? ctx.zone ?? null;
  const zoneB = b.zone ?? a.zone ?? ctx.zone ?? null;
  const year = a.date?.year ?? b.date?.year ?? ctx.date?.year ?? null;
  const dateA = a.date ? withYear(a.date, year) : ctx.date ?? null;
  let dateB = b.date ? withYear(b.date, year) : dateA;
  const start = make(a, dateA, zoneA);
  let end = make(b, dateB, zoneB);
  if (!b.date && minutesBetween(start, end) < 0) {
    // `22:00 - 02:00`: the end is on the next day.
    dateB = dateA ? addDays(dateA, 1) : null;
    end = make(b, dateB, zoneB, 1);
  }
  return { start, end, minutes: minutesBetween(start, end), textStart: a.start, textEnd: b.end };
}

/** `extraDays` moves a time with no known date past midnight. */
function make(token: TimeStamp, date: ResolvedTime['date'], zone: ResolvedTime['zone'], extraDays = 0): ResolvedTime {
  const minutes = token.minutes! + (date ? 0 : extraDays * 1440);
  return { token, date, minutes, zone, instant: toInstant(date, token.minutes!, zone) };
}

/** From instants when both are known; else from dates, clocks and whatever offsets are known. */
export function minutesBetween(a: ResolvedTime, b: ResolvedTime): number {
  if (a.instant !== null && b.instant !== null) return (b.instant - a.instant) / 60_000;
  const days = a.date && b.date ? dayNumber(b.date) - dayNumber(a.date) : 0;
  const offA = offsetOf(a.zone, a.instant);
  const offB = offsetOf(b.zone, b.instant);
  const shift = offA !== null && offB !== null ? offB - offA : 0;
  return days * 1440 + b.minutes - a.minutes - shift;
}
