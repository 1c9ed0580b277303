/**
 * Reads timeline entries from the lines of the timeline section(s): list items, plain lines and
 * table rows that carry a time of day. Day sub-headings and date-only lines set the date; zone
 * headers set the zone; untimed sub-bullets add their milestones to the entry above.
 */
import type { LineInfo, Milestone, Section, TimeProblem } from '../model';
import type { CivilDate, Zone } from './types';
import type { RawEntry } from './raw-entry';
import { problem } from './raw-entry';
import { readTimes } from './reader';
import { readZoneHeader } from './zone-header';
import { readLine, type LineReading } from './line-reading';
import { isDigit } from './clock';
import { withYear } from './dates';
import { sameZone } from './zones';

const SKIP = new Set(['blank', 'code', 'fence', 'comment', 'table-delimiter', 'setext-underline', 'rule', 'front-matter']);

interface WalkState {
  date: CivilDate | null;
  dateFresh: boolean;
  zone: Zone | null;
  /** Set when an entry switched zone; cleared by a zone header. */
  switched: { from: Zone; to: Zone } | null;
  ambiguityReported: boolean;
  year: number | null;
}

/** Entries of the given sections, in document order; problems found on the way go to `problems`. */
export function readSectionEntries(lines: LineInfo[], sections: Section[], base: { date: CivilDate | null; zone: Zone | null }, problems: TimeProblem[]): RawEntry[] {
  const out: RawEntry[] = [];
  const state: WalkState = { date: null, dateFresh: false, zone: base.zone, switched: null, ambiguityReported: false, year: base.date?.year ?? null };
  for (const s of sections) {
    for (let i = s.heading.line + 1; i <= s.end && i < lines.length; i++) {
      const line = lines[i]!;
      if (SKIP.has(line.kind)) continue;
      if (line.kind === 'heading') {
        dayHeading(line.text, state);
        continue;
      }
      if (line.kind === 'table-row' && lines[i + 1]?.kind === 'table-delimiter') {
        // A header such as `| Time (UTC) | Event |` names the zone of the rows below it.
        headerZone(line.text, state, true);
        continue;
      }
      const r = readLine(line);
      for (const t of r.invalid) problems.push(problem('unparsed', t.reason, i, t.start, t.end));
      if (r.stamp) {
        const entry = makeEntry(line, i, r, state);
        inheritZone(entry, state, problems);
        out.push(entry);
      } else if (r.date || r.zoneHeader) {
        if (r.date) setDate(state, r.date);
        if (r.zoneHeader) useZoneHeader(r.zoneHeader, state);
      } else if (line.kind === 'list-item' && out.length > 0 && line.indent > out[out.length - 1]!.indent) {
        const last = out[out.length - 1]!;
        // The cached milestone arrays are shared, so merging makes a new one.
        last.milestones = merge(last.milestones, r.milestones);
      }
    }
  }
  return out;
}

function dayHeading(text: string, state: WalkState): void {
  if (!hasDigit(text, 0, text.length)) {
    headerZone(text, state, true);
    return;
  }
  for (const t of readTimes(text)) {
    if (t.kind === 'stamp' && t.date) {
      setDate(state, t.date);
      break;
    }
  }
  headerZone(text, state, true);
}

function setDate(state: WalkState, date: CivilDate): void {
  state.date = withYear(date, state.year);
  if (state.date.year !== null) state.year = state.date.year;
  state.dateFresh = true;
}

function headerZone(text: string, state: WalkState, heading: boolean): void {
  const z = readZoneHeader(text, heading);
  if (z) useZoneHeader(z, state);
}

function useZoneHeader(z: Zone, state: WalkState): void {
  state.zone = z;
  state.switched = null;
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

function makeEntry(line: LineInfo, i: number, r: LineReading, state: WalkState): RawEntry {
  const t = r.stamp!;
  const own = t.date ?? r.date;
  if (own) setDate(state, own);
  const fresh = state.dateFresh;
  state.dateFresh = false;
  return {
    line: i,
    lineLength: line.text.length,
    text: r.text,
    written: t.written,
    timeStart: t.start,
    timeEnd: t.end,
    minutes: t.minutes!,
    date: state.date,
    freshDate: fresh,
    zone: t.zone,
    zoneInherited: false,
    milestones: r.milestones,
    indent: line.indent,
  };
}

/** A zoneless entry takes the nearest zone above it; after a switch of zone that is a guess. */
function inheritZone(entry: RawEntry, state: WalkState, problems: TimeProblem[]): void {
  if (entry.zone) {
    if (state.zone && !sameZone(state.zone, entry.zone)) state.switched = { from: state.zone, to: entry.zone };
    state.zone = entry.zone;
    return;
  }
  entry.zone = state.zone;
  entry.zoneInherited = state.zone !== null;
  if (state.switched && !state.ambiguityReported) {
    state.ambiguityReported = true;
    const { from, to } = state.switched;
    problems.push(problem('zone-ambiguous',
      `${entry.written} has no zone, and the timeline switched from ${from.name} to ${to.name} above it; write the zone it is in.`,
      entry.line, entry.timeStart, entry.timeEnd));
  }
}

function merge(a: Milestone[], b: Milestone[]): Milestone[] {
  if (b.length === 0) return a;
  const out = a.slice();
  for (const m of b) if (!out.includes(m)) out.push(m);
  return out;
}
