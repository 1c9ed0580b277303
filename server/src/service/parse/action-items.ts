/**
 * Action items: the list items and table rows of the action-items section, or, in plain-text
 * postmortems with neither, its `Title: description` lines. Each item's owner and ticket are read
 * from `@handle`, `(owner: X)`, a trailing `[Owner]`, an Owner/Who column, or a ticket id.
 */
import type { ActionItem, LineInfo, Range, Section } from '../model';
import { splitCells, type Cell } from './tables';

export function findActionItems(lines: LineInfo[], sections: Section[]): ActionItem[] {
  const out: ActionItem[] = [];
  for (const s of sections) {
    if (!s.ids.includes('action-items') || s.subsection) continue;
    const before = out.length;
    listItems(lines, s, out);
    tableItems(lines, s, out);
    if (out.length === before) labelItems(lines, s, out);
  }
  return out.sort((a, b) => a.line - b.line);
}

function listItems(lines: LineInfo[], s: Section, out: ActionItem[]): void {
  let top: { line: number; content: number; last: number } | null = null;
  const finish = (): void => {
    if (!top) return;
    const text = itemText(lines[top.line]!);
    const hasChildren = top.last > top.line;
    // `- Improvements/Fixes:` with nothing under it labels a group; it is not a task.
    if (!(isGroupLabel(text) && !hasChildren)) out.push(item(lines, top.line, top.last, text, s.index));
    top = null;
  };
  for (let i = s.bodyStart; i <= s.end; i++) {
    const line = lines[i]!;
    if (line.kind === 'list-item') {
      if (top && line.indent >= top.content) {
        top.last = i;
        continue;
      }
      finish();
      top = { line: i, content: line.contentColumn ?? line.indent + 2, last: i };
    } else if (top && line.kind === 'text' && line.indent >= top.content) {
      top.last = i;
    } else if (line.kind !== 'blank') {
      finish();
    }
  }
  finish();
}

function isGroupLabel(text: string): boolean {
  return /:\**$/.test(text.trim());
}

function itemText(line: LineInfo): string {
  return line.text.slice(line.contentColumn ?? line.indent).trim();
}

function item(lines: LineInfo[], first: number, last: number, text: string, section: number): ActionItem {
  let owner: ActionItem['owner'] = null;
  let ticket: ActionItem['ticket'] = null;
  for (let i = first; i <= last && (!owner || !ticket); i++) {
    const t = lines[i]!.text;
    owner ??= findOwner(t, i);
    ticket ??= findTicket(t, i);
  }
  const checked = lines[first]!.checked;
  return {
    line: first,
    range: { start: { line: first, character: lines[first]!.indent }, end: { line: last, character: lines[last]!.text.length } },
    text,
    owner,
    ticket,
    done: checked === undefined ? null : checked,
    section,
  };
}

const MENTION = /(?:^|[\s(,;])@([A-Za-z0-9][\w.-]{0,38})/;
const OWNER_LABEL = /\b(?:owners?|assignee|assigned to|who|dri)\**[ \t]*[:=][ \t]*\**[ \t]*([^,;)\]|*]{1,60})/i;
const TRAILING_BRACKET = /\[([^[\]()]{1,40})\][ \t]*$/;
const NOT_A_NAME = /^(?:owner|owners|name|who|assignee|tbd|todo|tba|unassigned|none|n\/a|\?+|x| )$/i;
const TICKET = /\b[A-Z][A-Z0-9]{1,9}-\d{1,7}\b|\bT\d{3,8}\b|(?:^|[\s(])#\d{1,7}\b/;

function range(line: number, from: number, to: number): Range {
  return { start: { line, character: from }, end: { line, character: to } };
}

function findOwner(t: string, line: number): ActionItem['owner'] {
  const m = MENTION.exec(t);
  if (m) {
    const at = m.index + m[0].indexOf('@');
    return { name: m[1]!, range: range(line, at, at + 1 + m[1]!.length) };
  }
  const o = OWNER_LABEL.exec(t);
  if (o) {
    const name = o[1]!.trim();
    if (name !== '' && !NOT_A_NAME.test(name)) {
      const at = t.indexOf(name, o.index);
      return { name, range: range(line, at, at + name.length) };
    }
  }
  const b = TRAILING_BRACKET.exec(t);
  if (b && !NOT_A_NAME.test(b[1]!.trim()) && !/^[a-z][a-z _/-]*$/.test(b[1]!)) {
    return { name: b[1]!.trim(), range: range(line, b.index, b.index + b[0].trimEnd().length) };
  }
  return null;
}

/** Prefixes that look like ticket keys but name standards and severities. */
const NOT_A_TICKET = /^(?:SEV|UTF|ISO|RFC|HTTP|HTTPS|TLS|SSL|IPV|CVE|SHA|MD|AES|RSA|P)-/;

function findTicket(t: string, line: number): ActionItem['ticket'] {
  const m = TICKET.exec(t);
  if (!m || NOT_A_TICKET.test(m[0])) return null;
  const id = m[0].trim().replace(/^\(/, '');
  const at = m.index + m[0].indexOf(id);
  return { id, range: range(line, at, at + id.length) };
}

function tableItems(lines: LineInfo[], s: Section, out: ActionItem[]): void {
  let header: Cell[] | null = null;
  for (let i = s.bodyStart; i <= s.end; i++) {
    const line = lines[i]!;
    if (line.kind === 'table-delimiter') continue;
    if (line.kind !== 'table-row') {
      header = null;
      continue;
    }
    if (lines[i + 1]?.kind === 'table-delimiter') {
      header = splitCells(line.text);
      continue;
    }
    out.push(tableItem(lines, i, splitCells(line.text), header, s.index));
  }
}

function column(header: Cell[] | null, pattern: RegExp): number {
  return header ? header.findIndex((c) => pattern.test(c.text)) : -1;
}

function tableItem(lines: LineInfo[], i: number, cells: Cell[], header: Cell[] | null, section: number): ActionItem {
  const textCol = Math.max(0, column(header, /action|item|task|description|what|remediation/i));
  const ownerCol = column(header, /owner|who|assignee|responsible|dri/i);
  const ticketCol = column(header, /ticket|issue|jira|bug|tracking|link|^id$/i);
  const base = item(lines, i, i, cells[textCol]?.text ?? lines[i]!.text.trim(), section);
  const ownerCell = ownerCol >= 0 ? cells[ownerCol] : undefined;
  if (ownerCell && ownerCell.text !== '' && !NOT_A_NAME.test(ownerCell.text)) {
    base.owner = { name: ownerCell.text.replace(/^@/, ''), range: range(i, ownerCell.start, ownerCell.end) };
  }
  const ticketCell = ticketCol >= 0 ? cells[ticketCol] : undefined;
  if (!base.ticket && ticketCell && ticketCell.text !== '' && !NOT_A_NAME.test(ticketCell.text)) {
    base.ticket = { id: ticketCell.text, range: range(i, ticketCell.start, ticketCell.end) };
  }
  return base;
}

/** `Load Balancer Audit: Review every pool's weights.`: one item per labelled line. */
function labelItems(lines: LineInfo[], s: Section, out: ActionItem[]): void {
  for (let i = s.bodyStart; i <= s.end; i++) {
    const line = lines[i]!;
    if (line.kind !== 'text') continue;
    const t = line.text.trim();
    const colon = t.indexOf(':');
    if (colon < 1 || colon > 60 || t.slice(colon + 1).trim() === '') continue;
    if (t.slice(0, colon).split(/\s+/).length > 6) continue;
    out.push(item(lines, i, i, t, s.index));
  }
}
