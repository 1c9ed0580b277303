/**
 * Turns raw entries into timeline entries: decides whether the log runs forward or newest first,
 * rolls the day over at midnight, flags entries out of order, and works out instants and offsets.
 *
 * Midnight: in a forward log, a clock that goes back by more than six hours is read as the next
 * day (17:15 then 02:30; 11:15 PM then 12:00 AM). A smaller step back is an entry out of order.
 * A newest-first log mirrors this.
 */
import type { Draft, Timeline, TimelineEntry, TimeProblem } from '../model';
import type { CivilDate } from './types';
import type { RawEntry, TimelineContext } from './raw-entry';
import { span } from './raw-entry';
import { addDays, dayNumber, withYear } from './dates';
import { offsetOf, toInstant } from './resolve';
import { zoneOffsetAt } from './zones';

const ROLL = 6 * 60;
/**
 * Without written dates, a step back of up to an hour is an error: the next day would put the
 * entries about a day apart. A longer step back may be a night the writer did not date, so it is
 * not reported.
 */
const SURE_STEP = 60;
/** A written date more than this many days before the previous one is the new year (`Dec 31`, `Jan 1`). */
const YEAR_WRAP = 300;

export function resolveEntries(raw: RawEntry[], ctx: TimelineContext, updateLog: boolean, problems: TimeProblem[]): { entries: Draft<TimelineEntry>[]; order: Timeline['order'] } {
  if (raw.length === 0) return { entries: [], order: 'unknown' };
  const base = baseDate(raw, ctx);
  fillYears(raw, base);
  const approx = raw.map((r) => approxOffset(r, base));
  const dir = direction(raw, approx, updateLog);
  const days = assignDays(raw, approx, base, dir, problems);
  const entries: Draft<TimelineEntry>[] = new Array(raw.length);
  let firstInstant: number | null = null;
  let firstUtc = 0;
  // Entries share days, so each day's date is worked out once.
  let day = NaN;
  let date: CivilDate | null = null;
  let dayMs: number | null = null;
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k]!;
    if (days[k] !== day) {
      day = days[k]!;
      date = base ? addDays(base, day) : null;
      dayMs = date && date.year !== null ? Date.UTC(date.year, date.month - 1, date.day) : null;
    }
    // Fixed offsets need no zone lookup; named zones go through Intl.
    const instant = dayMs !== null && r.zone && r.zone.fixed !== null
      ? dayMs + Math.round(r.minutes * 60_000) - r.zone.fixed * 60_000
      : toInstant(date, r.minutes, r.zone);
    const utcOffset = offsetOf(r.zone, instant);
    const localMinutes = days[k]! * 1440 + r.minutes;
    const utcish = localMinutes - (utcOffset ?? approx[k]!);
    if (k === 0) {
      firstInstant = instant;
      firstUtc = utcish;
    }
    const offsetMinutes = instant !== null && firstInstant !== null ? (instant - firstInstant) / 60_000 : utcish - firstUtc;
    entries[k] = {
      line: r.line,
      range: { start: { line: r.line, character: 0 }, end: { line: r.line, character: r.lineLength } },
      text: r.text,
      written: r.written,
      timeRange: { start: { line: r.line, character: r.timeStart }, end: { line: r.line, character: r.timeEnd } },
      instant,
      localMinutes,
      zone: r.zone ? r.zone.name : null,
      utcOffsetMinutes: utcOffset,
      zoneInherited: r.zoneInherited,
      offsetMinutes,
      sinceStartMinutes: offsetMinutes,
      dateOnly: r.dateOnly,
      milestones: r.milestones,
    };
  }
  return { entries, order: raw.length < 2 ? 'unknown' : dir > 0 ? 'forward' : 'newest-first' };
}

/** Day 0: the first entry's date, else the summary's; a first entry long before a stated start is past midnight. */
function baseDate(raw: RawEntry[], ctx: TimelineContext): CivilDate | null {
  const first = raw[0]!;
  if (first.date) return withYear(first.date, ctx.date?.year ?? ctx.year);
  if (ctx.date) {
    if (ctx.startMinutes !== null && first.minutes < ctx.startMinutes - ROLL) return addDays(ctx.date, 1);
    return ctx.date;
  }
  const later = raw.find((r) => r.date !== null);
  return later?.date ? withYear(later.date, ctx.year) : null;
}

function fillYears(raw: RawEntry[], base: CivilDate | null): void {
  const year = base?.year ?? null;
  if (year === null) return;
  for (const r of raw) if (r.date && r.date.year === null) r.date = withYear(r.date, year);
}

/** The zone offset used to compare clocks in different zones before the day is known. */
function approxOffset(r: RawEntry, base: CivilDate | null): number {
  if (!r.zone) return 0;
  if (r.zone.fixed !== null) return r.zone.fixed;
  const d = r.date ?? base;
  const noon = d && d.year !== null ? Date.UTC(d.year, d.month - 1, d.day, 12) : Date.UTC(2024, 0, 15, 12);
  return zoneOffsetAt(r.zone, noon) ?? 0;
}

/** +1 for a forward log, -1 for newest first: the majority of small or dated steps decides. */
function direction(raw: RawEntry[], approx: number[], updateLog: boolean): 1 | -1 {
  let forward = 0;
  let backward = 0;
  for (let k = 1; k < raw.length; k++) {
    const a = raw[k - 1]!;
    const b = raw[k]!;
    const dated = a.freshDate && b.freshDate && a.date && b.date;
    let diff = b.minutes - approx[k]! - (a.minutes - approx[k - 1]!);
    if (dated) diff += (dayNumber(b.date!) - dayNumber(a.date!)) * 1440;
    else if (Math.abs(diff) >= ROLL) continue;
    if (diff > 0) forward++;
    else if (diff < 0) backward++;
  }
  const needed = updateLog ? 1 : 2;
  return backward > forward && backward >= needed ? -1 : 1;
}

function assignDays(raw: RawEntry[], approx: number[], base: CivilDate | null, dir: 1 | -1, problems: TimeProblem[]): number[] {
  const days = new Array<number>(raw.length);
  // Dates without a year are compared on a nominal year, so a date column without years still orders.
  const baseDay = base ? dayNumber(base) : null;
  // True while the current day comes from our own midnight guess rather than a written date.
  let guessed = false;
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k]!;
    const dated = r.freshDate && r.date !== null && baseDay !== null && (r.date.year === null) === (base!.year === null);
    if (dated) days[k] = dayNumber(r.date!) - baseDay!;
    else days[k] = k === 0 ? 0 : days[k - 1]!;
    if (k === 0) continue;
    if (dated && days[k]! < days[k - 1]! - YEAR_WRAP) days[k]! += 365;
    const prev = raw[k - 1]!;
    const before = days[k - 1]! * 1440 + prev.minutes - approx[k - 1]!;
    let now = days[k]! * 1440 + r.minutes - approx[k]!;
    if (!r.freshDate) {
      const rolled = (dir > 0 && now < before - ROLL) || (dir < 0 && now > before + ROLL);
      if (rolled) {
        days[k]! += dir;
        guessed = true;
      }
      now = days[k]! * 1440 + r.minutes - approx[k]!;
    }
    // A written date that contradicts a roll-over we guessed means the guess was wrong, not the writer.
    const contradictsGuess = dated && guessed;
    if (dated) guessed = false;
    const back = dir > 0 ? before - now : now - before;
    if (back > 0 && !contradictsGuess && sureOfDays(prev, r, back)) {
      problems.push({ kind: 'order', range: span(r.line, r.timeStart, r.timeEnd), written: r.written, previous: prev.written, minutes: back, order: dir > 0 ? 'forward' : 'newest-first' });
    }
  }
  return days;
}

/** Whether a step back of `back` minutes is surely an error rather than a date the writer left out. */
function sureOfDays(a: RawEntry, b: RawEntry, back: number): boolean {
  if (a.timeGuessed || b.timeGuessed) return false;
  if (a.dateKnown && b.dateKnown) return true;
  return !a.dateKnown && !b.dateKnown && back <= SURE_STEP;
}
