import type { Milestone, TimeProblem } from '../model';
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
}

/** What the document says around the timeline: its date and zone, for entries that leave them out. */
export interface TimelineContext {
  date: CivilDate | null;
  zone: Zone | null;
  /** Minutes since midnight of a stated start, to tell whether the first entry is already past midnight. */
  startMinutes: number | null;
}

export function problem(kind: TimeProblem['kind'], message: string, line: number, start: number, end: number): TimeProblem {
  return { kind, message, range: { start: { line, character: start }, end: { line, character: end } } };
}
