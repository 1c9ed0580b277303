import type { Rule } from './types';

/**
 * `13:55 PM`, `25:10`, `2020-13-01`: it looks like a time but is not one. And the timeline lines
 * with times the reader could not place: saying so once beats a silently empty timeline.
 */
export const timeUnparsed: Rule = {
  code: 'time-unparsed',
  description: 'Something that looks like a timestamp cannot be read (for example 13:55 PM, 25:10 or 2020-13-01), or timeline lines with times gave no entries.',
  defaultSeverity: 'warning',
  check({ doc }) {
    const out = [];
    for (const p of doc.timeline.problems) {
      if (p.kind === 'unparsed') out.push({ range: p.range, message: `${p.written}: ${p.reason}` });
      else if (p.kind === 'unread') out.push({ range: p.range, message: unreadMessage(p.lines, p.entries) });
    }
    return out;
  },
};

function unreadMessage(lines: number, entries: number): string {
  const n = lines === 1 ? '1 line' : `${lines} lines`;
  const what = entries === 0
    ? `The timeline has ${n} with times that could not be read, so it shows no entries`
    : `The timeline has ${n} with times that could not be read, so ${lines === 1 ? 'it is' : 'they are'} left out`;
  return `${what}; this is the first. Write each entry's time at its start, for example "14:05 UTC" or "2024-06-02 14:05".`;
}
