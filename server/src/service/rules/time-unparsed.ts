import type { Rule } from './types';

/** `13:55 PM`, `25:10`, `2020-13-01`: it looks like a time but is not one. */
export const timeUnparsed: Rule = {
  code: 'time-unparsed',
  description: 'Something that looks like a timestamp cannot be read (for example 13:55 PM, 25:10 or 2020-13-01).',
  defaultSeverity: 'warning',
  check({ doc }) {
    return doc.timeline.problems.filter((p) => p.kind === 'unparsed').map((p) => ({ range: p.range, message: p.message }));
  },
};
