/**
 * The time half of the document model: timeline entries with their instants, the problems the
 * time reader found, and the incident's window. Readonly like the rest of the model.
 */
import type { Range } from 'vscode-languageserver-types';

export type Milestone = 'start' | 'detected' | 'mitigated' | 'resolved' | 'end';

export interface TimelineEntry {
  readonly line: number;
  /** The entry's line (or table row). */
  readonly range: Range;
  /** The entry's text without list marker or emphasis around the time. */
  readonly text: string;
  /** The timestamp as written, and where. */
  readonly written: string;
  readonly timeRange: Range;
  /** Epoch milliseconds (UTC) when the date and zone are known, else null. */
  readonly instant: number | null;
  /**
   * Minutes since midnight of day 0 in the entry's zone, counting day roll-overs. Always set, so
   * offsets can be computed even when no date or zone is known.
   */
  readonly localMinutes: number;
  /** The zone as written or inherited (`UTC`, `PST`, `+02:00`), or null when none is known. */
  readonly zone: string | null;
  /** The zone's offset from UTC in minutes at this instant, or null when unknown. */
  readonly utcOffsetMinutes: number | null;
  readonly zoneInherited: boolean;
  /** Minutes from the first entry in document order. */
  readonly offsetMinutes: number;
  /** Minutes from the incident start (see Incident.start); from the first entry when there is none. */
  readonly sinceStartMinutes: number;
  /** True for a date-only entry (`10/14/2022 - bug reported`): its time of day is unknown. */
  readonly dateOnly: boolean;
  readonly milestones: readonly Milestone[];
}

export type TimeProblemKind = TimeProblem['kind'];

/** Why something shaped like a timestamp cannot be one. The time-unparsed rule words it. */
export type Unreadable =
  | { what: 'meridiem'; meridiem: 'AM' | 'PM' }
  | { what: 'zero-pm' }
  | { what: 'hour' | 'minute' | 'second' | 'month' | 'year'; value: number }
  | { what: 'day'; value: number; month: number; year: number | null; max: number };

/**
 * Facts the time reader records about a timeline; each time rule turns them into its message.
 */
export type TimeProblem =
  /** Entry `written` is `minutes` earlier (or later, in a newest-first log) than `previous`. */
  | { kind: 'order'; range: Range; written: string; previous: string; minutes: number; order: 'forward' | 'newest-first' }
  | { kind: 'zone-missing'; range: Range }
  | { kind: 'zone-ambiguous'; range: Range; written: string; from: string; to: string }
  | { kind: 'unparsed'; range: Range; written: string; why: Unreadable }
  /** `lines` lines of the timeline carry times that gave no entry; `range` is on the first of them. */
  | { kind: 'unread'; range: Range; lines: number; entries: number };

export interface Timeline {
  /** The timeline section, or -1 when the document has none (entries may still come from an update log). */
  readonly section: number;
  readonly entries: readonly TimelineEntry[];
  readonly order: 'forward' | 'newest-first' | 'unknown';
  readonly problems: readonly TimeProblem[];
}

export interface Incident {
  /** Epoch milliseconds, or null when the document does not say. */
  readonly start: number | null;
  readonly end: number | null;
  readonly durationMinutes: number | null;
  readonly timeToDetectMinutes: number | null;
  readonly timeToMitigateMinutes: number | null;
  readonly timeToResolveMinutes: number | null;
  /** Where the window came from. */
  readonly source: 'stated' | 'milestones' | 'entries' | 'prose' | null;
  /** The stated duration, when the document writes one, and where. */
  readonly stated: { minutes: number; text: string; range: Range; line: number } | null;
  /**
   * A report of several incidents (one Duration per incident section) has one window per incident,
   * and then no single duration above. Empty for a single incident.
   */
  readonly parts: readonly IncidentPart[];
}

export interface IncidentPart {
  /** The section the incident is written under, and its lines. */
  readonly section: number;
  readonly start: number | null;
  readonly end: number | null;
  readonly durationMinutes: number | null;
  readonly stated: { minutes: number; text: string; range: Range; line: number } | null;
  /** Minutes from this incident's start to each of its entries. */
  readonly spans: readonly number[];
}
