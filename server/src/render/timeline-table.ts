/**
 * The timeline as rows: one per entry, in time order. The CSV export, the JSON export and the
 * webview's table for screen readers all read these, so they list the same entries the picture marks.
 */
import type { TimelineLayout } from './timeline-layout';

export interface TimelineRow {
  /** 1-based document line. */
  line: number;
  lane: string;
  utc: string | null;
  local: string;
  /** Minutes from the incident (or its part's) start. */
  offsetMinutes: number;
  phase: string | null;
  text: string;
  problem: string | null;
}

export function timelineRows(layout: TimelineLayout): TimelineRow[] {
  return layout.marks.map((m) => ({
    line: m.line + 1,
    lane: layout.lanes[m.lane]?.label ?? '',
    utc: m.utc,
    local: m.local,
    offsetMinutes: Math.round(m.minutes * 100) / 100,
    phase: m.phase,
    text: m.label,
    problem: m.problem,
  }));
}

const CSV_COLUMNS = ['utc', 'local', 'offset_minutes', 'phase', 'text', 'line', 'lane', 'problem'] as const;

/** RFC 4180: CRLF line ends, and a field with a comma, quote or line break quoted with its quotes doubled. */
export function timelineCsv(rows: readonly TimelineRow[]): string {
  const out = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    out.push([r.utc ?? '', r.local, String(r.offsetMinutes), r.phase ?? '', r.text, String(r.line), r.lane, r.problem ?? ''].map(csvField).join(','));
  }
  return out.join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  // A leading = + - @ (or a tab or carriage return before one) would run as a formula in a
  // spreadsheet; a quote mark keeps it text. Only a plain number keeps its minus sign bare.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(?:\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Everything the picture says, in minutes rather than pixels, for scripts. */
export function timelineJson(layout: TimelineLayout): string {
  const lane = (i: number): string => layout.lanes[i]?.label ?? '';
  const data = {
    title: layout.title,
    lanes: layout.lanes.map((l) => l.label),
    entries: timelineRows(layout),
    phases: layout.phases.map((p) => ({ lane: lane(p.lane), phase: p.phase, fromMinutes: p.from, toMinutes: p.to })),
    metrics: layout.brackets.map((b) => ({ lane: lane(b.lane), name: b.name, minutes: b.minutes })),
    silences: layout.silences.map((s) => ({ lane: lane(s.lane), fromMinutes: s.from, toMinutes: s.to })),
    problems: layout.problems.map((p) => ({ line: p.line + 1, code: p.code, message: p.message })),
  };
  return JSON.stringify(data, null, 2) + '\n';
}
