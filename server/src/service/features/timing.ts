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

/**
 * Where minutes-since-start are measured from when the incident start has no instant: the entry
 * marked as the start, else the earliest entry. Found once per document version.
 */
const axisStart = new WeakMap<PostmortemDocument, number>();

function startOffset(doc: PostmortemDocument): number {
  const known = axisStart.get(doc);
  if (known !== undefined) return known;
  let min = Infinity;
  let marked: number | null = null;
  for (const e of doc.timeline.entries) {
    min = Math.min(min, e.offsetMinutes);
    if (marked === null && e.milestones.includes('start')) marked = e.offsetMinutes;
  }
  const offset = marked ?? (Number.isFinite(min) ? min : 0);
  axisStart.set(doc, offset);
  return offset;
}

/** Minutes from the incident start (`doc.incident.start`, or the first entry) to `e`. */
export function sinceStart(doc: PostmortemDocument, e: TimelineEntry): number {
  const start = doc.incident.start;
  if (start !== null && e.instant !== null) return (e.instant - start) / 60_000;
  return e.offsetMinutes - startOffset(doc);
}

/** The phase of the incident `minutes` after its start, or null when the document does not say when it was detected. */
export function phaseAt(doc: PostmortemDocument, minutes: number): Phase | null {
  const { timeToDetectMinutes: ttd, timeToMitigateMinutes: ttm, timeToResolveMinutes: ttr } = doc.incident;
  if (ttr !== null && minutes >= ttr) return 'resolved';
  if (ttm !== null && minutes >= ttm) return 'mitigated';
  if (ttd !== null) return minutes >= ttd ? 'responding' : 'before detection';
  return null;
}
