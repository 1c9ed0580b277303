/**
 * Which entries go in which lane: one lane for a single incident, one per incident in a report of
 * several (each measured from its own start), and a last lane for entries under none of them.
 */
import type { Incident, PostmortemDocument, TimelineEntry } from '../service';
import { windowOfIncident, type LaneWindow } from './timeline-phases';

/** What the renderer reads from the model. A whole `PostmortemDocument` is one. */
export type TimelineSource = Pick<PostmortemDocument, 'timeline' | 'incident' | 'sections'>;

export interface LaneSpec {
  label: string;
  window: LaneWindow;
  entries: TimelineEntry[];
  /** Document lines the lane owns (for problems that are not on an entry); null for "everything else". */
  lines: { from: number; to: number } | null;
}

export function laneSpecs(src: TimelineSource): LaneSpec[] {
  const { incident, timeline, sections } = src;
  if (incident.parts.length === 0) return [{ label: 'Incident', window: windowOfIncident(incident), entries: timeline.entries, lines: null }];
  const taken = new Set<TimelineEntry>();
  const lanes: LaneSpec[] = [];
  for (const part of incident.parts) {
    const s = sections[part.section];
    if (!s) continue;
    const own = timeline.entries.filter((e) => e.line > s.heading.line && e.line <= s.end);
    own.forEach((e) => taken.add(e));
    lanes.push({ label: s.heading.text, window: partWindow(part), entries: own, lines: { from: s.heading.line, to: s.end } });
  }
  const rest = timeline.entries.filter((e) => !taken.has(e));
  if (rest.length > 0 || lanes.length === 0) lanes.push({ label: lanes.length ? 'Other entries' : 'Incident', window: windowOfIncident(incident), entries: rest, lines: null });
  return lanes;
}

function partWindow(part: Incident['parts'][number]): LaneWindow {
  return { durationMinutes: part.durationMinutes, timeToDetectMinutes: null, timeToMitigateMinutes: null, timeToResolveMinutes: null };
}

/** The lane that owns document line `line`: the part whose section holds it, else the catch-all lane. */
export function laneOfLine(specs: readonly LaneSpec[], line: number): number {
  const i = specs.findIndex((s) => s.lines !== null && line >= s.lines.from && line <= s.lines.to);
  if (i >= 0) return i;
  const open = specs.findIndex((s) => s.lines === null);
  return open >= 0 ? open : 0;
}

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

const zonePatterns = new Map<string, RegExp>();

/** `UTC`, `(PST)` or `+02:00` at the start of the text; one pattern per zone, for 10,000 entries. */
function zoneAtStart(zone: string): RegExp {
  let re = zonePatterns.get(zone);
  if (!re) {
    if (zonePatterns.size > 100) zonePatterns.clear();
    re = new RegExp(`^\\s*\\(?${zone.replace(/[^\w]/g, '\\$&')}\\)?(?=\\W|$)`);
    zonePatterns.set(zone, re);
  }
  return re;
}

/** The entry's words without its timestamp: `14:02 UTC - Alerts fire` is `Alerts fire`. */
export function entryLabel(e: TimelineEntry): string {
  const at = e.written ? e.text.indexOf(e.written) : -1;
  if (at < 0) return e.text;
  let rest = e.text.slice(0, at) + ' ' + e.text.slice(at + e.written.length);
  if (e.zone) rest = rest.replace(zoneAtStart(e.zone), '');
  const label = rest.replace(/^[\s\-–—:|,.*_~]+/, '').replace(/[\s|]+$/, '').trim();
  return label || e.text;
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
