/**
 * Reports of several incidents: each incident section states its own Duration, and its own
 * entries sit under it. Each gets its own window; none is measured across the whole report.
 */
import type { Draft, Field, IncidentPart, Section, TimelineEntry } from '../model';
import type { TimeContext } from './types';
import { readRange } from './ranges';
import { readDuration } from './durations';
import { readTimes } from './reader';

/** One part per Duration, when each sits in its own section with its own share of the entries. */
export function incidentParts(durations: Field[], sections: readonly Section[], entries: Draft<TimelineEntry>[], ctx: TimeContext): IncidentPart[] {
  if (durations.length < 2) return [];
  const out: IncidentPart[] = [];
  const seen = new Set<number>();
  for (const f of durations) {
    const s = sections[f.section];
    if (!s || seen.has(s.index)) return [];
    seen.add(s.index);
    const own = entries.filter((e) => e.line > s.heading.line && e.line <= s.end);
    // A second Duration in a summary or in the timeline section itself restates one incident.
    if (own.length === 0 || own.length === entries.length) return [];
    out.push(part(f, s, own, ctx));
  }
  return out;
}

function part(f: Field, s: Section, own: Draft<TimelineEntry>[], ctx: TimeContext): IncidentPart {
  // The incident's heading ("October 21, 2025 - Redis Overload") dates a range written without one.
  const dated = readTimes(s.heading.text).find((t) => t.kind === 'stamp' && t.date !== null);
  const date = dated && dated.kind === 'stamp' ? dated.date : ctx.date ?? null;
  const r = readRange(f.value, { date, zone: ctx.zone ?? null });
  const written = readDuration(f.value, r ? r.textEnd : 0);
  const minutes = written ? written.minutes : r ? r.minutes : null;
  const stated = minutes === null ? null : { minutes, text: f.value, range: f.valueRange, line: f.line };
  const first = own[0];
  const last = own[own.length - 1];
  const from = r?.start.instant ?? null;
  // Each incident's entries measure "since start" from their own incident's start.
  for (const e of own) e.sinceStartMinutes = from !== null && e.instant !== null ? (e.instant - from) / 60_000 : e.offsetMinutes - first!.offsetMinutes;
  const spans = own.map((e) => e.sinceStartMinutes);
  if (r) return { section: s.index, start: r.start.instant, end: r.end.instant, durationMinutes: r.minutes, stated, spans };
  return {
    section: s.index,
    start: first?.instant ?? null,
    end: last?.instant ?? null,
    durationMinutes: first && last ? last.offsetMinutes - first.offsetMinutes : null,
    stated,
    spans,
  };
}
