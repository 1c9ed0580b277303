/**
 * The incident window and its metrics, from the document's own word first: stated start and end
 * (a Duration range, fields, front matter), a sentence ("from 16:58 to 18:46 UTC", "Beginning at
 * ... By ... returned"), a Stats block's time to recovery; then milestone entries; then the first
 * and last entries. TTD, TTM and TTR likewise prefer stated lengths and times.
 */
import type { Draft, Incident, LineInfo, Milestone, Timeline, TimelineEntry } from '../model';
import type { ResolvedTime } from './types';
import type { StatedFacts } from './facts';
import { minutesBetween } from './ranges';
import { offsetOf } from './resolve';
import { readProseWindow } from './prose';
import { readDetectedSentence, readSentenceWindow } from './sentences';

/** A point in time: an instant when known, and minutes on the timeline's axis when it is from the timeline. */
export interface Point {
  instant: number | null;
  offset: number | null;
}

export interface IncidentResult {
  incident: Draft<Incident>;
  /** The window's start on the timeline's axis (minutes from the first entry), for "since start". */
  startOffset: number | null;
}

/** `skip(i)`: lines of the timeline itself, which state events rather than the window. */
export function buildIncident(timeline: Timeline, facts: StatedFacts, lines: readonly LineInfo[], skip: (i: number) => boolean): IncidentResult {
  const byTime = inTimeOrder(timeline);
  const w = window(byTime, facts, lines, skip);
  const start = w ? w.start : null;
  const detected = facts.detected ? fromStated(facts.detected) : statedDetection(lines, facts, w?.said ?? null, skip) ?? atEntry(byTime.find((e) => has(e, 'detected')));
  const mitigated = facts.mitigated ? fromStated(facts.mitigated) : atEntry(byTime.find((e) => has(e, 'mitigated')));
  // A stated or prose end is the document's own word on when it was over; milestones come next.
  const resolved = w && w.source !== 'entries' && w.source !== 'milestones' ? w.end : atEntry(lastWith(byTime, 'resolved', 'end'));
  const m = facts.metrics;
  const incident: Draft<Incident> = {
    start: start?.instant ?? null,
    end: w?.end.instant ?? null,
    durationMinutes: w ? w.minutes : null,
    timeToDetectMinutes: m.detect ?? between(start, detected),
    timeToMitigateMinutes: m.mitigate ?? between(start, mitigated),
    timeToResolveMinutes: m.resolve ?? between(start, resolved),
    source: w ? w.source : null,
    stated: facts.stated,
    parts: [],
  };
  return { incident, startOffset: start ? onAxis(start, w?.said ?? null, byTime) : null };
}

/** A detection sentence's time takes its date and zone from the document, else from the stated start. */
function statedDetection(lines: readonly LineInfo[], facts: StatedFacts, start: ResolvedTime | null, skip: (i: number) => boolean): Point | null {
  const ctx = { date: facts.context.date ?? start?.date ?? null, zone: facts.context.zone ?? start?.zone ?? null };
  const t = readDetectedSentence(lines, ctx, skip);
  return t ? fromStated(t) : null;
}

/** Entries earliest first; a forward log already is, a newest-first one only needs reversing. */
function inTimeOrder(timeline: Timeline): readonly TimelineEntry[] {
  const e = timeline.entries;
  if (timeline.order === 'newest-first') return [...e].reverse();
  for (let k = 1; k < e.length; k++) {
    if (e[k]!.offsetMinutes < e[k - 1]!.offsetMinutes) return [...e].sort((a, b) => a.offsetMinutes - b.offsetMinutes);
  }
  return e;
}

function lastWith(byTime: readonly TimelineEntry[], a: Milestone, b: Milestone): TimelineEntry | undefined {
  for (let k = byTime.length - 1; k >= 0; k--) if (has(byTime[k]!, a) || has(byTime[k]!, b)) return byTime[k];
  return undefined;
}

interface Window {
  start: Point;
  end: Point;
  minutes: number | null;
  source: NonNullable<Incident['source']>;
  /** The start as written, when the document states it. */
  said?: ResolvedTime;
}

function window(byTime: readonly TimelineEntry[], facts: StatedFacts, lines: readonly LineInfo[], skip: (i: number) => boolean): Window | null {
  if (facts.start && facts.end) {
    const minutes = facts.rangeMinutes ?? minutesBetween(facts.start, facts.end);
    return { start: fromStated(facts.start), end: fromStated(facts.end), minutes, source: 'stated', said: facts.start };
  }
  const said = readProseWindow(lines, facts.context, skip) ?? readSentenceWindow(lines, facts.context, skip);
  if (said) return { start: fromStated(said.start), end: fromStated(said.end), minutes: said.minutes, source: 'prose', said: said.start };
  const fromEntries = milestoneWindow(byTime) ?? entryWindow(byTime);
  const ttr = facts.metrics.resolve;
  if (ttr !== null) {
    // A Stats block's time to recovery, counted from the start the document or the timeline gives.
    const start = facts.start ? fromStated(facts.start) : atEntry(statsStart(byTime, facts.metrics)) ?? fromEntries?.start;
    if (start) return { start, end: shift(start, ttr), minutes: ttr, source: 'stated' };
  }
  return fromEntries;
}

/**
 * Stats lengths are counted from the impact start, which is often not the first entry (a
 * maintenance that began earlier). The start is the earliest entry from which the most stated
 * lengths land exactly on other entries; none, and the caller falls back to the timeline's start.
 */
function statsStart(byTime: readonly TimelineEntry[], m: StatedFacts['metrics']): TimelineEntry | undefined {
  const lengths = [m.detect, m.mitigate, m.resolve].filter((x): x is number => x !== null && x > 0);
  const at = new Set(byTime.map((e) => Math.round(e.offsetMinutes)));
  let best: TimelineEntry | undefined;
  let bestScore = 0;
  for (const e of byTime) {
    let score = 0;
    for (const len of lengths) if (at.has(Math.round(e.offsetMinutes + len))) score++;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

/** A start or end milestone bounds the window; the missing side falls back to the first or last entry. */
function milestoneWindow(byTime: readonly TimelineEntry[]): Window | null {
  const s = byTime.find((e) => has(e, 'start'));
  const e = lastWith(byTime, 'end', 'resolved');
  if (!s && !e) return null;
  const first = s ?? byTime[0]!;
  const last = e ?? byTime[byTime.length - 1]!;
  if (last.offsetMinutes < first.offsetMinutes) return null;
  return { start: atEntry(first)!, end: atEntry(last)!, minutes: last.offsetMinutes - first.offsetMinutes, source: 'milestones' };
}

function entryWindow(byTime: readonly TimelineEntry[]): Window | null {
  if (byTime.length === 0) return null;
  const first = byTime[0]!;
  const last = byTime[byTime.length - 1]!;
  return { start: atEntry(first)!, end: atEntry(last)!, minutes: last.offsetMinutes - first.offsetMinutes, source: 'entries' };
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

function shift(p: Point, minutes: number): Point {
  return { instant: p.instant === null ? null : p.instant + minutes * 60_000, offset: p.offset === null ? null : p.offset + minutes };
}

function between(a: Point | null, b: Point | null): number | null {
  if (!a || !b) return null;
  if (a.instant !== null && b.instant !== null) return (b.instant - a.instant) / 60_000;
  if (a.offset !== null && b.offset !== null) return b.offset - a.offset;
  return null;
}

/**
 * Where a point falls on the timeline's axis: its own offset, or measured from an entry with an
 * instant, or, when the timeline has no dates, by the clock from the first entry (nearest day).
 */
function onAxis(p: Point, said: ResolvedTime | null, byTime: readonly TimelineEntry[]): number | null {
  if (p.offset !== null) return p.offset;
  const e = byTime.find((x) => x.instant !== null);
  if (p.instant !== null && e) return e.offsetMinutes - (e.instant! - p.instant) / 60_000;
  const first = byTime[0];
  if (!said || !first) return null;
  const saidUtc = said.minutes - (offsetOf(said.zone, said.instant) ?? 0);
  const firstUtc = first.localMinutes - (first.utcOffsetMinutes ?? 0);
  const diff = ((((saidUtc - firstUtc) % 1440) + 1440 + 720) % 1440) - 720;
  return first.offsetMinutes + diff;
}
