/**
 * Durations: `45 minutes`, `2h 30m`, `1 hour and 5 minutes`, `2.5 hours`, `PT28H1M`, and
 * formatting minutes back as `2h 30m`.
 */
import type { DurationToken } from './types';

/** ISO 8601: `PT28H1M`, `P1DT2H`. Each part is optional but at least one must be present. */
const ISO = /P(?:(\d{1,4})D)?(?:T(?:(\d{1,5})H)?(?:(\d{1,6})M)?(?:(\d{1,7})S)?)?(?![A-Za-z\d])/y;
/** One `number unit` part. Units are checked against UNITS after the match. */
const PART = /(?:(\d{1,6}(?:\.\d{1,4})?)[ \t]{0,2}|(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half an?)[ \t]{1,2})([A-Za-z]{1,7})(?![A-Za-z])/iy;
/** What may join two parts: `2h 30m`, `1 hour and 5 minutes`, `1 day, 4 hours`. */
const JOIN = /,?[ \t]{0,3}(?:and[ \t]{1,3})?/y;

const UNITS: Record<string, number> = {
  d: 1440, day: 1440, days: 1440,
  h: 60, hr: 60, hrs: 60, hour: 60, hours: 60,
  m: 1, min: 1, mins: 1, minute: 1, minutes: 1,
  s: 1 / 60, sec: 1 / 60, secs: 1 / 60, second: 1 / 60, seconds: 1 / 60,
};

const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, 'half a': 0.5, 'half an': 0.5,
};

/** The first duration in `text`, or null. */
export function readDuration(text: string, from = 0, to = text.length): DurationToken | null {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (i > from && isAlnum(text.charCodeAt(i - 1))) continue;
    const d = c === 80 ? readIso(text, i, to) : readParts(text, i, to);
    if (d) return d;
  }
  return null;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function readIso(text: string, at: number, to: number): DurationToken | null {
  ISO.lastIndex = at;
  const m = ISO.exec(text);
  if (!m || ISO.lastIndex > to || (!m[1] && !m[2] && !m[3] && !m[4])) return null;
  const minutes = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) + Number(m[4] ?? 0) / 60;
  return { minutes, start: at, end: ISO.lastIndex, written: m[0] };
}

/** One or more `number unit` parts; each unit may appear once and only in falling size. */
function readParts(text: string, at: number, to: number): DurationToken | null {
  let total = 0;
  let end = -1;
  let last = Infinity;
  let i = at;
  for (;;) {
    PART.lastIndex = i;
    const m = PART.exec(text);
    if (!m || PART.lastIndex > to) break;
    const unitWord = m[3]!;
    const unit = UNITS[unitWord.toLowerCase()];
    if (unit === undefined || unit >= last) break;
    // "an hour" reads as one, but a lone `m` or `h` needs digits: "a m" is not a duration.
    if (m[2] !== undefined && unitWord.length < 3) break;
    const value = m[1] !== undefined ? Number(m[1]) : WORDS[m[2]!.toLowerCase().replace(/[ \t]+/, ' ')];
    if (value === undefined || !Number.isFinite(value)) break;
    total += value * unit;
    last = unit;
    end = PART.lastIndex;
    JOIN.lastIndex = end;
    if (!JOIN.exec(text) || JOIN.lastIndex >= to) break;
    i = JOIN.lastIndex;
  }
  if (end === -1) return null;
  return { minutes: total, start: at, end, written: text.slice(at, end) };
}

/**
 * Minutes as a short duration: `45m`, `2h 30m`, `12h 45m`, `1d 4h 1m`. Rounds to whole minutes;
 * a negative duration gets a leading minus.
 */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes)) return '';
  const sign = minutes < 0 ? '-' : '';
  let m = Math.round(Math.abs(minutes));
  if (m === 0) return '0m';
  const d = Math.floor(m / 1440);
  m -= d * 1440;
  const h = Math.floor(m / 60);
  m -= h * 60;
  const parts: string[] = [];
  if (d) parts.push(`${d}d`);
  if (h) parts.push(`${h}h`);
  if (m) parts.push(`${m}m`);
  return sign + parts.join(' ');
}
