import { defineRule } from './types';
import type { Unreadable } from '../model';

/**
 * `13:55 PM`, `25:10`, `2020-13-01`: it looks like a time but is not one. And the timeline lines
 * with times the reader could not place: saying so once beats a silently empty timeline.
 */
export const timeUnparsed = defineRule({
  code: 'time-unparsed',
  description: 'Something that looks like a timestamp cannot be read (for example 13:55 PM, 25:10 or 2020-13-01), or timeline lines with times gave no entries.',
  defaultSeverity: 'warning',
  groups: ['time'],
  check({ doc }) {
    const out = [];
    for (const p of doc.timeline.problems) {
      if (p.kind === 'unparsed') out.push({ range: p.range, message: `${p.written}: ${describeUnreadable(p.why)}` });
      else if (p.kind === 'unread') out.push({ range: p.range, message: unreadMessage(p.lines, p.entries) });
    }
    return out;
  },
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a timestamp cannot be read, in words: `a 24-hour time cannot have PM`. */
export function describeUnreadable(why: Unreadable): string {
  switch (why.what) {
    case 'meridiem': return `a 24-hour time cannot have ${why.meridiem}`;
    case 'zero-pm': return 'a 12-hour time runs from 1 to 12, not 0';
    case 'hour': return `hour ${why.value} is out of range (0-23)`;
    case 'minute': return `minute ${why.value} is out of range (00-59)`;
    case 'second': return `second ${why.value} is out of range (00-59)`;
    case 'month': return `month ${why.value} does not exist`;
    case 'year': return `year ${why.value} is out of range`;
    case 'day': return `${MONTHS[why.month - 1]}${why.year === null ? '' : ` ${why.year}`} has ${why.max} days, not ${why.value}`;
  }
}

function unreadMessage(lines: number, entries: number): string {
  const n = lines === 1 ? '1 line' : `${lines} lines`;
  const what = entries === 0
    ? `The timeline has ${n} with times that could not be read, so it shows no entries`
    : `The timeline has ${n} with times that could not be read, so ${lines === 1 ? 'it is' : 'they are'} left out`;
  return `${what}; this is the first. Write each entry's time at its start, for example "14:05 UTC" or "2024-06-02 14:05".`;
}
