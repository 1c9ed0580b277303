/**
 * What one timeline line says on its own: its time, a date, malformed times, a zone header and
 * its milestones. This part does not depend on the lines around it, so it is cached by the line's
 * text: on a keystroke only the edited line is read again.
 */
import type { LineInfo, Milestone } from '../model';
import type { CivilDate, InvalidTime, TimeStamp, TimeToken, Zone } from './types';
import { readTimes } from './reader';
import { readZoneHeader } from './zone-header';
import { milestonesOf } from './milestones';
import { isDigit } from './clock';
import { ownString } from '../own-string';

export interface LineReading {
  /** The entry's time, or null when the line is not an entry. */
  stamp: TimeStamp | null;
  /** A date written before the time (or in an earlier cell), or the date of a date-only line. */
  date: CivilDate | null;
  text: string;
  milestones: Milestone[];
  invalid: InvalidTime[];
  /** For lines that are not entries: the zone a header such as "All times in UTC" names. */
  zoneHeader: Zone | null;
  /** The day-first reading of `date` (or of the stamp's date) when its numbers allow both. */
  dateAlt: CivilDate | null;
  /** What a numeric date on the line settles about the document's date order. */
  order: 'dmy' | 'mdy' | null;
  /** A date-only line whose date leads it (`10/14/2022 - bug reported`, `_7/6/23_`). */
  dateLead: boolean;
  /** A leading date followed by an event (`10/14/2022 - bug reported`, `| 2019-12-03 --:-- | surge |`). */
  dateEvent: boolean;
  /** The line has something clock-shaped (`10:05`, `3 PM`) whether or not it was read. */
  timeLike: boolean;
}

/** Clock-shaped text, to count the lines a timeline could not read. */
const CLOCKISH = /(?:^|[^\d.:/])\d{1,2}(?::[0-5]\d(?![\d:])|h[0-5]\d\b|[ \t]?[AaPp]\.?[Mm]\b)/;
/** Words after a date (five letters or more) make it an event rather than a date line. */
const EVENT = /(?:[^A-Za-z]*[A-Za-z]){5}/;
/** What may stand before a leading date: list marks, emphasis, brackets, a table pipe. */
const LEAD_MARKS = /^[\s*_`[(|>~#-]*$/;

const MAX_CACHED = 100_000;
/** One cache per reading style, keyed by the line's text as is (no key string to build). */
const textCache = new Map<string, LineReading>();
const tableCache = new Map<string, LineReading>();

export function readLine(line: LineInfo): LineReading {
  const table = line.kind === 'table-row';
  const cache = table ? tableCache : textCache;
  let r = cache.get(line.text);
  if (r === undefined) {
    // Read an own copy of the line: the key and every string in the reading are cut from it, so
    // the cache keeps no version's whole text alive (see own-string.ts).
    const own = ownString(line.text);
    r = table ? readTableRow(own) : readTextLine(own);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(own, r);
  }
  return r;
}

function reading(stamp: TimeStamp | null, date: CivilDate | null, text: string, invalid: InvalidTime[], zoneHeader: Zone | null): LineReading {
  return { stamp, date, text, milestones: milestonesOf(text), invalid, zoneHeader, dateAlt: null, order: null, dateLead: false, dateEvent: false, timeLike: stamp !== null || invalid.length > 0 };
}

/** Notes the day-first alternative and settled order of the numeric dates among `tokens`. */
function withOrder(r: LineReading, tokens: TimeToken[], dateToken: TimeStamp | null): LineReading {
  for (const t of tokens) if (t.kind === 'stamp' && t.order) r.order ??= t.order;
  const alt = dateToken?.dayFirst ?? r.stamp?.dayFirst;
  if (alt) r.dateAlt = alt;
  return r;
}

function readTextLine(text: string): LineReading {
  const from = contentStart(text);
  if (!hasDigit(text, from, text.length)) return reading(null, null, text, [], readZoneHeader(text));
  const tokens = readTimes(text, { from });
  const invalid = invalidOf(tokens);
  const k = tokens.findIndex((t) => t.kind === 'stamp' && t.minutes !== null);
  if (k === -1) {
    // A line with a date and no time ("All times in UTC on 2025-01-02") sets the date, and the zone too.
    const dated = tokens.find((x): x is TimeStamp => x.kind === 'stamp' && x.date !== null) ?? null;
    const r = withOrder(reading(null, dated?.date ?? null, text, invalid, readZoneHeader(text)), tokens, dated);
    r.dateLead = dated !== null && LEAD_MARKS.test(text.slice(from, dated.start));
    r.dateEvent = r.dateLead && EVENT.test(text.slice(dated!.end));
    r.timeLike ||= CLOCKISH.test(text);
    return r;
  }
  const t = tokens[k] as TimeStamp;
  // "... a login from a new device at 2:56am EST." A time deep in a sentence is part of an
  // entry's text, not an entry of its own.
  if (wordsBetween(text, from, t.start) > MAX_LEAD_WORDS) {
    const r = reading(null, null, text, invalid, null);
    r.timeLike = true;
    return r;
  }
  let dateBefore: TimeStamp | null = null;
  for (let j = 0; j < k && !dateBefore; j++) {
    const x = tokens[j]!;
    if (x.kind === 'stamp' && x.date) dateBefore = x;
  }
  return withOrder(reading(t, dateBefore?.date ?? null, stripEmphasis(text, from, t.start, t.end), invalid, null), tokens, dateBefore);
}

function readTableRow(text: string): LineReading {
  const cells = cellSpans(text);
  let date: TimeStamp | null = null;
  let found: TimeStamp | null = null;
  const all: TimeToken[] = [];
  for (const [s, e] of cells) {
    if (!hasDigit(text, s, e)) continue;
    const tokens = readTimes(text, { from: s, to: e });
    all.push(...tokens);
    const t = tokens.find((x): x is TimeStamp => x.kind === 'stamp' && x.minutes !== null);
    if (t) {
      found = t;
      break;
    }
    const d = tokens[0];
    // A date in a column of its own (`| Fri | Jan 21 | 00:20 |`) dates the row.
    if (!date && d && d.kind === 'stamp' && d.date) date = d;
  }
  const joined = cells.map(([s, e]) => text.slice(s, e).trim()).filter((c) => c !== '').join(' | ');
  const r = withOrder(reading(found, date?.date ?? null, joined, invalidOf(all), null), all, date);
  r.dateLead = !found && date !== null;
  r.dateEvent = r.dateLead && cells.some(([s, e]) => e > s && s > date!.end && EVENT.test(text.slice(s, e)));
  if (!found) r.timeLike ||= CLOCKISH.test(text);
  return r;
}

/** Words an entry may put before its time: "At", "Around", "**Detection:**", "Update -". */
const MAX_LEAD_WORDS = 3;

function wordsBetween(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function invalidOf(tokens: TimeToken[]): InvalidTime[] {
  let out: InvalidTime[] | null = null;
  for (const t of tokens) if (t.kind === 'invalid') (out ??= []).push(t);
  return out ?? [];
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** Where a list item's or line's own text starts: after indent, `>`, the marker and a checkbox. */
function contentStart(text: string): number {
  let i = 0;
  const n = text.length;
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 62)) i++;
  const c = text.charCodeAt(i);
  if ((c === 45 || c === 42 || c === 43) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) i += 2;
  else if (isDigit(c)) {
    let j = i;
    while (j < n && j - i < 3 && isDigit(text.charCodeAt(j))) j++;
    if ((text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41) && text.charCodeAt(j + 1) === 32) i = j + 2;
  }
  while (i < n && text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) === 91 && text.charCodeAt(i + 2) === 93 && text.charCodeAt(i + 3) === 32) i += 4;
  return i;
}

/** Cell spans between unescaped pipes, without the outer pipes. */
function cellSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) === 124) start = i + 1;
  for (let j = start; j < text.length; j++) {
    if (text.charCodeAt(j) === 124 && text.charCodeAt(j - 1) !== 92) {
      spans.push([start, j]);
      start = j + 1;
    }
  }
  if (text.slice(start).trim() !== '') spans.push([start, text.length]);
  return spans;
}

/** The entry's text from its content start, without `**`, `_` or backticks right around the time. */
function stripEmphasis(text: string, from: number, start: number, end: number): string {
  if (start === from && !isEmphasis(text.charCodeAt(end)) && !isEmphasis(text.charCodeAt(end + 1))) return text.slice(from).trim();
  let before = text.slice(from, start);
  if (before !== '') before = before.replace(/[*_`]/g, '');
  let e = end;
  while (e < text.length && e - end < 6 && text.charCodeAt(e) !== 32) e++;
  const after = text.slice(end, e).replace(/[*_`]/g, '');
  return (before + text.slice(start, end) + after + text.slice(e)).trim();
}

function isEmphasis(c: number): boolean {
  return c === 42 || c === 95 || c === 96;
}
