/**
 * The timeline builder: finds the entries (a timeline section, or failing that a status-page update
 * log), resolves them to instants, and works out the incident window and metrics.
 */
import type { Incident, PostmortemDocument, Section, Timeline, TimeProblem } from '../model';
import type { CivilDate, Zone } from './types';
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
  const read = readEntries(doc, sections, { date: facts.context.date ?? null, zone: baseZone }, problems);
  const raw = read.raw;
  const used = read.sections;
  backfillZone(raw);
  if (raw.length > 0 && raw.every((r) => r.zone === null)) {
    const r = raw[0]!;
    problems.push({ kind: 'zone-missing', range: span(r.line, r.timeStart, r.timeEnd) });
  }
  const ctx = { date: facts.context.date ?? null, zone: baseZone, startMinutes: facts.start?.minutes ?? null, year: facts.year };
  const { entries, order } = resolveEntries(raw, ctx, read.updateLog, problems);
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const timeline: Timeline = { section: used[0] ? used[0].index : -1, entries, order, problems };
  const inTimeline = (i: number) => used.some((s) => i > s.heading.line && i <= s.end);
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

/** Statuspage's own sections: "Status page updates", "Incident updates", "Updates". */
const UPDATE_TITLE = /^(?:status(?:[ -]?page)? updates|incident updates|updates)\b/i;

interface Read {
  raw: RawEntry[];
  sections: readonly Section[];
  /** Posting times, newest first as a rule; one step back is enough to say so. */
  updateLog: boolean;
}

/** The timeline section's entries; else a status-page updates section's; else "Posted ..." lines. */
function readEntries(doc: TimelineInput, sections: readonly Section[], base: { date: CivilDate | null; zone: Zone | null }, problems: TimeProblem[]): Read {
  const fields = knownFieldLines(doc);
  const own: TimeProblem[] = [];
  const raw = sections.length > 0 ? readSectionEntries(doc.lines, sections, fields, base, own) : [];
  const updates = raw.length > 0 ? [] : doc.sections.filter((s) => !s.ids.includes('timeline') && UPDATE_TITLE.test(s.heading.text.trim()));
  const fromUpdates = updates.length > 0 ? readSectionEntries(doc.lines, updates, fields, base, []) : [];
  if (fromUpdates.length > 0) return { raw: fromUpdates, sections: updates, updateLog: true };
  problems.push(...own);
  if (sections.length > 0) return { raw, sections, updateLog: false };
  return { raw: readUpdateLog(doc.lines), sections: [], updateLog: true };
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
function timelineSections(sections: readonly Section[]): Section[] {
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
