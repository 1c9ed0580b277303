/**
 * Plain data produced by the time reader. Positions are UTF-16 offsets into the string that was
 * read, so a caller adds the line and column where that string starts to build a range.
 */
import type { Unreadable } from '../model';

/** A calendar date; `year` is null when the text left it out ("June 2"). */
export interface CivilDate {
  year: number | null;
  month: number;
  day: number;
}

export interface Zone {
  /** Normalised as written: `UTC`, `PST`, `+02:00`, `Pacific Time`, `Europe/Berlin`. */
  name: string;
  /** Fixed offset from UTC in minutes, for abbreviations and numeric offsets. */
  fixed: number | null;
  /** The IANA zone, for names that follow daylight saving ("Pacific Time"). */
  iana: string | null;
}

/** A date, a time of day, or both, read from text. */
export interface TimeStamp {
  kind: 'stamp';
  start: number;
  end: number;
  written: string;
  date: CivilDate | null;
  /** Minutes since midnight (seconds as a fraction), or null for a date alone. */
  minutes: number | null;
  zone: Zone | null;
  /** True when only `H:MM` digits say this is a time: no date, AM/PM, zone or seconds. */
  bare: boolean;
  /** For a numeric date that reads both ways (`03-04-2024`): the day-first reading. */
  dayFirst?: CivilDate;
  /** Set when the numbers settle the order of a numeric date: `24-10-2024` is day first. */
  order?: 'dmy' | 'mdy';
}

/** Something shaped like a timestamp that is not a real one (`13:55 PM`, `25:10`, `2020-13-01`). */
export interface InvalidTime {
  kind: 'invalid';
  start: number;
  end: number;
  written: string;
  /** What the reason is about (the clock of a dated stamp, with its zone), and why it cannot be read. */
  subject: string;
  why: Unreadable;
  bare: boolean;
  /**
   * What it most likely means, when that is clear: `13:06 PM` is 13:06, and `20202-01-16 12:00`
   * still has its time. The reader returns this stamp right after the invalid token.
   */
  reading?: TimeStamp;
}

export type TimeToken = TimeStamp | InvalidTime;

/** A stamp with its gaps filled from context; `instant` is epoch ms when date and zone are known. */
export interface ResolvedTime {
  token: TimeStamp;
  date: CivilDate | null;
  minutes: number;
  zone: Zone | null;
  instant: number | null;
}

export interface TimeRange {
  start: ResolvedTime;
  end: ResolvedTime;
  /** Length in minutes; from instants when both are known, else from the clocks and dates. */
  minutes: number;
  /** Span of the whole range in the text. */
  textStart: number;
  textEnd: number;
}

/** Defaults for what a time leaves out: the date of the summary, a zone header. */
export interface TimeContext {
  date?: CivilDate | null;
  zone?: Zone | null;
}

export interface DurationToken {
  minutes: number;
  start: number;
  end: number;
  written: string;
}
