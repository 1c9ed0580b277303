/**
 * What the document states about the incident's time outside the timeline: the Duration, Start
 * and End fields, front matter (`date`, `timezone`, `started_at`, `resolved_at`, ...), a zone
 * header above the timeline, and a date in a title heading.
 */
import type { Field, PostmortemDocument, Range, TimeProblem } from '../model';
import type { CivilDate, ResolvedTime, TimeContext, Zone } from './types';
import { readRange, readTime } from './ranges';
import { readDuration } from './durations';
import { readTimes } from './reader';
import { readZoneHeader } from './zone-header';
import { resolveZone } from './zones';
import { own } from '../own';
import { unparsed } from './unread';

type Doc = Omit<PostmortemDocument, 'timeline' | 'incident'>;

export interface StatedFacts {
  /** The default date and zone for times that leave them out. */
  context: TimeContext;
  /** A zone header above the timeline ("All times in UTC"), which wins over other zones for entries. */
  headerZone: Zone | null;
  /** The year of the first full date anywhere in the document, for dates written without one ("Jan 16, 5:44 AM"). */
  year: number | null;
  start: ResolvedTime | null;
  end: ResolvedTime | null;
  /** Range length when start and end come from one written range. */
  rangeMinutes: number | null;
  detected: ResolvedTime | null;
  mitigated: ResolvedTime | null;
  stated: { minutes: number; text: string; range: Range; line: number } | null;
  /** Lengths the document states for TTD, TTM and TTR, in minutes. */
  metrics: { detect: number | null; mitigate: number | null; resolve: number | null };
  /** Every stated Duration, for reports with one incident per section. */
  durations: Field[];
}

/** The schema's field ids for the incident's times; the schema knows every label and alias. */
type PointId = 'duration' | 'start' | 'end' | 'detected' | 'mitigated';
/** Stated lengths from a Stats block ("Time to detection: 54 minutes"). */
const METRICS = { detect: 'time-to-detect', mitigate: 'time-to-mitigate', resolve: 'time-to-resolve' } as const;

const FM = {
  date: ['date', 'incident_date'],
  zone: ['timezone', 'time_zone', 'tz', 'zone'],
  start: ['started_at', 'start', 'start_time', 'began_at'],
  end: ['resolved_at', 'end', 'ended_at', 'end_time'],
  detected: ['detected_at'],
  mitigated: ['mitigated_at'],
};

export function readFacts(doc: Doc, timelineLine: number, problems: TimeProblem[]): StatedFacts {
  const fm = frontMatterData(doc);
  const fmZone = fmString(fm, FM.zone, resolveZone);
  const fmDate = fmString(fm, FM.date, (s) => firstDate(s));
  const headerZone = zoneHeaderAbove(doc, timelineLine);
  const ctx: TimeContext = { date: fmDate ?? titleDate(doc, timelineLine), zone: fmZone ?? headerZone };
  const facts: StatedFacts = {
    context: ctx, headerZone, year: ctx.date?.year ?? documentYear(doc), start: null, end: null, rangeMinutes: null, detected: null, mitigated: null, stated: null,
    metrics: { detect: metric(doc, METRICS.detect), mitigate: metric(doc, METRICS.mitigate), resolve: metric(doc, METRICS.resolve) },
    durations: doc.fields.filter((f) => f.style !== 'front-matter' && f.id === 'duration'),
  };

  const duration = field(doc, 'duration');
  if (duration) {
    reportFieldProblems(doc, duration, problems);
    const r = readRange(duration.value, ctx);
    const written = r ? readDuration(duration.value, 0, r.textStart) ?? readDuration(duration.value, r.textEnd) : readDuration(duration.value);
    if (r) {
      facts.start = r.start;
      facts.end = r.end;
      facts.rangeMinutes = r.minutes;
    }
    const minutes = written ? written.minutes : r ? r.minutes : null;
    if (minutes !== null) facts.stated = { minutes, text: duration.value, range: duration.valueRange, line: duration.line };
  }
  facts.start ??= fieldTime(doc, 'start', ctx, problems) ?? fmTime(fm, FM.start, ctx);
  facts.end ??= fieldTime(doc, 'end', { date: facts.start?.date ?? ctx.date, zone: facts.start?.zone ?? ctx.zone }, problems) ?? fmTime(fm, FM.end, ctx);
  facts.detected = fieldTime(doc, 'detected', ctx, problems) ?? fmTime(fm, FM.detected, ctx);
  facts.mitigated = fieldTime(doc, 'mitigated', ctx, problems) ?? fmTime(fm, FM.mitigated, ctx);
  if (facts.start) {
    ctx.date = facts.start.date ?? ctx.date;
    ctx.zone = ctx.zone ?? facts.start.zone;
  }
  return facts;
}

function field(doc: Doc, id: string): Field | null {
  return doc.fields.find((f) => f.style !== 'front-matter' && f.id === id) ?? null;
}

/** A stated length in minutes ("54 minutes", "4 hours 42 minutes"); "N/A" states nothing. */
function metric(doc: Doc, id: string): number | null {
  const f = field(doc, id);
  if (!f) return null;
  const d = readDuration(f.value);
  return d ? d.minutes : null;
}

function fieldTime(doc: Doc, id: PointId, ctx: TimeContext, problems: TimeProblem[]): ResolvedTime | null {
  const f = field(doc, id);
  if (!f) return null;
  reportFieldProblems(doc, f, problems);
  return readTime(f.value, ctx);
}

/** Every malformed time in a field that is meant to hold times is worth a diagnostic. */
function reportFieldProblems(doc: Doc, f: Field, problems: TimeProblem[]): void {
  const lineText = doc.lines[f.line]?.text ?? '';
  let base = lineText.indexOf(f.value, f.valueRange.start.character);
  if (base === -1) base = f.valueRange.start.character;
  for (const t of readTimes(f.value, { bare: 'all' })) {
    if (t.kind === 'invalid') problems.push(unparsed(t, f.line, base));
  }
}

function frontMatterData(doc: Doc): Record<string, unknown> {
  const data = doc.frontMatter?.data;
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

function fmString<T>(fm: Record<string, unknown>, keys: string[], read: (s: string) => T | null): T | null {
  for (const k of keys) {
    const v = own(fm, k);
    if (typeof v === 'string') return read(v);
    if (v instanceof Date && !Number.isNaN(v.getTime())) return read(v.toISOString());
  }
  return null;
}

function fmTime(fm: Record<string, unknown>, keys: string[], ctx: TimeContext): ResolvedTime | null {
  return fmString(fm, keys, (s) => readTime(s, ctx));
}

function firstDate(text: string): CivilDate | null {
  for (const t of readTimes(text, { bare: 'all' })) if (t.kind === 'stamp' && t.date) return t.date;
  return null;
}

/** A dated title ("Postmortem: June 2, 2024 Outage") or timeline heading gives the date when nothing else does. */
function titleDate(doc: Doc, before: number): CivilDate | null {
  // The timeline's own heading counts: "Timeline (all times EDT, Wednesday 1 August 2012)".
  for (const h of doc.headings) {
    if (h.line > before) break;
    const d = firstDate(h.text);
    if (d && d.year !== null) return d;
  }
  return null;
}

/** The last zone header above the timeline's first line (the timeline heading included). */
function zoneHeaderAbove(doc: Doc, timelineLine: number): Zone | null {
  let zone: Zone | null = null;
  const end = Math.min(timelineLine, doc.lines.length - 1);
  for (let i = 0; i <= end; i++) {
    const line = doc.lines[i]!;
    if (line.kind === 'code' || line.kind === 'fence' || line.kind === 'front-matter') continue;
    zone = readZoneHeader(line.text, i === timelineLine) ?? zone;
  }
  return zone;
}

const YEARISH = /\b(?:19|20)\d\d\b/;

/** The first date with a year in the document's prose or headings; one regex per line until found. */
function documentYear(doc: Doc): number | null {
  for (const line of doc.lines) {
    if (line.kind === 'code' || line.kind === 'fence' || !YEARISH.test(line.text)) continue;
    const d = firstDate(line.text);
    if (d && d.year !== null) return d.year;
    // "January 14-19, 2026": the range hides the year from the date reader, not from this line.
    if (d) return Number(YEARISH.exec(line.text)![0]);
    // A date column headed `Date (2021)` names the year its `Oct 31` rows leave out.
    const col = DATE_YEAR.exec(line.text);
    if (col) return Number(col[1]);
  }
  return null;
}

const DATE_YEAR = /\bDate[ \t]*\((\d{4})\)/i;
