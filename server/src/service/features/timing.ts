/**
 * Times as the editor features show them: offsets from the incident start (`T+1h 30m`), gaps
 * between entries (`+15m`), the phase an entry falls in, and instants printed in UTC or a zone.
 */
import type { PostmortemDocument, TimelineEntry } from '../model';
import { formatDuration, formatOffset } from '../time';

export type Phase = 'before detection' | 'responding' | 'mitigated' | 'resolved';

/** `T+45m`, `T+0m`, `T-6h 20m`. */
export function formatT(minutes: number): string {
  return `T${minutes < 0 ? '-' : '+'}${formatDuration(Math.abs(minutes))}`;
}

/** `+15m`, `-5m` (an entry out of order), `+0m`. */
export function formatGap(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${formatDuration(Math.abs(minutes))}`;
}

/** `2024-03-10 13:45` for an instant shifted by `offsetMinutes`. */
export function formatWallClock(instant: number, offsetMinutes = 0): string {
  const iso = new Date(instant + offsetMinutes * 60_000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** `UTC+02:00`. */
export function formatUtcOffset(offsetMinutes: number): string {
  return `UTC${formatOffset(offsetMinutes)}`;
}

/** Minutes from `a` to `b`: from instants when both have one, else along the timeline's own axis. */
export function minutesFromTo(a: TimelineEntry, b: TimelineEntry): number {
  if (a.instant !== null && b.instant !== null) return (b.instant - a.instant) / 60_000;
  return b.offsetMinutes - a.offsetMinutes;
}

/** The entry that happened just before entry `index`: the one above it, or below it in a newest-first log. */
export function previousEntry(doc: PostmortemDocument, index: number): TimelineEntry | null {
  const step = doc.timeline.order === 'newest-first' ? 1 : -1;
  return doc.timeline.entries[index + step] ?? null;
}

/** Minutes from the incident start to `e`: the model's one definition, shared by every feature. */
export function sinceStart(_doc: PostmortemDocument, e: TimelineEntry): number {
  return e.sinceStartMinutes;
}

/** The phase of the incident `minutes` after its start, or null when the document does not say when it was detected. */
export function phaseAt(doc: PostmortemDocument, minutes: number): Phase | null {
  const { timeToDetectMinutes: ttd, timeToMitigateMinutes: ttm, timeToResolveMinutes: ttr } = doc.incident;
  if (ttr !== null && minutes >= ttr) return 'resolved';
  if (ttm !== null && minutes >= ttm) return 'mitigated';
  if (ttd !== null) return minutes >= ttd ? 'responding' : 'before detection';
  return null;
}
