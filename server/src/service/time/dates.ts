/**
 * Calendar dates in the forms postmortems use: `2018-01-29`, `June 2, 2024`, `February 13th, 2024`,
 * `Jan 29, 2018`, `28 Oct 2021`, `10/14/2022` (month first, as US writers mean it).
 */
import type { CivilDate } from './types';
import type { Unreadable } from '../model';

const MONTHS: Record<string, number> = {};
[
  ['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['may', 'may'],
  ['jun', 'june'], ['jul', 'july'], ['aug', 'august'], ['sep', 'september'], ['oct', 'october'],
  ['nov', 'november'], ['dec', 'december'],
].forEach(([short, long], i) => {
  MONTHS[short!] = i + 1;
  MONTHS[long!] = i + 1;
});
MONTHS['sept'] = 9;


/** `2024-06-02`, also with slashes. The time after it is read by the caller. */
const ISO = /(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d])/y;
/** `10/14/2022`, `7/6/23`, `07-29-2023`, `24-10-2024`: month first unless the numbers say otherwise. `11/03/202` is a typo to report. */
const US = /(\d{1,2})([/-])(\d{1,2})\2(\d{2,4})(?![\d/])/y;
/** `24.10.2024`: always day first, as the writers who use dots mean it. */
const DOTTED = /(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/y;
/** A five-digit year (`20202-01-16`) is a typo worth a warning, not something to skip. */
const LONG_YEAR = /(\d{5})-(\d{1,2})-(\d{1,2})(?!\d)/y;
const DAY_FIRST = /(\d{1,2})(?:st|nd|rd|th)?[ \t]{1,3}([A-Za-z]{3,9})\.?(?:,?[ \t]{1,3}(\d{4})(?!\d))?(?![A-Za-z])/y;
const WEEKDAY = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]{1,3}/y;
const MONTH_FIRST = /([A-Za-z]{3,9})\.?[ \t]{1,3}(\d{1,2})(?:(?:st|nd|rd|th)(?![A-Za-z])|(?![\d:A-Za-z]))(?:,?[ \t]{1,3}(\d{4})(?!\d))?/y;

export interface DateMatch {
  date: CivilDate;
  end: number;
  /** Why the date cannot exist, when it is shaped like one but is not. */
  invalid: Unreadable | null;
  /** For `03-04-2024`: the day-first reading, when the numbers allow both. */
  dayFirst?: CivilDate;
  /** Set when the numbers settle the order of a numeric date: `24-10-2024` is day first. */
  order?: 'dmy' | 'mdy';
}

function monthOf(word: string): number | null {
  // "may", "march" and friends are ordinary words in lower case.
  const c = word.charCodeAt(0);
  if (c < 65 || c > 90) return null;
  return MONTHS[word.toLowerCase()] ?? null;
}

export function daysInMonth(year: number | null, month: number): number {
  if (month === 2) {
    if (year === null) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Checks a date's parts and says what is wrong, or null when it exists. */
export function dateProblem(year: number | null, month: number, day: number): Unreadable | null {
  if (month < 1 || month > 12) return { what: 'month', value: month };
  if (year !== null && (year < 1900 || year > 2200)) return { what: 'year', value: year };
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) return { what: 'day', value: day, month, year, max };
  return null;
}

function match(year: number | null, month: number, day: number, end: number): DateMatch {
  return { date: { year, month, day }, end, invalid: dateProblem(year, month, day) };
}

/**
 * The registry of numeric date styles: each with its reader, the cheap check the time reader runs
 * before any regex (how many digits open the date and the character after them), and a line it
 * must read. Adding a style is one entry here; the reader's prefilter is built from these checks,
 * and a unit test reads every example.
 */
export interface DateStyle {
  name: string;
  example: string;
  trigger(digits: number, next: string): boolean;
  read(text: string, at: number, to: number): DateMatch | null;
}

function sticky(re: RegExp, text: string, at: number, to: number): RegExpExecArray | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m && re.lastIndex <= to ? m : null;
}

export const NUMERIC_DATE_STYLES: DateStyle[] = [
  {
    name: 'ISO', example: '2024-06-02 14:05', trigger: (n, c) => n === 4 && (c === '-' || c === '/'),
    read: (t, at, to) => { const m = sticky(ISO, t, at, to); return m ? match(Number(m[1]), Number(m[3]), Number(m[4]), ISO.lastIndex) : null; },
  },
  {
    name: 'month or day first', example: '07-29-2023 11:51 am', trigger: (n, c) => n <= 2 && (c === '/' || c === '-'),
    read: (t, at, to) => { const m = sticky(US, t, at, to); return m && (m[2] === '/' || m[4]!.length === 4) ? numericDate(m, US.lastIndex) : null; },
  },
  {
    name: 'dotted, day first', example: '24.10.2024 14:05', trigger: (n, c) => n <= 2 && c === '.',
    read: (t, at, to) => { const m = sticky(DOTTED, t, at, to); return m ? match(Number(m[3]), Number(m[2]), Number(m[1]), DOTTED.lastIndex) : null; },
  },
  {
    name: 'five-digit year (a typo to report)', example: '20202-01-16 12:00', trigger: (n, c) => n === 5 && c === '-',
    read: (t, at, to) => { const m = sticky(LONG_YEAR, t, at, to); return m ? match(Number(m[1]), Number(m[2]), Number(m[3]), LONG_YEAR.lastIndex) : null; },
  },
  {
    name: 'day and month name', example: '6th Nov 2023 10:00 UTC', trigger: (n, c) => n <= 2 && ' \tsnrt'.includes(c),
    read: (t, at, to) => {
      const m = sticky(DAY_FIRST, t, at, to);
      const month = m ? monthOf(m[2]!) : null;
      return m && month !== null ? match(m[3] ? Number(m[3]) : null, month, Number(m[1]), DAY_FIRST.lastIndex) : null;
    },
  },
];

/** TRIGGERS[digits][char]: whether any style may start with that many digits and that character. */
const TRIGGERS: Uint8Array[] = [];
for (let n = 0; n <= 5; n++) {
  TRIGGERS.push(new Uint8Array(128));
  for (let c = 0; c < 128; c++) TRIGGERS[n]![c] = NUMERIC_DATE_STYLES.some((st) => st.trigger(n, String.fromCharCode(c))) ? 1 : 0;
}

/** The time reader's prefilter: can `digits` digits followed by `next` start a date? */
export function mayStartDate(digits: number, next: number): boolean {
  return digits <= 5 && next < 128 && TRIGGERS[digits]![next] === 1;
}

/** A date starting at a digit (`at` is on a word boundary), in the first style that reads it. */
export function readNumericDate(text: string, at: number, to: number): DateMatch | null {
  let e = at;
  while (e < to && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
  const next = e < text.length ? text[e]! : '';
  for (const style of NUMERIC_DATE_STYLES) {
    if (!style.trigger(e - at, next)) continue;
    const d = style.read(text, at, to);
    if (d) return d;
  }
  return null;
}

/** `a/b/yy(yy)`: month first; day first when the first number cannot be a month; both when both fit. */
function numericDate(m: RegExpExecArray, end: number): DateMatch {
  let year = Number(m[4]);
  if (m[4]!.length === 2) year += 2000;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a > 12 && b <= 12) return { ...match(year, b, a, end), order: 'dmy' };
  const out = match(year, a, b, end);
  if (b > 12) out.order = 'mdy';
  if (a !== b && b <= 12 && !out.invalid) out.dayFirst = { year, month: b, day: a };
  return out;
}

/** A date starting at a capital letter: `June 2, 2024`, `Monday, Jan 29, 2018`. */
export function readNamedDate(text: string, at: number, to: number): DateMatch | null {
  let i = at;
  WEEKDAY.lastIndex = at;
  if (WEEKDAY.exec(text) && WEEKDAY.lastIndex <= to) i = WEEKDAY.lastIndex;
  MONTH_FIRST.lastIndex = i;
  const m = MONTH_FIRST.exec(text);
  if (!m || MONTH_FIRST.lastIndex > to) return null;
  const month = monthOf(m[1]!);
  if (month === null) return null;
  const day = Number(m[2]);
  // "May 300 users" is not a date; a day number has at most two digits and is not zero.
  if (day === 0) return null;
  return match(m[3] ? Number(m[3]) : null, month, day, MONTH_FIRST.lastIndex);
}

/** Days since 1970-01-01 for a date with a known year. */
export function dayNumber(d: CivilDate): number {
  return Math.floor(Date.UTC(d.year ?? 1970, d.month - 1, d.day) / 86_400_000);
}

export function addDays(d: CivilDate, days: number): CivilDate {
  if (days === 0) return d;
  const t = new Date(Date.UTC(d.year ?? 1970, d.month - 1, d.day + days));
  return { year: d.year === null ? null : t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function withYear(d: CivilDate, year: number | null): CivilDate {
  return d.year !== null || year === null ? d : { year, month: d.month, day: d.day };
}
