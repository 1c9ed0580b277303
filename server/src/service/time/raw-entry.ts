import type { Milestone, Range } from '../model';
import type { CivilDate, Zone } from './types';

/** A timeline entry as read from its line, before days, instants and offsets are worked out. */
export interface RawEntry {
  line: number;
  lineLength: number;
  text: string;
  written: string;
  /** Columns of the time on its line. */
  timeStart: number;
  timeEnd: number;
  /** Minutes since midnight on the clock as written. */
  minutes: number;
  /** The entry's date: written on it, or from the day heading above it. */
  date: CivilDate | null;
  /** True when `date` is new here (written on the entry, or the first entry under a day heading). */
  freshDate: boolean;
  zone: Zone | null;
  zoneInherited: boolean;
  milestones: Milestone[];
  indent: number;
  /** True when a date written in the timeline applies (own, column, date line or heading): its day is known, not guessed. */
  dateKnown: boolean;
  /** The time was read from an impossible one (`13:06 PM`): its place is a guess, so it is never called out of order. */
  timeGuessed: boolean;
  /** An entry written as a heading; the paragraph under it adds its text and milestones. */
  heading?: true;
  headingText?: string;
  /** A date-only line read as an entry because the timeline has no times at all. */
  dateOnly: boolean;
}

/** What the document says around the timeline: its date and zone, for entries that leave them out. */
export interface TimelineContext {
  date: CivilDate | null;
  zone: Zone | null;
  /** Minutes since midnight of a stated start, to tell whether the first entry is already past midnight. */
  startMinutes: number | null;
  /** A year for dates written without one, when the document has no date of its own. */
  year: number | null;
}

/** The range of columns `start`-`end` on `line`, where a problem is reported. */
export function span(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
