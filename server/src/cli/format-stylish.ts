/**
 * `file:line:col severity code message`, one per line, which VS Code's problem matchers read; then
 * one line per file with the incident window, and a summary.
 */
import type { FileReport } from './report';
import { formatDuration } from '../service';

export function formatStylish(reports: readonly FileReport[], unreadable = 0): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let other = 0;
  for (const r of reports) {
    for (const d of r.diagnostics) {
      lines.push(`${r.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else other++;
    }
    const incident = incidentLine(r);
    if (incident) lines.push(`${r.file}: ${incident}`);
  }
  const total = errors + warnings + other;
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
  lines.push(
    total === 0
      ? `No problems in ${files}.`
      : `${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${other ? `, ${other} other` : ''}) in ${files}.`,
  );
  if (unreadable > 0) lines.push(`${unreadable} file${unreadable === 1 ? '' : 's'} could not be read.`);
  return lines.join('\n') + '\n';
}

function incidentLine(r: FileReport): string | null {
  const i = r.incident;
  if (!i) return r.timeline.length === 0 && r.sections.length > 0 ? 'incident: no timeline' : null;
  const when = i.start && i.end ? `${short(i.start)} to ${short(i.end)}` : i.start ? `from ${short(i.start)}` : 'window unknown';
  const parts = [`incident: ${when}`, i.durationMinutes !== null ? `lasted ${formatDuration(i.durationMinutes)}` : 'duration unknown'];
  const m = (label: string, v: number | null): void => {
    if (v !== null) parts.push(`${label} ${formatDuration(v)}`);
  };
  m('TTD', i.timeToDetectMinutes);
  m('TTM', i.timeToMitigateMinutes);
  m('TTR', i.timeToResolveMinutes);
  return parts.join(', ');
}

/** `2024-06-02 14:00 UTC` */
function short(isoTime: string): string {
  return `${isoTime.slice(0, 10)} ${isoTime.slice(11, 16)} UTC`;
}
