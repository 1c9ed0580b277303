/** What the three report formats share: how lengths are written and how a link is made. */
import type { Metric } from './types';
import type { Stat } from './stats';
import type { IncidentRow } from './report';

export interface FormatOptions {
  /** The link to a postmortem at a 0-based line, as the output's reader will follow it. */
  href(file: string, line: number): string;
  /** Open action items listed one by one before the list is cut (every one is counted). */
  maxLedgerItems?: number;
  maxRepeats?: number;
}

export const METRIC_NAMES: Record<Metric, string> = { duration: 'Duration', ttd: 'TTD', ttm: 'TTM', ttr: 'TTR' };
export const DEFAULT_MAX_LEDGER_ITEMS = 500;
export const DEFAULT_MAX_REPEATS = 200;
export const TOO_FEW = 'too few to show a trend';

/** `45m`, `2h 05m`, `3d 4h`; empty when unknown. */
export function minutesText(m: number | null): string {
  if (m === null) return '';
  const r = Math.round(m);
  if (r < 60) return `${r}m`;
  if (r < 24 * 60) return `${Math.floor(r / 60)}h ${String(r % 60).padStart(2, '0')}m`;
  return `${Math.floor(r / 1440)}d ${Math.round((r % 1440) / 60)}h`;
}

/** `1h 15m / 3h 00m (n=7)`, or the count and "too few" for a small group, or a blank for none. */
export function statText(s: Stat): string {
  if (s.n === 0) return '';
  if (s.tooFew) return `n=${s.n}, ${TOO_FEW}`;
  return `${minutesText(s.median)} / ${minutesText(s.p90)} (n=${s.n})`;
}

/** The link target a CLI writes: a path (with `#L` line, 1-based, as code hosts read it). */
export function fileHref(path: string, line: number): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${encoded}#L${line + 1}`;
}

/** `2 errors, 1 warning`; empty when there are none. */
export function diagnosticsText(f: IncidentRow): string {
  const d = f.diagnostics;
  const parts = [d.errors ? `${d.errors} error${d.errors === 1 ? '' : 's'}` : '', d.warnings ? `${d.warnings} warning${d.warnings === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(', ');
}

/** The incident's date; one read from the file name says so, since it may be the day it was written up. */
export function dateText(f: IncidentRow): string {
  if (f.date === null) return '';
  return f.dateSource === 'file-name' ? `${f.date} (file name)` : f.date;
}
