/**
 * Every open action item across the archive: who owns it, its ticket, its due date when written,
 * how old it is, whether it is overdue; and the same items counted by owner and by ticket prefix.
 */
import type { IncidentFacts } from './types';
import { daysBetween } from './dates';

export interface LedgerItem {
  file: string;
  line: number;
  incident: string | null;
  incidentDate: string | null;
  text: string;
  owner: string | null;
  ticket: string | null;
  due: string | null;
  /** Days since the incident, or null when its date is unknown. */
  ageDays: number | null;
  /** Null when the item has no due date. */
  overdue: boolean | null;
}

export interface LedgerGroup {
  key: string;
  open: number;
  overdue: number;
  /** Age in days of the oldest item with a known age. */
  oldestDays: number | null;
}

export interface Ledger {
  items: LedgerItem[];
  byOwner: LedgerGroup[];
  byTicketPrefix: LedgerGroup[];
}

export const NO_OWNER = '(no owner)';
export const NO_TICKET = '(no ticket)';

export function buildLedger(facts: readonly IncidentFacts[], today: string): Ledger {
  const items: LedgerItem[] = [];
  for (const f of facts) {
    for (const a of f.openActions) {
      items.push({
        file: f.file,
        line: a.line,
        incident: f.title,
        incidentDate: f.date,
        text: a.text,
        owner: a.owner,
        ticket: a.ticket,
        due: a.due,
        ageDays: f.date ? daysBetween(f.date, today) : null,
        overdue: a.due ? a.due < today : null,
      });
    }
  }
  // Oldest first: the ones most likely forgotten.
  items.sort((a, b) => (b.ageDays ?? -1) - (a.ageDays ?? -1) || a.file.localeCompare(b.file) || a.line - b.line);
  return { items, byOwner: groupBy(items, (i) => i.owner ?? NO_OWNER), byTicketPrefix: groupBy(items, (i) => ticketPrefix(i.ticket)) };
}

/** `PAY-123` → `PAY`, `T401122` → `T`, `#88` → `#`, a link → its host. */
export function ticketPrefix(ticket: string | null): string {
  if (ticket === null) return NO_TICKET;
  const host = /^https?:\/\/([^/]+)/i.exec(ticket);
  if (host) return host[1]!.toLowerCase();
  const m = /^([A-Za-z][A-Za-z0-9_]*?)[-_ ]?\d+$/.exec(ticket.trim());
  if (m) return m[1]!.toUpperCase();
  return ticket.trim().startsWith('#') ? '#' : '(ticket without id)';
}

/** Keys that differ only in case ("DevEx", "DevEX") are one group, under the first spelling seen. */
function groupBy(items: readonly LedgerItem[], key: (i: LedgerItem) => string): LedgerGroup[] {
  const groups = new Map<string, LedgerGroup>();
  for (const i of items) {
    const k = key(i);
    const g = groups.get(k.toLowerCase()) ?? { key: k, open: 0, overdue: 0, oldestDays: null };
    g.open++;
    if (i.overdue) g.overdue++;
    if (i.ageDays !== null && (g.oldestDays === null || i.ageDays > g.oldestDays)) g.oldestDays = i.ageDays;
    groups.set(k.toLowerCase(), g);
  }
  return [...groups.values()].sort((a, b) => b.open - a.open || a.key.localeCompare(b.key));
}
