import type { Rule } from './types';

/** An entry earlier than the one before it, in a log that otherwise runs forward. */
export const timelineOrder: Rule = {
  code: 'timeline-order',
  description: 'A timeline entry is earlier than the one before it, in a log that otherwise runs forward.',
  defaultSeverity: 'warning',
  check({ doc }) {
    return doc.timeline.problems.filter((p) => p.kind === 'order').map((p) => ({ range: p.range, message: p.message }));
  },
};
