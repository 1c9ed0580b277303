/**
 * The time reader: finds every date and time of day in a string and returns them as tokens with
 * UTF-16 offsets. One left-to-right pass; each regex is anchored (sticky) where the pass stands,
 * so the work is linear in the length of the text.
 */
import type { CivilDate, InvalidTime, TimeStamp, TimeToken, Zone } from './types';
import { isDigit, readClock, type ClockMatch } from './clock';
import { mayStartDate, readNamedDate, readNumericDate, type DateMatch } from './dates';
import { readZoneAt } from './zones';
import { keep, keepRangePartners } from './bare-clocks';
export { joined } from './bare-clocks';
import type { Unreadable } from '../model';

export interface ReadOptions {
  from?: number;
  to?: number;
  /**
   * Which bare `H:MM` clocks count. `context` (the default) keeps one only when it leads the text,
   * follows a word such as "at" or "by", or pairs with a stronger time in a range, because in prose
   * `3:16` or `5:00` are often not times. `all` keeps every one (a Duration field's value).
   */
  bare?: 'context' | 'all';
  /** Stop after the first token that is kept (timeline entries only need their leading time). */
  first?: boolean;
}

/** Between a date and its time: `June 2, 2024, 14:00`, `Jan 29, 2018 - 22:27`, `2018-01-29 06:45`. */
const DATE_TIME_SEP = /(?:,[ \t]{0,3}|[ \t]{1,3})(?:(?:at|@)[ \t]{1,3}|[-\u2013\u2014][ \t]{1,3})?(?=\d)/y;
/** Between a time and its date: `14:00 UTC on June 2, 2024`. */
const TIME_DATE_SEP = /,?[ \t]{1,3}on[ \t]{1,3}/y;

/** Reads every time and date in `text`. See {@link ReadOptions} for which bare clocks count. */
export function readTimes(text: string, opts: ReadOptions = {}): TimeToken[] {
  const from = opts.from ?? 0;
  const to = Math.min(opts.to ?? text.length, text.length);
  const out: TimeToken[] = [];
  let dropped = false;
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? CLASS[c]! : 0;
    // Only a digit or a capital on a word boundary can start a date or time.
    if ((k & (DIGIT | UPPER)) === 0 || (i > from && !boundaryBefore(text.charCodeAt(i - 1)) && !emphasisOpen(text, from, i))) {
      i++;
      continue;
    }
    const tok = k === DIGIT ? readDigitStart(text, i, to) : readNamedStart(text, i, to);
    if (!tok) {
      i++;
      continue;
    }
    if (keep(tok, text, from, out, opts)) {
      out.push(tok);
      // What an invalid token most likely means follows it, so entries keep their place.
      if (tok.kind === 'invalid' && tok.reading) out.push(tok.reading);
      if (opts.first) return out;
    } else {
      dropped = true;
    }
    i = tok.kind === 'invalid' && tok.reading ? tok.reading.end : tok.end;
  }
  if (dropped && out.length > 0) keepRangePartners(text, out, readTimes(text, { from, to, bare: 'all' }));
  return out;
}

const DIGIT = 1;
const UPPER = 2;
const LOWER = 4;
/** Characters a time may not follow: `1.2:30` (version), `host:8080` (port), `a/b`, `_`, `+`, `#`. */
const JOINER = 8;
const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (let c = 65; c <= 90; c++) CLASS[c] = UPPER;
for (let c = 97; c <= 122; c++) CLASS[c] = LOWER;
for (const ch of '.:/_+#') CLASS[ch.charCodeAt(0)] = JOINER;

function isWordChar(c: number): boolean {
  return c < 128 && (CLASS[c]! & (DIGIT | UPPER | LOWER)) !== 0;
}

function boundaryBefore(c: number): boolean {
  return c >= 128 || CLASS[c] === 0;
}

/** `_7/6/23_`: an underscore that opens emphasis (at the start or after a space) is no joiner. */
function emphasisOpen(text: string, from: number, i: number): boolean {
  if (text.charCodeAt(i - 1) !== 95) return false;
  return i - 1 === from || (i - 2 >= from && boundaryBefore(text.charCodeAt(i - 2)) && text.charCodeAt(i - 2) !== 95);
}

/**
 * Looks at the digits and the character after them before running any regex: most numbers in
 * prose (`pod 12`, `30%`) are neither dates nor times, and this keeps them cheap.
 */
function readDigitStart(text: string, at: number, to: number): TimeToken | null {
  let e = at;
  while (e < to && isDigit(text.charCodeAt(e))) e++;
  const n = e - at;
  const next = e < to ? text.charCodeAt(e) : 0;
  // The date styles' own checks (dates.ts) decide which numbers are worth a date regex.
  const dateLike = mayStartDate(n, next);
  if (dateLike) {
    const d = readNumericDate(text, at, to);
    if (d) return withDate(text, at, to, d);
  }
  if (n > 2 || !(next === 58 || next === 32 || next === 9 || next === 46 || (next | 32) === 97 || (next | 32) === 112)) return null;
  const clock = readClock(text, at, to);
  return clock ? fromClock(text, at, to, clock, null, false) : null;
}

function readNamedStart(text: string, at: number, to: number): TimeToken | null {
  if (at + 3 > to || !NAME_PREFIXES.has(prefixKey(text, at))) return null;
  const d = readNamedDate(text, at, to);
  return d ? withDate(text, at, to, d) : null;
}

/** The first three letters, lower-cased, packed into a number: a cheap check for month and day names. */
function prefixKey(text: string, at: number): number {
  return ((text.charCodeAt(at) | 32) << 16) | ((text.charCodeAt(at + 1) | 32) << 8) | (text.charCodeAt(at + 2) | 32);
}

const NAME_PREFIXES = new Set(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    .map((w) => prefixKey(w, 0)),
);

/** A date, then perhaps a time after it. */
function withDate(text: string, at: number, to: number, d: DateMatch): TimeToken {
  const clock = clockAfterDate(text, d.end, to);
  if (d.invalid) {
    const bad = invalid(text, at, d.end, text.slice(at, d.end), d.invalid, false);
    // `20202-01-16 12:00`: the date is wrong, but the time still places the entry.
    if (clock && !clock.invalid) bad.reading = stamp(text, clock.at, clock.end, null, clock.minutes, clock.zone, false);
    return bad;
  }
  if (clock) {
    const tok = clock.invalid ? invalid(text, at, clock.end, clock.subject, clock.invalid, false) : stamp(text, at, clock.end, d.date, clock.minutes, clock.zone, false);
    if (tok.kind === 'stamp') numericOrder(tok, d);
    if (tok.kind === 'invalid' && clock.readable !== undefined) tok.reading = stamp(text, at, clock.end, d.date, clock.readable, clock.zone, false);
    return tok;
  }
  return numericOrder(stamp(text, at, d.end, d.date, null, null, false), d);
}

/** Carries what a numeric date says about day-first or month-first order to its stamp. */
function numericOrder(tok: TimeStamp, d: DateMatch): TimeStamp {
  if (d.dayFirst) tok.dayFirst = d.dayFirst;
  if (d.order) tok.order = d.order;
  return tok;
}

interface DatedClock {
  at: number;
  end: number;
  minutes: number;
  zone: Zone | null;
  invalid: Unreadable | null;
  /** The clock as written, with its zone: what an invalid clock's reason is about. */
  subject: string;
  readable?: number;
}

/** The time after a date (`T14:05`, `, 14:00`, ` at 3 PM`, ` - 22:27 UTC`), with its zone. */
function clockAfterDate(text: string, dateEnd: number, to: number): DatedClock | null {
  let clockAt = -1;
  if ((text.charCodeAt(dateEnd) === 84 || text.charCodeAt(dateEnd) === 116) && isDigit(text.charCodeAt(dateEnd + 1))) {
    clockAt = dateEnd + 1;
  } else {
    DATE_TIME_SEP.lastIndex = dateEnd;
    if (DATE_TIME_SEP.exec(text) && DATE_TIME_SEP.lastIndex < to) clockAt = DATE_TIME_SEP.lastIndex;
  }
  if (clockAt === -1) return null;
  const clock = readClock(text, clockAt, to, true);
  if (!clock) return null;
  let end = clock.end;
  const glued = end < to && isWordChar(text.charCodeAt(end));
  const z = readZoneAt(text, end, to, { glued, isoLike: true });
  if (glued && !z && !clock.meridiem) return null;
  if (z) end = z.end;
  return { at: clockAt, end, minutes: clock.minutes, zone: z ? z.zone : null, invalid: clock.invalid, subject: text.slice(clockAt, end), readable: clock.readable };
}

/** A clock, then its zone (glued, spaced or in parentheses), then perhaps its date (`on June 2`, `Sunday Oct 31st`). */
function fromClock(text: string, at: number, to: number, clock: ClockMatch, date: CivilDate | null, dated: boolean): TimeToken | null {
  let end = clock.end;
  const glued = end < to && isWordChar(text.charCodeAt(end));
  const z = readZoneAt(text, end, to, { glued, isoLike: dated || clock.seconds });
  // Letters glued to a clock must be a zone: `3:16abc` is not a time.
  if (glued && !z && !clock.meridiem) return null;
  if (z) end = z.end;
  const zone = z ? z.zone : null;
  const bare = !dated && !clock.meridiem && !clock.seconds && zone === null;
  if (clock.invalid) {
    const bad = invalid(text, at, end, text.slice(at, end), clock.invalid, bare);
    if (clock.readable !== undefined) {
      const after = date ? null : dateAfterClock(text, end, to);
      bad.reading = stamp(text, at, after ? after.end : end, after ? after.date : date, clock.readable, zone, false);
    }
    return bad;
  }
  let d = date;
  if (!d) {
    const after = dateAfterClock(text, end, to);
    if (after) {
      d = after.date;
      end = after.end;
    }
  }
  return stamp(text, at, end, d, clock.minutes, zone, bare && d === null);
}

/** `on June 2, 2024` after a time, or a date right after it (`03:30 AM PST Sunday Oct 31st`). */
function dateAfterClock(text: string, at: number, to: number): DateMatch | null {
  let from = -1;
  if (hasOnAhead(text, at)) {
    TIME_DATE_SEP.lastIndex = at;
    if (TIME_DATE_SEP.exec(text) && TIME_DATE_SEP.lastIndex < to) from = TIME_DATE_SEP.lastIndex;
  } else if (text.charCodeAt(at) === 32 && isUpper(text.charCodeAt(at + 1))) {
    from = at + 1;
  }
  if (from === -1) return null;
  const m = isDigit(text.charCodeAt(from)) ? readNumericDate(text, from, to) : readNamedDate(text, from, to);
  return m && !m.invalid ? m : null;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Cheap test for `[,] on ` after a time, before running TIME_DATE_SEP. */
function hasOnAhead(text: string, at: number): boolean {
  let i = at;
  if (text.charCodeAt(i) === 44) i++;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i > at && text.charCodeAt(i) === 111 && text.charCodeAt(i + 1) === 110;
}

function stamp(text: string, start: number, end: number, date: CivilDate | null, minutes: number | null, zone: Zone | null, bare: boolean): TimeStamp {
  return { kind: 'stamp', start, end, written: text.slice(start, end), date, minutes, zone, bare };
}

function invalid(text: string, start: number, end: number, subject: string, why: Unreadable, bare: boolean): InvalidTime {
  return { kind: 'invalid', start, end, written: text.slice(start, end), subject, why, bare };
}
