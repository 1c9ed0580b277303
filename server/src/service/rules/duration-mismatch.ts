import type { Rule } from './types';
import type { Milestone, Timeline } from '../model';
import { formatDuration } from '../time';

/** Minutes either way that still count as agreeing: timelines round to the nearest log line. */
const TOLERANCE_MINUTES = 5;

/** The stated Duration and the timeline are two accounts of one incident; they have to agree. */
export const durationMismatch: Rule = {
  code: 'duration-mismatch',
  description: 'The stated Duration disagrees with the window the timeline shows.',
  defaultSeverity: 'warning',
  check({ doc }) {
    const stated = doc.incident.stated;
    const spans = timelineSpans(doc.timeline);
    if (!stated || spans.length === 0) return [];
    // Writers measure from first alert to all-clear, or from impact start to impact end; either agrees.
    if (spans.some((m) => Math.abs(stated.minutes - m) <= Math.max(TOLERANCE_MINUTES, m * 0.05))) return [];
    const shown = spans[0]!;
    const isRange = /\d:\d\d/.test(stated.text);
    return [{
      range: stated.range,
      message: `Duration says ${formatDuration(stated.minutes)}, but the timeline runs ${formatDuration(shown)}. Correct whichever is wrong.`,
      // Rewriting a length is mechanical; a range holds times the writer chose, so leave those to them.
      fixes: isRange ? [] : [{ title: `Change Duration to ${formatDuration(shown)}`, edits: [{ range: stated.range, newText: formatDuration(shown) }], safe: false }],
    }];
  },
};

/**
 * The lengths the timeline supports, in minutes: first to last entry, and start milestone to
 * end/resolved milestone where it marks them. The full span comes first.
 */
export function timelineSpans(t: Timeline): number[] {
  if (t.entries.length < 2) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const e of t.entries) {
    min = Math.min(min, e.offsetMinutes);
    max = Math.max(max, e.offsetMinutes);
  }
  const out = max > min ? [max - min] : [];
  const at = (m: Milestone): number | undefined => t.entries.find((e) => e.milestones.includes(m))?.offsetMinutes;
  const start = at('start') ?? min;
  const end = at('end') ?? at('resolved') ?? max;
  if (end > start && end - start !== out[0]) out.push(end - start);
  return out;
}
