/**
 * Times of day: `14:05`, `14:05:33`, `10:00 PM`, `2 AM`, `10:00p.m.`. Also recognises clocks that
 * cannot exist (`13:55 PM`, `25:10`, `14:75`) so the time-unparsed rule can say why.
 */
import type { Unreadable } from '../model';

/** Hour, then `:MM`, `:SS` and a fraction, then AM/PM; each part optional after the hour. */
const CLOCK = /(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?(?:[ \t]{0,2}([AaPp])\.?[Mm]\.?(?![A-Za-z]))?/y;
/** `15h50`, as some status pages write it; only read right after a date, where it cannot be a length. */
const H_CLOCK = /(\d{1,2})h(\d{2})(?![\dA-Za-z])/y;

export interface ClockMatch {
  /** Minutes since midnight, seconds as a fraction; NaN when invalid. */
  minutes: number;
  end: number;
  meridiem: boolean;
  seconds: boolean;
  invalid: Unreadable | null;
  /** For an invalid clock whose meaning is still plain (`13:06 PM`): its minutes. */
  readable?: number;
}

/** Reads a clock at `at`, which the caller has checked is a digit on a word boundary. */
export function readClock(text: string, at: number, to: number, afterDate = false): ClockMatch | null {
  const hForm = afterDate && (text.charCodeAt(at + 1) === 104 || text.charCodeAt(at + 2) === 104);
  let re = hForm ? H_CLOCK : CLOCK;
  re.lastIndex = at;
  let m = re.exec(text);
  if (!m && re === H_CLOCK) {
    re = CLOCK;
    re.lastIndex = at;
    m = re.exec(text);
  }
  if (!m || re.lastIndex > to) return null;
  const hasMinutes = m[2] !== undefined;
  const mer = m[4];
  // A bare number is only a time with AM/PM after it ("2 AM").
  if (!hasMinutes && mer === undefined) return null;
  const end = re.lastIndex;
  const next = text.charCodeAt(end);
  // `3:16:22:01`, `10:30.5` and `14:007` are not clocks.
  if (isDigit(next) || ((next === 58 || next === 46) && isDigit(text.charCodeAt(end + 1)) && !m[3])) return null;
  const hour = Number(m[1]);
  const minute = hasMinutes ? Number(m[2]) : 0;
  const second = m[3] !== undefined ? Number(m[3]) : 0;
  const meridiem = mer !== undefined;
  const seconds = m[3] !== undefined;
  const invalid = clockProblem(hour, minute, second, mer);
  if (invalid) {
    const out: ClockMatch = { minutes: NaN, end, meridiem, seconds, invalid };
    // `13:06 PM` can only mean 13:06: the writer typed a 24-hour clock and added PM out of habit.
    if (meridiem && hour > 12 && hour < 24 && minute < 60 && second <= 60) out.readable = hour * 60 + minute + second / 60;
    return out;
  }
  let h = hour;
  if (meridiem) h = (hour % 12) + (mer === 'p' || mer === 'P' ? 12 : 0);
  return { minutes: h * 60 + minute + second / 60, end, meridiem, seconds, invalid: null };
}

function clockProblem(hour: number, minute: number, second: number, mer: string | undefined): Unreadable | null {
  if (minute > 59) return { what: 'minute', value: minute };
  if (second > 60) return { what: 'second', value: second };
  if (mer !== undefined) {
    const meridiem = mer === 'p' || mer === 'P' ? 'PM' : 'AM';
    if (hour > 12) return { what: 'meridiem', meridiem };
    // `00:30 AM` is sloppy but clear; `00:30 PM` is not.
    if (hour === 0 && meridiem === 'PM') return { what: 'zero-pm' };
    return null;
  }
  if (hour > 24 || (hour === 24 && (minute > 0 || second > 0))) return { what: 'hour', value: hour };
  return null;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
