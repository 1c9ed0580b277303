/**
 * Times as the editor features show them: offsets from the incident start (`T+1h 30m`), gaps
 * between entries (`+15m`), the phase an entry falls in, and instants printed in UTC or a zone.
 */
import { laneOfLine, laneSpecs } from '../time/lanes';
import { phaseOf, phaseSpans, type EntryPhase } from '../time/phases';
import type { PostmortemDocument, TimelineEntry } from '../model';
import { formatDuration, formatOffset } from '../time';


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

/** The words hover uses for each phase; the timeline view's bands are the same phases. */
const PHASE_WORDS: Record<NonNullable<EntryPhase>, string> = {
  impact: 'impact',
  detecting: 'detecting',
  mitigating: 'mitigating',
  recovering: 'recovering',
  before: 'before the incident',
  after: 'after the incident',
};

/**
 * The phase of an entry, from the one list of phases the timeline view and the Mermaid block draw
 * (`time/phases.ts`), in the lane of its own incident; null when the document gives no window.
 */
export function phaseOfEntry(doc: PostmortemDocument, e: TimelineEntry): string | null {
  const lanes = laneSpecs(doc);
  const lane = lanes[laneOfLine(lanes, e.line)];
  const phase = lane ? phaseOf(e.sinceStartMinutes, phaseSpans(lane.window)) : null;
  return phase === null ? null : PHASE_WORDS[phase];
}
