/**
 * The timeline picture as data: where every mark, band, bracket, silence and problem goes. Pure and
 * DOM-free; `timeline-svg.ts` turns it into markup, the webview adds only interaction, and tests
 * assert on this data rather than on pixels.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { EntryPhase, LaneSpec, Milestone, PhaseName, TimelineEntry, TimelineSource } from '../service';
import { entryLabel, formatDuration, laneOfLine, laneSpecs, metricSpans, phaseOf, phaseSpans } from '../service';
import { buildAxis, xOf, type Axis } from './timeline-axis';
import { clockFor, localTime, utcTime } from './timeline-labels';

export type { TimelineSource, EntryPhase, PhaseName } from '../service';

export interface TimelineMark {
  /** Position in time order over all lanes: the order keyboard navigation follows. */
  index: number;
  lane: number;
  /** The entry's document line. */
  line: number;
  x: number;
  y: number;
  minutes: number;
  /** The entry's text as written, and without its timestamp. */
  text: string;
  label: string;
  written: string;
  local: string;
  utc: string | null;
  phase: EntryPhase;
  milestones: readonly Milestone[];
  /** The message of a time diagnostic on this entry's line. */
  problem: string | null;
}

export interface PhaseBand { lane: number; phase: PhaseName; from: number; to: number; x0: number; x1: number; y: number; height: number }
export interface Bracket { lane: number; name: 'TTD' | 'TTM' | 'TTR'; minutes: number; x0: number; x1: number; y: number; label: string }
export interface MilestoneLabel { lane: number; mark: number; x: number; y: number; text: string }
export interface Silence { lane: number; from: number; to: number; x0: number; x1: number; y: number; height: number; label: string }
export interface ProblemPoint { lane: number; line: number; x: number; y: number; code: string; message: string; mark: number | null }
export interface Lane { index: number; label: string; top: number; height: number; lineY: number; axisY: number; axis: Axis }

export interface TimelineLayout {
  width: number;
  height: number;
  title: string;
  lanes: Lane[];
  marks: TimelineMark[];
  phases: PhaseBand[];
  brackets: Bracket[];
  milestones: MilestoneLabel[];
  silences: Silence[];
  problems: ProblemPoint[];
}

export interface LayoutOptions {
  width?: number;
}

/** Diagnostics about time that the picture marks where they happen. */
export const TIME_PROBLEM_CODES: ReadonlySet<string> = new Set(['timeline-order', 'timezone', 'time-unparsed']);

const MARGIN_X = 48;
/** Room for the last tick's label and the brackets' labels. */
const MARGIN_RIGHT = 96;
const LABEL_H = 20;
const BRACKET_ROW = 16;
const BAND_H = 48;
const AXIS_H = 34;
const LANE_GAP = 12;

/** Lays out `src`'s timeline, marking the time diagnostics among `diagnostics` on it. */
export function layoutTimeline(src: TimelineSource, diagnostics: readonly Diagnostic[] = [], options: LayoutOptions = {}): TimelineLayout {
  const width = Math.max(320, options.width ?? 960);
  const specs = laneSpecs(src);
  const out: TimelineLayout = { width, height: 0, title: titleOf(src), lanes: [], marks: [], phases: [], brackets: [], milestones: [], silences: [], problems: [] };
  let top = 0;
  for (const [i, spec] of specs.entries()) {
    const lane = layoutLane(out, spec, i, top, width);
    out.lanes.push(lane);
    top += lane.height + LANE_GAP;
  }
  out.height = Math.max(top - LANE_GAP, 60);
  out.marks.sort((a, b) => a.lane - b.lane || a.minutes - b.minutes || a.line - b.line);
  out.marks.forEach((m, i) => (m.index = i));
  out.milestones = milestoneLabels(out.marks);
  placeProblems(out, specs, diagnostics);
  return out;
}

function titleOf(src: TimelineSource): string {
  const n = src.timeline.entries.length;
  const d = src.incident.durationMinutes;
  return `Incident timeline: ${n} ${n === 1 ? 'entry' : 'entries'}${d !== null ? `, ${formatDuration(d)}` : ''}`;
}

function layoutLane(out: TimelineLayout, spec: LaneSpec, index: number, top: number, width: number): Lane {
  const spans = phaseSpans(spec.window);
  const metrics = metricSpans(spec.window);
  const times = spec.entries.map((e) => e.sinceStartMinutes);
  for (const s of spans) times.push(s.from, s.to);
  const clock = clockFor(spec.entries);
  const axis = buildAxis(times, MARGIN_X, width - MARGIN_RIGHT, clock.label, clock.origin);
  const bracketTop = top + LABEL_H;
  const bandTop = bracketTop + metrics.length * BRACKET_ROW + 4;
  const lineY = bandTop + BAND_H / 2;
  const lane: Lane = { index, label: spec.label, top, height: bandTop + BAND_H + AXIS_H - top, lineY, axisY: bandTop + BAND_H, axis };
  for (const s of spans) {
    const inset = s.phase === 'impact' ? 0 : 6;
    out.phases.push({ lane: index, phase: s.phase, from: s.from, to: s.to, x0: xOf(axis, s.from), x1: xOf(axis, s.to), y: bandTop + inset, height: BAND_H - 2 * inset });
  }
  metrics.forEach((m, row) => {
    out.brackets.push({ lane: index, name: m.name, minutes: m.minutes, x0: xOf(axis, 0), x1: xOf(axis, m.minutes), y: bracketTop + row * BRACKET_ROW + BRACKET_ROW / 2, label: `${m.name} ${formatDuration(m.minutes)}` });
  });
  for (const e of spec.entries) out.marks.push(markOf(e, index, axis, lineY, spans));
  out.silences.push(...silences(spec, index, axis).map((s) => ({ ...s, y: bandTop, height: BAND_H })));
  return lane;
}

function markOf(e: TimelineEntry, lane: number, axis: Axis, y: number, spans: ReturnType<typeof phaseSpans>): TimelineMark {
  return {
    index: 0,
    lane,
    line: e.line,
    x: xOf(axis, e.sinceStartMinutes),
    y,
    minutes: e.sinceStartMinutes,
    text: e.text,
    label: entryLabel(e),
    written: e.written,
    local: localTime(e),
    utc: utcTime(e),
    phase: phaseOf(e.sinceStartMinutes, spans),
    milestones: e.milestones,
    problem: null,
  };
}

/**
 * Gaps with no entry longer than a tenth of the incident, and never shorter than an hour: where a
 * reviewer asks "what happened here?".
 */
function silences(spec: LaneSpec, lane: number, axis: Axis): Omit<Silence, 'y' | 'height'>[] {
  const times = spec.entries.map((e) => e.sinceStartMinutes).sort((a, b) => a - b);
  if (times.length < 2) return [];
  const length = spec.window.durationMinutes ?? times[times.length - 1]! - times[0]!;
  const threshold = Math.max(length / 10, 60);
  const out: Omit<Silence, 'y' | 'height'>[] = [];
  for (let i = 1; i < times.length; i++) {
    const from = times[i - 1]!;
    const to = times[i]!;
    if (to - from > threshold) out.push({ lane, from, to, x0: xOf(axis, from), x1: xOf(axis, to), label: `${formatDuration(to - from)} with no entry` });
  }
  return out;
}

/** One label per milestone mark, alternating above and below the line so neighbours do not collide. */
function milestoneLabels(marks: readonly TimelineMark[]): MilestoneLabel[] {
  const out: MilestoneLabel[] = [];
  for (const m of marks) {
    if (m.milestones.length === 0) continue;
    const above = out.length % 2 === 0;
    out.push({ lane: m.lane, mark: m.index, x: m.x, y: m.y + (above ? -12 : 20), text: m.milestones.join(', ') });
  }
  return out;
}

/**
 * A time diagnostic on an entry's line marks that entry; one on a line that gave no entry (an
 * unread time) sits at the nearest entry above it in the document, or the lane's start.
 */
function placeProblems(out: TimelineLayout, specs: readonly LaneSpec[], diagnostics: readonly Diagnostic[]): void {
  const byLine = new Map<number, TimelineMark>();
  for (const m of out.marks) if (!byLine.has(m.line)) byLine.set(m.line, m);
  const byDocOrder = [...out.marks].sort((a, b) => a.line - b.line);
  for (const d of diagnostics) {
    const code = String(d.code ?? '');
    if (!TIME_PROBLEM_CODES.has(code)) continue;
    const line = d.range.start.line;
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    const mark = byLine.get(line);
    if (mark) {
      mark.problem ??= message;
      out.problems.push({ lane: mark.lane, line, x: mark.x, y: mark.y + 12, code, message, mark: mark.index });
      continue;
    }
    const lane = laneOfLine(specs, line);
    const near = nearestAbove(byDocOrder, line, lane);
    const l = out.lanes[lane]!;
    out.problems.push({ lane, line, x: near?.x ?? l.axis.segments[0]!.x0, y: l.lineY + 12, code, message, mark: null });
  }
}

function nearestAbove(marks: readonly TimelineMark[], line: number, lane: number): TimelineMark | null {
  let best: TimelineMark | null = null;
  for (const m of marks) {
    if (m.lane !== lane) continue;
    if (m.line > line) return best ?? m;
    best = m;
  }
  return best;
}
