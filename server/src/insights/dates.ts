/**
 * The incident's day, from the first place that states it: front matter, a Date field, the
 * timeline's start, or a date in the file name. Only whole, valid dates are taken.
 */
import type { PostmortemDocument } from '../service';
import type { IncidentFacts } from './types';
import { frontMatterValue } from './labels';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MINUTE = 60_000;

export function incidentDate(doc: PostmortemDocument, file: string): { date: string | null; source: IncidentFacts['dateSource'] } {
  const fm = frontMatterValue(doc, ['date', 'incident date']);
  const fromFm = fm === null ? null : readDay(fm);
  if (fromFm) return { date: fromFm, source: 'front-matter' };
  for (const f of doc.fields) {
    if (f.id !== 'date') continue;
    const d = readDay(f.value);
    if (d) return { date: d, source: 'field' };
  }
  const fromTimeline = startDay(doc);
  if (fromTimeline) return { date: fromTimeline, source: 'timeline' };
  const name = /(?:^|[^\d])(\d{4}-\d{2}-\d{2})(?!\d)/.exec(file.slice(file.lastIndexOf('/') + 1));
  const fromName = name ? isoDay(name[1]!) : null;
  return fromName ? { date: fromName, source: 'file-name' } : { date: null, source: null };
}

/** `YYYY-MM-DD` when it names a real day, else null. */
export function isoDay(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A day written at the start of a value: `2025-03-18`, `March 18, 2025`, `18 March 2025`. */
export function readDay(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?![\d-])/.exec(v);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // A range of days ("January 14-19, 2026") starts on its first day.
  const mdy = /^(?:[A-Za-z]+day,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?,?\s+(\d{4})\b/.exec(v);
  if (mdy) return named(mdy[1]!, Number(mdy[2]), Number(mdy[3]));
  const dmy = /^(?:[A-Za-z]+day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/.exec(v);
  if (dmy) return named(dmy[2]!, Number(dmy[1]), Number(dmy[3]));
  return null;
}

function named(month: string, day: number, year: number): string | null {
  const m = month.toLowerCase();
  if (m.length < 3) return null;
  const index = MONTHS.findIndex((name) => name.startsWith(m));
  return index < 0 ? null : validDay(year, index + 1, day);
}

function validDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (y < 1970 || y > 2200 || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** A timeline whose dated entries span at most this is one incident's; a longer one carries background. */
const COMPACT_TIMELINE_DAYS = 90;

/**
 * The incident start's day in the zone the timeline was written in (UTC when it names none). A
 * window read only from the entries' span counts when those entries lie within a few months of
 * each other; a timeline that opens with years of background starts wherever the background does.
 */
function startDay(doc: PostmortemDocument): string | null {
  const start = doc.incident.start;
  if (start === null) return null;
  if (doc.incident.source === 'entries' && !compact(doc)) return null;
  const entry = doc.timeline.entries.find((e) => e.instant === start && e.utcOffsetMinutes !== null) ?? doc.timeline.entries.find((e) => e.utcOffsetMinutes !== null);
  const local = new Date(start + (entry?.utcOffsetMinutes ?? 0) * MINUTE);
  return validDay(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

function compact(doc: PostmortemDocument): boolean {
  const instants = doc.timeline.entries.map((e) => e.instant).filter((t): t is number => t !== null);
  if (instants.length === 0) return false;
  return Math.max(...instants) - Math.min(...instants) <= COMPACT_TIMELINE_DAYS * 24 * 60 * MINUTE;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (24 * 60 * MINUTE));
}

export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}
