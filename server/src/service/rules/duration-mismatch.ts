import { defineRule } from './types';
import type { Incident } from '../model';
import { formatDuration, timelineSpans } from '../time';

/** Minutes either way that still count as agreeing: timelines round to the nearest log line. */
const TOLERANCE_MINUTES = 5;
const TOLERANCE_SHARE = 0.05;

type Stated = NonNullable<Incident['stated']>;

/**
 * The stated Duration and the timeline are two accounts of one incident. Writers measure from
 * first alert to all-clear, from impact start to impact end, or to some entry in between; the
 * Duration is wrong only when it agrees with none of these.
 */
export const durationMismatch = defineRule({
  code: 'duration-mismatch',
  description: 'The stated Duration agrees with no span the timeline shows.',
  defaultSeverity: 'warning',
  groups: ['time'],
  check({ doc }) {
    const i = doc.incident;
    if (i.parts.length > 0) return i.parts.flatMap((p) => (p.stated ? finding(p.stated, [p.durationMinutes, ...p.spans]) : []));
    if (!i.stated) return [];
    const spans = doc.timeline.entries.length < 2 ? [] : [...timelineSpans(doc.timeline), ...doc.timeline.entries.map((e) => e.sinceStartMinutes)];
    if (spans.length === 0) return [];
    // A window read from the Duration's own range would agree with itself; it only names the span to report.
    const own = i.source === 'stated' && isRange(i.stated.text);
    const window = own ? [] : [i.durationMinutes];
    return finding(i.stated, [...window, ...spans]);
  },
});

function finding(stated: Stated, candidates: (number | null)[]) {
  const spans = candidates.filter((m): m is number => m !== null && m > 0);
  if (spans.length === 0) return [];
  if (spans.some((m) => agrees(stated.minutes, m))) return [];
  const shown = spans[0]!;
  return [{
    range: stated.range,
    message: `Duration says ${formatDuration(stated.minutes)}, but the timeline runs ${formatDuration(shown)}. Correct whichever is wrong.`,
    // Rewriting a length is mechanical; a range holds times the writer chose, so leave those to them.
    fixes: isRange(stated.text) ? [] : [{ title: `Change Duration to ${formatDuration(shown)}`, edits: [{ range: stated.range, newText: formatDuration(shown) }], safe: false }],
  }];
}

function isRange(text: string): boolean {
  return /\d:\d\d/.test(text);
}

/** Within 5 minutes, or 5% of the duration, counts as agreeing. */
function agrees(stated: number, span: number): boolean {
  return Math.abs(stated - span) <= Math.max(TOLERANCE_MINUTES, stated * TOLERANCE_SHARE);
}
