import type { Rule } from './types';

/** Times without a zone cannot be compared with alerts, deploys or other teams' logs. */
export const timezone: Rule = {
  code: 'timezone',
  description: 'The timeline states no time zone, or switches zone so that later times are ambiguous.',
  defaultSeverity: 'warning',
  check({ doc }) {
    return doc.timeline.problems
      .filter((p) => p.kind === 'zone-missing' || p.kind === 'zone-ambiguous')
      .map((p) => ({ range: p.range, message: p.message }));
  },
};
