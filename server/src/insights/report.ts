/**
 * The archive report: every postmortem's facts gathered into incidents, distributions per group
 * and per quarter, the open action-item ledger and the repeats. Pure; the CLI and the editor
 * gather the facts and print or show the result.
 */
import type { GroupBy, IncidentFacts } from './types';
import { groupStats, type GroupStats } from './distributions';
import { buildLedger, type Ledger } from './ledger';
import { DEFAULT_WINDOW_DAYS, findRepeats, type RepeatPair } from './repeats';

export interface ReportOptions {
  /** YYYY-MM-DD: ages and overdue items are counted to this day. */
  today: string;
  groupBy?: GroupBy;
  /** YYYY-MM-DD: leave out incidents before this day, and those whose day is unknown. */
  since?: string;
  repeatWindowDays?: number;
  /** A short name for the archive, for the title. */
  name?: string;
}

export type IncidentRow = Omit<IncidentFacts, 'openActions' | 'rootCausePhrases'>;

export interface ArchiveReport {
  name: string;
  today: string;
  since: string | null;
  groupBy: GroupBy;
  totals: {
    incidents: number;
    /** Incidents whose day is unknown: in no quarter, month or repeat. */
    undated: number;
    /** Left out by `since` (earlier, or undated). */
    leftOut: number;
    /** Files that are templates or not postmortems at all (a README): not counted anywhere else. */
    notIncidents: number;
    actionItems: number;
    openActionItems: number;
    overdueActionItems: number;
  };
  incidents: IncidentRow[];
  groups: GroupStats[];
  quarters: GroupStats[];
  ledger: Ledger;
  repeats: { windowDays: number; pairs: RepeatPair[] };
}

export function buildReport(files: readonly IncidentFacts[], options: ReportOptions): ArchiveReport {
  const all = files.filter((f) => f.kind === 'incident');
  const since = options.since ?? null;
  const facts = since === null ? [...all] : all.filter((f) => f.date !== null && f.date >= since);
  facts.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.file.localeCompare(b.file));
  const groupBy = options.groupBy ?? 'severity';
  const ledger = buildLedger(facts, options.today);
  const windowDays = options.repeatWindowDays ?? DEFAULT_WINDOW_DAYS;
  return {
    name: options.name ?? 'Postmortem archive',
    today: options.today,
    since,
    groupBy,
    totals: {
      incidents: facts.length,
      undated: facts.filter((f) => f.date === null).length,
      leftOut: all.length - facts.length,
      notIncidents: files.length - all.length,
      actionItems: facts.reduce((n, f) => n + f.actions.total, 0),
      openActionItems: ledger.items.length,
      overdueActionItems: ledger.items.filter((i) => i.overdue).length,
    },
    incidents: facts.map(row),
    groups: groupStats(facts, groupBy),
    quarters: groupStats(facts.filter((f) => f.date !== null), 'quarter'),
    ledger,
    repeats: { windowDays, pairs: findRepeats(facts, { windowDays }) },
  };
}

function row(f: IncidentFacts): IncidentRow {
  const { openActions: _a, rootCausePhrases: _p, ...rest } = f;
  return rest;
}
