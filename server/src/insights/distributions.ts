/** Incidents grouped (by severity, service, month or quarter) and the length statistics of each group. */
import type { GroupBy, IncidentFacts } from './types';
import { metricStats, type MetricStats } from './stats';
import { quarterOf } from './dates';

export interface GroupStats {
  group: string;
  incidents: number;
  stats: MetricStats;
}

export const NO_VALUE = '(not stated)';

/** The keys an incident counts under; an incident naming two services counts in both. */
export function groupKeys(f: IncidentFacts, by: GroupBy): string[] {
  switch (by) {
    case 'severity':
      return [f.severity ?? NO_VALUE];
    case 'service':
      return f.services.length > 0 ? f.services : [NO_VALUE];
    case 'month':
      return [f.date ? f.date.slice(0, 7) : NO_VALUE];
    case 'quarter':
      return [f.date ? quarterOf(f.date) : NO_VALUE];
  }
}

export function groupStats(facts: readonly IncidentFacts[], by: GroupBy): GroupStats[] {
  const groups = new Map<string, IncidentFacts[]>();
  for (const f of facts) {
    for (const key of groupKeys(f, by)) {
      const list = groups.get(key);
      if (list) list.push(f);
      else groups.set(key, [f]);
    }
  }
  const out = [...groups].map(([group, list]) => ({ group, incidents: list.length, stats: metricStats(list.map((f) => f.minutes)) }));
  return out.sort((a, b) => order(a, b, by));
}

/** Time groups in calendar order, other groups by size; "(not stated)" always last. */
function order(a: GroupStats, b: GroupStats, by: GroupBy): number {
  if (a.group === NO_VALUE || b.group === NO_VALUE) return a.group === b.group ? 0 : a.group === NO_VALUE ? 1 : -1;
  if (by === 'service' && a.incidents !== b.incidents) return b.incidents - a.incidents;
  return a.group < b.group ? -1 : a.group > b.group ? 1 : 0;
}
