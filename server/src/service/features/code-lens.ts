/**
 * Two lenses above the timeline: the incident window, its length and the time to detect, mitigate
 * and resolve; and the action that opens the timeline view.
 */
import type { CodeLens } from 'vscode-languageserver-types';
import type { PostmortemDocument, Range } from '../model';
import { formatDuration } from '../time';
import { formatWallClock } from './timing';

/** The command the VS Code client registers for the timeline view; other clients may ignore the lens. */
export const SHOW_TIMELINE_COMMAND = 'postmortem.showTimeline';

/** The timeline summary lens and the "Show timeline" lens, or none when the document has no timeline. */
export function codeLenses(doc: PostmortemDocument): CodeLens[] {
  const range = anchor(doc);
  const title = summary(doc);
  if (!range || !title) return [];
  return [
    { range, command: { title, command: '' } },
    { range, command: { title: 'Show timeline', command: SHOW_TIMELINE_COMMAND, arguments: [doc.uri] } },
  ];
}

function anchor(doc: PostmortemDocument): Range | null {
  const section = doc.sections[doc.timeline.section];
  if (section) return section.heading.range;
  // An update log has no heading of its own; the lens sits on its first entry.
  return doc.timeline.entries[0]?.range ?? null;
}

/** `2024-03-10 13:45 – 2024-03-11 02:30 UTC · 12h 45m · TTD 0m · TTR 12h 45m` */
function summary(doc: PostmortemDocument): string {
  const i = doc.incident;
  const parts: string[] = [];
  const window = windowText(doc);
  if (window) parts.push(window);
  if (i.durationMinutes !== null) parts.push(formatDuration(i.durationMinutes));
  const metrics: [string, number | null][] = [['TTD', i.timeToDetectMinutes], ['TTM', i.timeToMitigateMinutes], ['TTR', i.timeToResolveMinutes]];
  for (const [name, minutes] of metrics) {
    if (minutes !== null) parts.push(`${name} ${formatDuration(minutes)}`);
  }
  return parts.join(' · ');
}

function windowText(doc: PostmortemDocument): string | null {
  const { start, end } = doc.incident;
  if (start !== null && end !== null) {
    const from = formatWallClock(start);
    const to = formatWallClock(end);
    return from.slice(0, 10) === to.slice(0, 10) ? `${from}–${to.slice(11)} UTC` : `${from} – ${to} UTC`;
  }
  // Without instants, the window is as the timeline writes it.
  const entries = doc.timeline.entries;
  if (entries.length < 2) return null;
  let first = entries[0]!;
  let last = first;
  for (const e of entries) {
    if (e.offsetMinutes < first.offsetMinutes) first = e;
    if (e.offsetMinutes > last.offsetMinutes) last = e;
  }
  return `${first.written} – ${last.written}`;
}
