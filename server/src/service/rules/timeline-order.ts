import { defineRule } from './types';
import { formatDuration } from '../time';

/** An entry earlier than the one before it, in a log that otherwise runs forward. */
export const timelineOrder = defineRule({
  code: 'timeline-order',
  description: 'A timeline entry is earlier than the one before it, in a log that otherwise runs forward.',
  defaultSeverity: 'warning',
  groups: ['time'],
  check({ doc }) {
    const out = [];
    for (const p of doc.timeline.problems) {
      if (p.kind !== 'order') continue;
      const forward = p.order === 'forward';
      const how = `${formatDuration(p.minutes)} ${forward ? 'earlier' : 'later'}`;
      const runs = forward ? 'the rest of the timeline runs forward' : 'the log otherwise runs newest first';
      out.push({ range: p.range, message: `${p.written} is ${how} than the entry before it (${p.previous}); ${runs}. Move the entry or correct its time.` });
    }
    return out;
  },
});
