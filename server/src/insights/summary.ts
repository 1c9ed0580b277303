/** The one sentence every format opens with. */
import type { ArchiveReport } from './report';

export function summaryLine(r: ArchiveReport): string {
  const t = r.totals;
  const parts = [
    `${t.incidents} incident${t.incidents === 1 ? '' : 's'}`,
    t.undated > 0 ? `${t.undated} without a date` : '',
    `${t.openActionItems} of ${t.actionItems} action items open`,
    t.overdueActionItems > 0 ? `${t.overdueActionItems} overdue` : '',
    `${r.repeats.pairs.length} possible repeat${r.repeats.pairs.length === 1 ? '' : 's'}`,
  ].filter(Boolean);
  const skipped = t.notIncidents > 0 ? ` ${t.notIncidents} file${t.notIncidents === 1 ? ' is' : 's are'} not incidents (templates, READMEs) and ${t.notIncidents === 1 ? 'is' : 'are'} left out.` : '';
  const since = r.since ? ` Since ${r.since}; ${t.leftOut} earlier or undated left out.` : '';
  return `${parts.join(', ')}. As of ${r.today}.${since}${skipped}`;
}
