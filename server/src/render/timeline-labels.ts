/** How the timeline's drawings write times: wall clocks in the document's zone and in UTC, and axis ticks. */
import type { TimelineEntry } from '../service';

/** `2024-03-10 13:45`, the instant shifted by `offsetMinutes`. */
export function wallClock(instant: number, offsetMinutes = 0): string {
  const iso = new Date(instant + offsetMinutes * 60_000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** The entry's time in the document's zone as the reader resolved it, or as written when it could not. */
export function localTime(e: TimelineEntry): string {
  if (e.instant !== null && e.utcOffsetMinutes !== null) return `${wallClock(e.instant, e.utcOffsetMinutes)}${e.zone ? ` ${e.zone}` : ''}`;
  return e.zone && !e.written.includes(e.zone) ? `${e.written} ${e.zone}` : e.written;
}

export function utcTime(e: TimelineEntry): string | null {
  return e.instant === null ? null : `${wallClock(e.instant)} UTC`;
}

/**
 * A tick label for minute `m` of a lane: the wall clock in the lane's first entry's zone, with the
 * date (or day number) where the day changes.
 */
export function clockFor(entries: readonly TimelineEntry[]): { origin: number; label: (m: number) => string } {
  const first = entries[0];
  const origin = first ? first.localMinutes - first.sinceStartMinutes : 0;
  const dated = entries.find((e) => e.instant !== null && e.utcOffsetMinutes !== null);
  const midnight = dated ? dated.instant! + dated.utcOffsetMinutes! * 60_000 - dated.localMinutes * 60_000 : null;
  let lastDay: number | null = null;
  return {
    origin,
    label(m) {
      const local = origin + m;
      const day = Math.floor(local / 1440);
      const minute = ((Math.round(local) % 1440) + 1440) % 1440;
      const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      if (day === lastDay) return hhmm;
      lastDay = day;
      if (midnight !== null) return `${new Date(midnight + day * 86_400_000).toISOString().slice(5, 10)} ${hhmm}`;
      return day === 0 ? hhmm : `day ${day + 1} ${hhmm}`;
    },
  };
}
