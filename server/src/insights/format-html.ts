/**
 * The archive report as one self-contained HTML file: inline CSS, inline SVG charts, no scripts,
 * no external references. It opens offline and prints. Links carry `data-file` and `data-line`,
 * so the editor's view can open the postmortem at its line.
 */
import type { ArchiveReport, IncidentRow } from './report';
import type { GroupStats } from './distributions';
import type { LedgerGroup, LedgerItem } from './ledger';
import type { RepeatPair } from './repeats';
import { METRICS, type Metric } from './types';
import { DEFAULT_MAX_LEDGER_ITEMS, DEFAULT_MAX_REPEATS, METRIC_NAMES, TOO_FEW, dateText, diagnosticsText, minutesText, statText, type FormatOptions } from './format-common';
import { summaryLine } from './summary';
import { escapeXml as esc } from '../render/svg';
import { rangeChart } from '../render/charts';
import { REPORT_CSS } from './report-css';

export interface HtmlOptions extends FormatOptions {
  /** Extra markup for the head (the editor's CSP and script); none in a file. */
  head?: string;
  /** A CSP nonce for the style sheet, for a view whose policy allows no inline style without one. */
  nonce?: string;
}

export function formatHtml(r: ArchiveReport, o: HtmlOptions): string {
  const body = [
    `<header><h1>${esc(r.name)}</h1><p>${esc(summaryLine(r))}</p></header>`,
    section('distributions', `Distributions by ${r.groupBy}`, [
      '<p>Bars run to the median; the thin bar runs on to the 90th percentile (nearest rank). n is the number of incidents that state the length.</p>',
      charts(r.groups, `by ${r.groupBy}`),
      statsTable(r.groups, r.groupBy),
    ]),
    section('quarters', 'By quarter', r.quarters.length > 0 ? [charts(r.quarters, 'by quarter'), statsTable(r.quarters, 'quarter')] : ['<p>No incident states its date.</p>']),
    section('incidents', 'Incidents', [incidentsTable(r.incidents, o)]),
    section('ledger', 'Open action items', ledger(r, o)),
    section('repeats', `Repeats within ${r.repeats.windowDays} days`, repeats(r.repeats.pairs, o)),
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(r.name)}</title>`,
    o.head ?? '',
    `<style${o.nonce ? ` nonce="${esc(o.nonce)}"` : ''}>${REPORT_CSS}</style>`,
    '</head><body>',
    ...body,
    '</body></html>',
    '',
  ].join('\n');
}

function section(id: string, title: string, content: readonly string[]): string {
  return `<section id="${id}"><h2>${esc(title)}</h2>\n${content.join('\n')}\n</section>`;
}

function link(label: string, file: string, line: number, o: FormatOptions): string {
  return `<a href="${esc(o.href(file, line))}" data-file="${esc(file)}" data-line="${line}">${esc(label)}</a>`;
}

function table(head: readonly string[], rows: readonly string[][], cls = ''): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  const trs = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

function charts(groups: readonly GroupStats[], what: string): string {
  const one = (m: Metric): string => {
    const rows = groups.map((g) => ({ label: g.group, ...g.stats[m] }));
    return `<figure>${rangeChart(rows, { title: `${METRIC_NAMES[m]} ${what}`, format: minutesText, tooFewText: TOO_FEW })}<figcaption>${esc(METRIC_NAMES[m])} ${esc(what)}</figcaption></figure>`;
  };
  return `<div class="charts">${METRICS.map(one).join('\n')}</div>`;
}

function statsTable(groups: readonly GroupStats[], by: string): string {
  const head = [by, 'Incidents', ...METRICS.map((m) => `${METRIC_NAMES[m]} median / p90`)];
  return table(head, groups.map((g) => [esc(g.group), String(g.incidents), ...METRICS.map((m) => esc(statText(g.stats[m])))]), 'stats');
}

function incidentsTable(rows: readonly IncidentRow[], o: FormatOptions): string {
  const head = ['Date', 'Incident', 'Severity', 'Services', 'Duration', 'TTD', 'TTM', 'TTR', 'Actions done/total', 'Open', 'Owned', 'Complete', 'Diagnostics'];
  return table(head, rows.map((f) => [
    esc(dateText(f)),
    link(f.title ?? f.file, f.file, f.line, o),
    esc(f.severity ?? ''),
    esc(f.services.join(', ')),
    ...METRICS.map((m) => minutesText(f.minutes[m])),
    `${f.actions.done}/${f.actions.total}`,
    String(f.actions.open),
    String(f.actions.withOwner),
    `${f.completeness.score}%`,
    esc(diagnosticsText(f)),
  ]), 'incidents');
}

function ledger(r: ArchiveReport, o: FormatOptions): string[] {
  const items = r.ledger.items;
  if (items.length === 0) return ['<p>No open action items.</p>'];
  const max = o.maxLedgerItems ?? DEFAULT_MAX_LEDGER_ITEMS;
  const groups = (title: string, gs: readonly LedgerGroup[]): string =>
    table([title, 'Open', 'Overdue', 'Oldest (days)'], gs.map((g) => [esc(g.key), String(g.open), String(g.overdue), g.oldestDays === null ? '' : String(g.oldestDays)]));
  const out = ['<div class="pair">', `<div><h3>By owner</h3>${groups('Owner', r.ledger.byOwner)}</div>`, `<div><h3>By ticket prefix</h3>${groups('Ticket prefix', r.ledger.byTicketPrefix)}</div>`, '</div>'];
  out.push('<h3>Items, oldest first</h3>', table(['Item', 'Owner', 'Ticket', 'Due', 'Age (days)', 'Overdue', 'Incident'], items.slice(0, max).map((i) => ledgerRow(i, o))));
  if (items.length > max) out.push(`<p>${items.length - max} more open items are not listed here; the JSON format lists every one.</p>`);
  return out;
}

function ledgerRow(i: LedgerItem, o: FormatOptions): string[] {
  return [
    link(i.text || '(no text)', i.file, i.line, o),
    esc(i.owner ?? ''),
    esc(i.ticket ?? ''),
    esc(i.due ?? ''),
    i.ageDays === null ? '' : String(i.ageDays),
    i.overdue === null ? '' : i.overdue ? '<strong>yes</strong>' : 'no',
    esc(i.incident ?? i.file),
  ];
}

function repeats(pairs: readonly RepeatPair[], o: FormatOptions): string[] {
  if (pairs.length === 0) return ['<p>No two incidents share a service, a title or two distinctive root-cause phrases within the window.</p>'];
  const max = o.maxRepeats ?? DEFAULT_MAX_REPEATS;
  const items = pairs.slice(0, max).map((p) =>
    `<li>${esc(p.later.date)} ${link(p.later.title ?? p.later.file, p.later.file, p.later.line, o)}, ${p.days} days after ${esc(p.earlier.date)} ${link(p.earlier.title ?? p.earlier.file, p.earlier.file, p.earlier.line, o)}: ${esc(p.reasons.join('; '))}</li>`);
  const more = pairs.length > max ? [`<p>${pairs.length - max} more pairs are not listed here; the JSON format lists every one.</p>`] : [];
  return [`<ul class="repeats">${items.join('\n')}</ul>`, ...more];
}
