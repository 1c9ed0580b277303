/** The archive report as Markdown, for committing next to the postmortems or pasting into a wiki. */
import type { ArchiveReport, IncidentRow } from './report';
import type { GroupStats } from './distributions';
import type { LedgerGroup, LedgerItem } from './ledger';
import { METRICS } from './types';
import { DEFAULT_MAX_LEDGER_ITEMS, DEFAULT_MAX_REPEATS, METRIC_NAMES, dateText, diagnosticsText, minutesText, statText, type FormatOptions } from './format-common';
import { summaryLine } from './summary';

export function formatMarkdown(r: ArchiveReport, o: FormatOptions): string {
  const out = [`# ${cell(r.name)}`, '', summaryLine(r), ''];
  out.push('## Incidents', '', incidentsTable(r.incidents, o), '');
  out.push(`## Distributions by ${r.groupBy}`, '', 'Median / 90th percentile (nearest rank), with the number of incidents that state each length.', '');
  out.push(statsTable(r.groups, r.groupBy), '', '## By quarter', '', r.quarters.length > 0 ? statsTable(r.quarters, 'quarter') : 'No incident states its date.', '');
  out.push('## Open action items', '', ...ledgerSection(r, o), '');
  out.push(`## Repeats within ${r.repeats.windowDays} days`, '', ...repeatLines(r, o), '');
  return out.join('\n');
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
}

/** Text safe in a table cell: no line breaks, pipes or markup that would change the table. */
function cell(s: string | null): string {
  if (s === null) return '';
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function link(label: string, href: string): string {
  return `[${cell(label)}](<${href.replace(/[<>]/g, encodeURIComponent)}>)`;
}

function incidentsTable(rows: readonly IncidentRow[], o: FormatOptions): string {
  const head = ['Date', 'Incident', 'Severity', 'Services', 'Duration', 'TTD', 'TTM', 'TTR', 'Actions done/total', 'Open', 'Owned', 'Complete', 'Diagnostics'];
  return table(head, rows.map((f) => [
    dateText(f),
    link(f.title ?? f.file, o.href(f.file, f.line)),
    cell(f.severity),
    cell(f.services.join(', ')),
    ...METRICS.map((m) => minutesText(f.minutes[m])),
    `${f.actions.done}/${f.actions.total}`,
    String(f.actions.open),
    String(f.actions.withOwner),
    `${f.completeness.score}%`,
    diagnosticsText(f),
  ]));
}

function statsTable(groups: readonly GroupStats[], by: string): string {
  const head = [by[0]!.toUpperCase() + by.slice(1), 'Incidents', ...METRICS.map((m) => METRIC_NAMES[m])];
  return table(head, groups.map((g) => [cell(g.group), String(g.incidents), ...METRICS.map((m) => statText(g.stats[m]))]));
}

function ledgerSection(r: ArchiveReport, o: FormatOptions): string[] {
  const items = r.ledger.items;
  if (items.length === 0) return ['No open action items.'];
  const max = o.maxLedgerItems ?? DEFAULT_MAX_LEDGER_ITEMS;
  const groupTable = (title: string, groups: readonly LedgerGroup[]): string =>
    table([title, 'Open', 'Overdue', 'Oldest (days)'], groups.map((g) => [cell(g.key), String(g.open), String(g.overdue), g.oldestDays === null ? '' : String(g.oldestDays)]));
  const out = ['### By owner', '', groupTable('Owner', r.ledger.byOwner), '', '### By ticket prefix', '', groupTable('Ticket prefix', r.ledger.byTicketPrefix), '', '### Items, oldest first', ''];
  out.push(table(['Item', 'Owner', 'Ticket', 'Due', 'Age (days)', 'Overdue', 'Incident'], items.slice(0, max).map((i) => ledgerRow(i, o))));
  if (items.length > max) out.push('', `${items.length - max} more open items are not listed here; \`--format json\` lists every one.`);
  return out;
}

function ledgerRow(i: LedgerItem, o: FormatOptions): string[] {
  return [
    link(i.text || '(no text)', o.href(i.file, i.line)),
    cell(i.owner),
    cell(i.ticket),
    i.due ?? '',
    i.ageDays === null ? '' : String(i.ageDays),
    i.overdue === null ? '' : i.overdue ? 'yes' : 'no',
    cell(i.incident ?? i.file),
  ];
}

function repeatLines(r: ArchiveReport, o: FormatOptions): string[] {
  const pairs = r.repeats.pairs;
  if (pairs.length === 0) return ['No two incidents share a service, a title or two distinctive root-cause phrases within the window.'];
  const max = o.maxRepeats ?? DEFAULT_MAX_REPEATS;
  const lines = pairs.slice(0, max).map((p) =>
    `- ${p.later.date} ${link(p.later.title ?? p.later.file, o.href(p.later.file, p.later.line))}, ${p.days} days after ${p.earlier.date} ${link(p.earlier.title ?? p.earlier.file, o.href(p.earlier.file, p.earlier.line))}: ${cell(p.reasons.join('; '))}`);
  if (pairs.length > max) lines.push('', `${pairs.length - max} more pairs are not listed here; \`--format json\` lists every one.`);
  return lines;
}
