/**
 * Which entries go in which lane: one lane for a single incident, one per incident in a report of
 * several (each measured from its own start), and a last lane for entries under none of them.
 * The timeline view and the Mermaid block both draw these lanes.
 */
import type { Incident, PostmortemDocument, TimelineEntry } from '../model';
import { windowOfIncident, type LaneWindow } from './phases';

/** What the renderer reads from the model. A whole `PostmortemDocument` is one. */
export type TimelineSource = Pick<PostmortemDocument, 'timeline' | 'incident' | 'sections'>;

export interface LaneSpec {
  label: string;
  window: LaneWindow;
  entries: readonly TimelineEntry[];
  /** Document lines the lane owns (for problems that are not on an entry); null for "everything else". */
  lines: { from: number; to: number } | null;
}

export function laneSpecs(src: TimelineSource): LaneSpec[] {
  const { incident, timeline, sections } = src;
  if (incident.parts.length === 0) return [{ label: 'Incident', window: windowOfIncident(incident), entries: timeline.entries, lines: null }];
  const taken = new Set<TimelineEntry>();
  const lanes: LaneSpec[] = [];
  for (const part of incident.parts) {
    const s = sections[part.section];
    if (!s) continue;
    const own = timeline.entries.filter((e) => e.line > s.heading.line && e.line <= s.end);
    own.forEach((e) => taken.add(e));
    lanes.push({ label: s.heading.text, window: partWindow(part), entries: own, lines: { from: s.heading.line, to: s.end } });
  }
  const rest = timeline.entries.filter((e) => !taken.has(e));
  if (rest.length > 0 || lanes.length === 0) lanes.push({ label: lanes.length ? 'Other entries' : 'Incident', window: windowOfIncident(incident), entries: rest, lines: null });
  return lanes;
}

function partWindow(part: Incident['parts'][number]): LaneWindow {
  return { durationMinutes: part.durationMinutes, timeToDetectMinutes: null, timeToMitigateMinutes: null, timeToResolveMinutes: null };
}

/** The lane that owns document line `line`: the part whose section holds it, else the catch-all lane. */
export function laneOfLine(specs: readonly LaneSpec[], line: number): number {
  const i = specs.findIndex((s) => s.lines !== null && line >= s.lines.from && line <= s.lines.to);
  if (i >= 0) return i;
  const open = specs.findIndex((s) => s.lines === null);
  return open >= 0 ? open : 0;
}

const WORD = /\w/;

/**
 * `text` without the zone at its start: `UTC`, `(PST)` or `+02:00`, after white space and ending
 * at a non-word character. Compared as a string, so no document text becomes a pattern.
 */
function withoutLeadingZone(text: string, zone: string): string {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === '(') i++;
  if (!text.startsWith(zone, i)) return text;
  let k = i + zone.length;
  if (text[k] === ')' && (k + 1 >= text.length || !WORD.test(text[k + 1]!))) k++;
  else if (k < text.length && WORD.test(text[k]!)) return text;
  return text.slice(k);
}

/** The entry's words without its timestamp: `14:02 UTC - Alerts fire` is `Alerts fire`. */
export function entryLabel(e: TimelineEntry): string {
  const at = e.written ? e.text.indexOf(e.written) : -1;
  if (at < 0) return e.text;
  let rest = e.text.slice(0, at) + ' ' + e.text.slice(at + e.written.length);
  if (e.zone) rest = withoutLeadingZone(rest, e.zone);
  const label = rest.replace(/^[\s\-–—:|,.*_~]+/, '').replace(/[\s|]+$/, '').trim();
  return label || e.text;
}

