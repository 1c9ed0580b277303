/**
 * Reads timeline entries from the lines of the timeline section(s): list items, plain lines and
 * table rows that carry a time of day. Day sub-headings, date lines and date columns set the date;
 * zone headers set the zone; untimed sub-bullets add their milestones to the entry above. A
 * timeline with dates and no times at all gets one entry per leading date.
 */
import type { LineInfo, Milestone, Section, TimeProblem } from '../model';
import type { CivilDate, TimeStamp, Zone } from './types';
import type { RawEntry } from './raw-entry';
import { span } from './raw-entry';
import { readTimes } from './reader';
import { readZoneHeader } from './zone-header';
import { readLine, type LineReading } from './line-reading';
import { isDigit } from './clock';
import { withYear } from './dates';
import { sameZone } from './zones';
import { UnreadLines, unparsed } from './unread';

const SKIP = new Set(['blank', 'code', 'fence', 'comment', 'table-delimiter', 'setext-underline', 'rule', 'front-matter']);

interface WalkState {
  date: CivilDate | null;
  dateFresh: boolean;
  zone: Zone | null;
  /** Set when an entry switched zone; cleared by a zone header. */
  switched: { from: Zone; to: Zone } | null;
  ambiguityReported: boolean;
  year: number | null;
  /** The document writes numeric dates day first (`24-10-2024`), so `03-04-2024` is 3 April. */
  dayFirst: boolean;
}

interface Row {
  i: number;
  line: LineInfo;
  /** Null for table header rows, which only set the zone. */
  r: LineReading | null;
}

/** Entries of the given sections, in document order; problems found on the way go to `problems`. */
export function readSectionEntries(lines: readonly LineInfo[], sections: readonly Section[], fieldLines: Set<number>, base: { date: CivilDate | null; zone: Zone | null }, problems: TimeProblem[]): RawEntry[] {
  const rows = collectRows(lines, sections, fieldLines);
  const state: WalkState = { date: null, dateFresh: false, zone: base.zone, switched: null, ambiguityReported: false, year: base.date?.year ?? null, dayFirst: settlesDayFirst(rows) };
  const out: RawEntry[] = [];
  const unread = new UnreadLines();
  for (const { i, line, r } of rows) {
    if (!r) {
      // Padded tables make long header rows; the zone header reader only takes short lines.
      headerZone(line.text.replace(/[ \t]{2,}/g, ' '), state, true);
      continue;
    }
    // `### 2021-06-03 14:05` or `### Resolved - Oct 22, 23:03 UTC` is an entry; `### June 3` dates the entries below.
    if (line.kind === 'heading' && !r.stamp) {
      dayHeading(line.text, state);
      continue;
    }
    for (const t of r.invalid) problems.push(unparsed(t, i));
    if (r.stamp) {
      const entry = makeEntry(line, i, r, r.stamp, state);
      inheritZone(entry, state, problems);
      out.push(entry);
      continue;
    }
    // Only a date line (`_7/6/23_`, `**2021-06-03**`) or a header ("All times UTC on 2025-01-02") sets the date:
    // "same cause as October 21" in a sentence does not.
    // A header sentence ("The log starts on Tuesday, January 31, 2017") dates the log when nothing has yet.
    if ((r.date && (r.dateLead || state.date === null)) || r.zoneHeader) {
      if (r.date) setDate(state, pick(r.date, r.dateAlt, state));
      if (r.zoneHeader) useZoneHeader(r.zoneHeader, state);
      // A dated event without a time keeps its place; its day is known, its time is not.
      if (r.date && r.dateEvent) out.push(dateEntry(line, i, r, state));
    } else if (out.length > 0 && belongsToLast(line, out[out.length - 1]!, lines)) {
      const last = out[out.length - 1]!;
      // The cached milestone arrays are shared, so merging makes a new one.
      last.milestones = merge(last.milestones, r.milestones);
      if (last.heading && last.text === last.headingText) last.text = `${last.text} ${r.text.trim()}`;
    }
    if (r.timeLike && !r.date) unread.add(i, line.text, r.invalid.length > 0);
  }
  unread.report(out.length, problems);
  return out;
}

/** The lines worth reading, each read once; headings and table headers are kept for their dates and zones. */
function collectRows(lines: readonly LineInfo[], sections: readonly Section[], fieldLines: Set<number>): Row[] {
  const rows: Row[] = [];
  for (const s of sections) {
    for (let i = s.heading.line + 1; i <= s.end && i < lines.length; i++) {
      const line = lines[i]!;
      // A field such as `**Duration:** 19:28 to 21:31 UTC` under an incident's heading states facts, not an event.
      if (SKIP.has(line.kind) || fieldLines.has(i)) continue;
      // A header such as `| Time (UTC) | Event |` names the zone of the rows below it.
      const header = line.kind === 'table-row' && lines[i + 1]?.kind === 'table-delimiter';
      rows.push({ i, line, r: header ? null : readLine(line) });
    }
  }
  return rows;
}

/** Day first when some numeric date can only be read day first and none only month first. */
function settlesDayFirst(rows: Row[]): boolean {
  let dmy = false;
  for (const { r } of rows) {
    if (r?.order === 'mdy') return false;
    if (r?.order === 'dmy') dmy = true;
  }
  return dmy;
}

function pick(date: CivilDate, alt: CivilDate | null | undefined, state: WalkState): CivilDate {
  return state.dayFirst && alt ? alt : date;
}

function dayHeading(text: string, state: WalkState): void {
  if (hasDigit(text, 0, text.length)) {
    const t = readTimes(text).find((x): x is TimeStamp => x.kind === 'stamp' && x.date !== null);
    if (t) setDate(state, pick(t.date!, t.dayFirst, state));
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

function makeEntry(line: LineInfo, i: number, r: LineReading, t: TimeStamp, state: WalkState): RawEntry {
  const own = t.date ? pick(t.date, t.dayFirst, state) : r.date ? pick(r.date, r.dateAlt, state) : null;
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
    dateKnown: state.date !== null,
    timeGuessed: r.invalid.some((x) => x.reading === t),
    dateOnly: false,
    ...(line.kind === 'heading' ? { heading: true, headingText: r.text } : {}),
  };
}

/** A dated event with no time, at the start of its day; never called out of order, since its time is unknown. */
function dateEntry(line: LineInfo, i: number, r: LineReading, state: WalkState): RawEntry {
  const start = Math.max(0, line.text.length - line.text.trimStart().length);
  return {
    line: i, lineLength: line.text.length, text: r.text.trim(), written: r.text.trim().slice(0, 20), timeStart: start, timeEnd: line.text.length,
    minutes: 0, date: state.date, freshDate: true, zone: state.zone, zoneInherited: state.zone !== null,
    milestones: r.milestones, indent: line.indent, dateKnown: true, timeGuessed: true, dateOnly: true,
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
    problems.push({ kind: 'zone-ambiguous', range: span(entry.line, entry.timeStart, entry.timeEnd), written: entry.written, from: from.name, to: to.name });
  }
}

/** An untimed sub-bullet, or the paragraph under a heading entry, tells more about that entry. */
function belongsToLast(line: LineInfo, last: RawEntry, lines: readonly LineInfo[]): boolean {
  if (line.kind === 'list-item' && line.indent > last.indent) return true;
  return last.heading === true && line.kind === 'text' && lines[last.line]?.kind === 'heading';
}

function merge(a: Milestone[], b: Milestone[]): Milestone[] {
  if (b.length === 0) return a;
  const out = a.slice();
  for (const m of b) if (!out.includes(m)) out.push(m);
  return out;
}
