/**
 * Turning a stamp into an instant: fill in the date and zone it leaves out, then ask the zone
 * for its offset.
 */
import type { CivilDate, ResolvedTime, TimeContext, TimeStamp, Zone } from './types';
import { withYear } from './dates';
import { wallToInstant, zoneOffsetAt } from './zones';

/** Epoch ms for a date, minutes since midnight and zone; null unless all three are known. */
export function toInstant(date: CivilDate | null, minutes: number, zone: Zone | null): number | null {
  if (!date || date.year === null || !zone) return null;
  return wallToInstant(Date.UTC(date.year, date.month - 1, date.day) + Math.round(minutes * 60_000), zone);
}

/** The offset of `zone` at that wall-clock time, or its fixed offset, or null. */
export function offsetOf(zone: Zone | null, instant: number | null): number | null {
  if (!zone) return null;
  if (zone.fixed !== null) return zone.fixed;
  return instant === null ? null : zoneOffsetAt(zone, instant);
}

export function resolveStamp(token: TimeStamp, ctx: TimeContext = {}): ResolvedTime | null {
  if (token.minutes === null) return null;
  const fallback = ctx.date ?? null;
  const date = token.date ? withYear(token.date, fallback?.year ?? null) : fallback;
  const zone = token.zone ?? ctx.zone ?? null;
  return { token, date, minutes: token.minutes, zone, instant: toInstant(date, token.minutes, zone) };
}
