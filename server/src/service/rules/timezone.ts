import { defineRule } from './types';

/** Times without a zone cannot be compared with alerts, deploys or other teams' logs. */
export const timezone = defineRule({
  code: 'timezone',
  description: 'The timeline states no time zone, or switches zone so that later times are ambiguous.',
  defaultSeverity: 'warning',
  groups: ['time'],
  check({ doc }) {
    const out = [];
    for (const p of doc.timeline.problems) {
      if (p.kind === 'zone-missing') {
        out.push({ range: p.range, message: 'The timeline gives no time zone; add one (for example "All times in UTC") so its times can be read as instants.' });
      } else if (p.kind === 'zone-ambiguous') {
        out.push({ range: p.range, message: `${p.written} has no zone, and the timeline switched from ${p.from} to ${p.to} above it; write the zone it is in.` });
      }
    }
    return out;
  },
});
