/**
 * The incident window and its metrics. The window comes from the first source the document has:
 * a stated range, milestones in a timeline section, the prose, milestones in an update log
 * (posting times lag the events, so prose is trusted more), then the first and last entries.
 */
import type { Incident, LineInfo, Milestone, Timeline, TimelineEntry } from '../model';
import type { ResolvedTime } from './types';
import type { StatedFacts } from './facts';
import { minutesBetween } from './ranges';
import { readProseWindow } from './prose';

/** A point in time: an instant when known, and minutes on the timeline's axis when it is from the timeline. */
interface Point {
  instant: number | null;
  offset: number | null;
}

export function buildIncident(timeline: Timeline, facts: StatedFacts, lines: LineInfo[]): Incident {
  const byTime = inTimeOrder(timeline);
  const w = window(timeline, byTime, facts, lines);
  const start = w ? w.start : null;
  const detected = facts.detected ? fromStated(facts.detected) : atEntry(byTime.find((e) => has(e, 'detected')));
  const mitigated = facts.mitigated ? fromStated(facts.mitigated) : atEntry(byTime.find((e) => has(e, 'mitigated')));
  // A stated or prose end is the document's own word on when it was over; milestones come next.
  const lastResolved = atEntry(lastWith(byTime, 'resolved', 'end'));
  const resolved = w && (w.source === 'stated' || w.source === 'prose') ? w.end : lastResolved;
  return {
    start: start?.instant ?? null,
    end: w?.end.instant ?? null,
    durationMinutes: w ? w.minutes : null,
    timeToDetectMinutes: between(start, detected),
    timeToMitigateMinutes: between(start, mitigated),
    timeToResolveMinutes: between(start, resolved),
    source: w ? w.source : null,
    stated: facts.stated,
  };
}

/** Entries earliest first; a forward log already is, a newest-first one only needs reversing. */
function inTimeOrder(timeline: Timeline): TimelineEntry[] {
  const e = timeline.entries;
  if (timeline.order === 'newest-first') return [...e].reverse();
  for (let k = 1; k < e.length; k++) {
    if (e[k]!.offsetMinutes < e[k - 1]!.offsetMinutes) return [...e].sort((a, b) => a.offsetMinutes - b.offsetMinutes);
  }
  return e;
}

function lastWith(byTime: TimelineEntry[], a: Milestone, b: Milestone): TimelineEntry | undefined {
  for (let k = byTime.length - 1; k >= 0; k--) if (has(byTime[k]!, a) || has(byTime[k]!, b)) return byTime[k];
  return undefined;
}

interface Window {
  start: Point;
  end: Point;
  minutes: number | null;
  source: NonNullable<Incident['source']>;
}

function window(timeline: Timeline, byTime: TimelineEntry[], facts: StatedFacts, lines: LineInfo[]): Window | null {
  if (facts.start && facts.end) {
    const minutes = facts.rangeMinutes ?? minutesBetween(facts.start, facts.end);
    return { start: fromStated(facts.start), end: fromStated(facts.end), minutes, source: 'stated' };
  }
  const fromSection = timeline.section !== -1;
  if (fromSection) {
    const m = milestoneWindow(byTime);
    if (m) return m;
  }
  if (!fromSection) {
    const prose = readProseWindow(lines, facts.context);
    if (prose) return { start: fromStated(prose.start), end: fromStated(prose.end), minutes: prose.minutes, source: 'prose' };
    const m = milestoneWindow(byTime);
    if (m) return m;
  }
  if (byTime.length === 0) return null;
  const first = byTime[0]!;
  const last = byTime[byTime.length - 1]!;
  return { start: atEntry(first)!, end: atEntry(last)!, minutes: last.offsetMinutes - first.offsetMinutes, source: 'entries' };
}

/** A start or end milestone bounds the window; the missing side falls back to the first or last entry. */
function milestoneWindow(byTime: TimelineEntry[]): Window | null {
  const s = byTime.find((e) => has(e, 'start'));
  const e = lastWith(byTime, 'end', 'resolved');
  if (!s && !e) return null;
  const first = s ?? byTime[0]!;
  const last = e ?? byTime[byTime.length - 1]!;
  return { start: atEntry(first)!, end: atEntry(last)!, minutes: last.offsetMinutes - first.offsetMinutes, source: 'milestones' };
}

function has(e: TimelineEntry, m: Milestone): boolean {
  return e.milestones.length > 0 && e.milestones.includes(m);
}

function atEntry(e: TimelineEntry | undefined): Point | null {
  return e ? { instant: e.instant, offset: e.offsetMinutes } : null;
}

function fromStated(t: ResolvedTime): Point {
  return { instant: t.instant, offset: null };
}

function between(a: Point | null, b: Point | null): number | null {
  if (!a || !b) return null;
  if (a.instant !== null && b.instant !== null) return (b.instant - a.instant) / 60_000;
  if (a.offset !== null && b.offset !== null) return b.offset - a.offset;
  return null;
}
