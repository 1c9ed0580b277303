/**
 * Action items: the list items and table rows of the action-items section, or, in plain-text
 * postmortems with neither, its `Title: description` lines. Each item's owner and ticket are read
 * from `@handle`, `(owner: X)`, a trailing `[Owner]`, an Owner/Who column, or a ticket id.
 */
import type { Draft, ActionItem, LineInfo, Range, Section } from '../model';
import type { Schema } from '../schema/types';
import { splitCells, type Cell } from './tables';
import { NOT_A_NAME, findOwner, findTicket, hasPlaceholderOwner, headingSaysDone, saysDone } from './action-item-facts';

export function findActionItems(lines: readonly LineInfo[], sections: readonly Section[], schema: Schema): ActionItem[] {
  const out: ActionItem[] = [];
  // Action Items, and sections that also serve as them (Remediation).
  const actionIds = new Set(['action-items', ...schema.sections.filter((x) => x.meets.includes('action-items')).map((x) => x.id)]);
  for (const s of sections) {
    if (!s.ids.some((id) => actionIds.has(id)) || s.subsection) continue;
    const before = out.length;
    listItems(lines, s, out);
    tableItems(lines, s, out);
    if (out.length === before) labelItems(lines, s, out);
  }
  // A subsection that also names action items (Short-term Improvements under Remediation) holds
  // the same lines as its parent: each item once.
  const seen = new Set<number>();
  return out.sort((a, b) => a.line - b.line).filter((a) => !seen.has(a.line) && seen.add(a.line) !== undefined);
}

function listItems(lines: readonly LineInfo[], s: Section, out: ActionItem[]): void {
  // A numbered list whose items carry bullets between them ("1. Migrate…", then "- Query plans"):
  // the numbers are the tasks, the bullets their details.
  const numbered = hasNumberedItems(lines, s);
  let top: { line: number; content: number; last: number; numbered: boolean } | null = null;
  // The section's own heading may say its items are done, or link the issue that tracks them.
  let doneHere = headingSaysDone(s.heading.text);
  let heading: { ticket: ActionItem['ticket'] } = { ticket: findTicket(lines[s.heading.line]!.text, s.heading.line) };
  const finish = (): void => {
    if (!top) return;
    const text = itemText(lines[top.line]!);
    const hasChildren = top.last > top.line;
    // `- Improvements/Fixes:` with nothing under it labels a group; `-` or `- N/A` is no task.
    if (!(isGroupLabel(text) && !hasChildren) && !isEmptyItem(text)) {
      const it = item(lines, top.line, top.last, text, s.index, doneHere);
      // A tracking issue linked from the heading over the items tracks each of them.
      it.ticket ??= heading.ticket;
      out.push(it);
    }
    top = null;
  };
  for (let i = s.bodyStart; i <= s.end; i++) {
    const line = lines[i]!;
    if (line.kind === 'list-item') {
      const child = top && (line.indent >= top.content || (numbered && top.numbered && !isNumbered(line)));
      if (child) {
        top!.last = i;
        continue;
      }
      finish();
      top = { line: i, content: line.contentColumn ?? line.indent + 2, last: i, numbered: isNumbered(line) };
    } else if (top && line.kind === 'text' && (line.indent >= top.content || top.numbered)) {
      top.last = i;
    } else if (line.kind !== 'blank') {
      finish();
      if (line.kind === 'heading') {
        // A `**In progress:**` label inside a subsection keeps what its heading said.
        const strong = line.text.trimStart().startsWith('#') || lines[i + 1]?.kind === 'setext-underline';
        doneHere = headingSaysDone(line.text) || (!strong && doneHere);
        heading = { ticket: findTicket(line.text, i) ?? (strong ? null : heading.ticket) };
      }
    }
  }
  finish();
}

function isNumbered(line: LineInfo): boolean {
  return /^\s*\d{1,9}[.)]/.test(line.text);
}

function hasNumberedItems(lines: readonly LineInfo[], s: Section): boolean {
  for (let i = s.bodyStart; i <= s.end; i++) if (lines[i]!.kind === 'list-item' && isNumbered(lines[i]!)) return true;
  return false;
}

function isEmptyItem(text: string): boolean {
  return /^(?:\[[ xX]\])?\s*(?:n\/?a|none|-+|\.+)?\.?\s*$/i.test(text);
}

/** The end of a line's text, before trailing spaces and an HTML comment. */
function endOfText(t: string, line: number): Range {
  let end = t.length;
  const comment = t.lastIndexOf('<!--');
  if (comment > 0 && t.trimEnd().endsWith('-->')) end = comment;
  while (end > 0 && (t[end - 1] === ' ' || t[end - 1] === '\t')) end--;
  return range(line, end, end);
}

function isGroupLabel(text: string): boolean {
  return /:\**$/.test(text.trim());
}

function itemText(line: LineInfo): string {
  return line.text.slice(line.contentColumn ?? line.indent).trim();
}

function item(lines: readonly LineInfo[], first: number, last: number, text: string, section: number, underDoneHeading = false): Draft<ActionItem> {
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
    done: checked !== undefined ? checked : underDoneHeading || saysDone(text) ? true : null,
    ownerSlot: lines[first]!.kind === 'table-row' ? null : endOfText(lines[first]!.text, first),
    ownerPlaceholder: hasPlaceholderOwner(lines.slice(first, last + 1).map((l) => l.text).join(' ')),
    section,
  };
}

function range(line: number, from: number, to: number): Range {
  return { start: { line, character: from }, end: { line, character: to } };
}

function tableItems(lines: readonly LineInfo[], s: Section, out: ActionItem[]): void {
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

function tableItem(lines: readonly LineInfo[], i: number, cells: Cell[], header: Cell[] | null, section: number): Draft<ActionItem> {
  const textCol = Math.max(0, column(header, /action|item|task|description|what|remediation/i));
  const ownerCol = column(header, /owner|who|assignee|responsible|dri/i);
  const ticketCol = column(header, /ticket|issue|jira|bug|tracking|link|^id$/i);
  const base = item(lines, i, i, cells[textCol]?.text ?? lines[i]!.text.trim(), section);
  const ownerCell = ownerCol >= 0 ? cells[ownerCol] : undefined;
  if (ownerCell) {
    base.ownerSlot = range(i, ownerCell.start, ownerCell.end);
    base.ownerPlaceholder ||= /^(?:TODO|TBD|TBA|\?{2,})$/i.test(ownerCell.text);
  }
  if (ownerCell && ownerCell.text !== '' && !NOT_A_NAME.test(ownerCell.text)) {
    base.owner = { name: ownerCell.text.replace(/^@/, ''), range: range(i, ownerCell.start, ownerCell.end), via: 'column' };
  }
  const ticketCell = ticketCol >= 0 ? cells[ticketCol] : undefined;
  if (!base.ticket && ticketCell && ticketCell.text !== '' && !NOT_A_NAME.test(ticketCell.text)) {
    base.ticket = { id: ticketCell.text, range: range(i, ticketCell.start, ticketCell.end) };
  }
  return base;
}

/** `Load Balancer Audit: Review every pool's weights.`: one item per labelled line. */
function labelItems(lines: readonly LineInfo[], s: Section, out: ActionItem[]): void {
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
