/**
 * The timeline builder: finds the entries (a timeline section, or failing that a status-page update
 * log), resolves them to instants, and works out the incident window and metrics.
 */
import type { Incident, PostmortemDocument, Section, Timeline, TimeProblem } from '../model';
import { readFacts } from './facts';
import { readSectionEntries } from './entries';
import { readUpdateLog } from './update-log';
import { resolveEntries } from './resolve-entries';
import { buildIncident } from './incident';
import { incidentParts } from './parts';
import { span, type RawEntry } from './raw-entry';
import { sameZone } from './zones';

export type TimelineInput = Omit<PostmortemDocument, 'timeline' | 'incident'>;

/**
 * Builds the timeline and incident of a parsed document. Pure and fast: one pass over the timeline
 * lines, no I/O.
 */
export function buildTimeline(doc: TimelineInput): { timeline: Timeline; incident: Incident } {
  const problems: TimeProblem[] = [];
  const sections = timelineSections(doc.sections);
  const first = sections[0];
  const facts = readFacts(doc, first ? first.heading.line : -1, problems);
  const baseZone = facts.headerZone ?? facts.context.zone ?? null;
  let raw: RawEntry[];
  if (first) raw = readSectionEntries(doc.lines, sections, knownFieldLines(doc), { date: facts.context.date ?? null, zone: baseZone }, problems);
  else raw = readUpdateLog(doc.lines);
  backfillZone(raw);
  if (raw.length > 0 && raw.every((r) => r.zone === null)) {
    const r = raw[0]!;
    problems.push({ kind: 'zone-missing', range: span(r.line, r.timeStart, r.timeEnd) });
  }
  const ctx = { date: facts.context.date ?? null, zone: baseZone, startMinutes: facts.start?.minutes ?? null };
  const { entries, order } = resolveEntries(raw, ctx, !first, problems);
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const timeline: Timeline = { section: first ? first.index : -1, entries, order, problems };
  const inTimeline = (i: number) => sections.some((s) => i > s.heading.line && i <= s.end);
  const { incident, startOffset } = buildIncident(timeline, facts, doc.lines, inTimeline);
  // One "since start" for every feature: minutes from the incident's start, else from the first entry.
  const zero = startOffset ?? 0;
  for (const e of entries) e.sinceStartMinutes = e.offsetMinutes - zero;
  incident.parts = incidentParts(facts.durations, doc.sections, entries, facts.context);
  if (incident.parts.length > 0) {
    // Several incidents in one report: a window from the first to the last would span days between them.
    incident.durationMinutes = null;
    incident.end = null;
    incident.timeToResolveMinutes = facts.metrics.resolve;
  }
  return { timeline, incident };
}

/** Time points a timeline may list as entries (`- Detected: 10:05 UTC`). */
const POINT_FIELDS = new Set(['start', 'end', 'detected', 'mitigated']);

/** Lines holding a field the schema knows (Duration, Impact): inside a timeline they are not events. */
function knownFieldLines(doc: TimelineInput): Set<number> {
  const out = new Set<number>();
  for (const f of doc.fields) if (f.id !== null && f.style !== 'front-matter' && !POINT_FIELDS.has(f.id)) out.add(f.line);
  return out;
}

/** Top-level timeline sections in document order; a nested one is already inside its parent's lines. */
function timelineSections(sections: Section[]): Section[] {
  const out: Section[] = [];
  for (const s of sections) {
    if (!s.ids.includes('timeline')) continue;
    const last = out[out.length - 1];
    if (last && s.heading.line <= last.end) continue;
    out.push(s);
  }
  return out;
}

/** Entries above the first stated zone take it when the whole timeline uses only that one zone. */
function backfillZone(raw: RawEntry[]): void {
  const firstZoned = raw.findIndex((r) => r.zone !== null);
  if (firstZoned <= 0) return;
  const zone = raw[firstZoned]!.zone!;
  if (raw.some((r) => r.zone !== null && !sameZone(r.zone, zone))) return;
  for (let k = 0; k < firstZoned; k++) {
    raw[k]!.zone = zone;
    raw[k]!.zoneInherited = true;
  }
}
