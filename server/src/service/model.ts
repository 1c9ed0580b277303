/**
 * The document model: everything the rules and editor features know about a postmortem.
 *
 * It is plain data, built once per document version by `parse/` and `time/`, and then only
 * read. Positions are LSP positions: 0-based lines, UTF-16 code-unit columns.
 */
import type { Range } from 'vscode-languageserver-types';

export type { Position, Range } from 'vscode-languageserver-types';

/** What a line is, as far as block structure goes. One entry per line of the document. */
export type LineKind =
  | 'blank'
  | 'front-matter' // inside the YAML front matter, including its `---` fences
  | 'fence' // a ``` or ~~~ line opening or closing a code block
  | 'code' // inside a code block: fenced, or indented by four spaces
  | 'comment' // inside an HTML comment that stands on its own lines
  | 'html' // inside any other HTML block (`<details>`, `<div>`, a line that is one tag)
  | 'link-definition' // a link reference definition, `[label]: url "title"`
  | 'conflict' // a merge-conflict marker line (`<<<<<<<`, `=======`, `>>>>>>>`)
  | 'heading' // a line that starts a section (any style)
  | 'setext-underline' // the `===` / `---` under a setext heading
  | 'rule' // a thematic break (`---`, `***`) that is not a setext underline
  | 'list-item'
  | 'table-row'
  | 'table-delimiter' // `| --- | :-: |`
  | 'text';

export interface LineInfo {
  kind: LineKind;
  /** Offset of the line's first character in the text. */
  start: number;
  /** The line without its line break. */
  text: string;
  /** Columns of leading white space (tabs count as 4). */
  indent: number;
  /** For list items: the column where the item's text starts, after the marker. */
  contentColumn?: number;
  /** For list items: `true`/`false` for `[x]`/`[ ]` task items. */
  checked?: boolean;
}

export type HeadingStyle = 'atx' | 'setext' | 'wiki' | 'bold' | 'label';

export interface Heading {
  line: number;
  style: HeadingStyle;
  /**
   * 1-6 for ATX, setext and wiki headings. Bold and `Label:` headings sit one deeper than the
   * heading they are under (so they can reach 7).
   */
  level: number;
  /** The heading's text without markers, bold stars or trailing colon. */
  text: string;
  /** The whole heading (both lines of a setext heading). */
  range: Range;
  /** Just the text. */
  textRange: Range;
}

export interface Section {
  /** Index in `PostmortemDocument.sections`. */
  index: number;
  /** Every schema section id the heading names, in the order they appear ("Root Cause and Resolution" names two). */
  ids: string[];
  heading: Heading;
  /** Index of the enclosing section, or -1 at the top. */
  parent: number;
  depth: number;
  /**
   * True when an enclosing section already covers every id this one names, as `**Root Cause:**`
   * under "Root Cause and Resolution" does. Such a section is part of its parent, not a duplicate.
   */
  subsection: boolean;
  /** First line after the heading. */
  bodyStart: number;
  /** Last line of the section, subsections included. */
  end: number;
  /** From the heading to the end of the section. */
  range: Range;
}

export type FieldStyle = 'bold' | 'plain' | 'list' | 'table' | 'front-matter';

export interface Field {
  /** The label as written, e.g. `Root Cause`. */
  key: string;
  /** The schema field id it matches, or null for a label the schema does not know. */
  id: string | null;
  value: string;
  line: number;
  style: FieldStyle;
  keyRange: Range;
  /** May be empty (start = end) when the label has no value yet. */
  valueRange: Range;
  /** The innermost section the field sits in, or -1 (front matter, or before any heading). */
  section: number;
}

export interface FrontMatterEntry {
  key: string;
  value: unknown;
  keyRange: Range;
  valueRange: Range;
}

export interface FrontMatter {
  /** From the opening `---` to the closing one. */
  range: Range;
  /** The parsed YAML, or undefined when it does not parse. */
  data: unknown;
  entries: FrontMatterEntry[];
  /** YAML syntax errors, each at its own position. */
  errors: { message: string; range: Range }[];
  /** True when the closing `---` never came. */
  unterminated: boolean;
}

export interface ActionItem {
  line: number;
  /** The item's own line(s), sub-bullets included. */
  range: Range;
  /** The item's text without list marker or checkbox. */
  text: string;
  owner: { name: string; range: Range } | null;
  ticket: { id: string; range: Range } | null;
  /** Ticked, or said to be done (a tick mark, past tense, under a "Completed" heading); null when unknown. */
  done: boolean | null;
  /** Where an owner would go: a table's owner cell, or the end of the item's first line; null in a table without one. */
  ownerSlot: Range | null;
  /** An owner was written as a placeholder (`owner: TODO`); the placeholder rule reports that. */
  ownerPlaceholder: boolean;
  section: number;
}

/** `n/a` is an answer that is neither yes nor no ("N/A", "partly"); null is no answer at all. */
export type ScorecardAnswer = 'yes' | 'no' | 'n/a' | null;

export interface ScorecardQuestion {
  line: number;
  text: string;
  answer: ScorecardAnswer;
  range: Range;
}

export interface Scorecard {
  section: number;
  range: Range;
  questions: ScorecardQuestion[];
  /** The "Total score" row, when there is one; `stated` is null when it holds no number. */
  total: { line: number; stated: number | null; range: Range } | null;
}

export type MarkerKind =
  | 'conflict-start'
  | 'conflict-separator'
  | 'conflict-end'
  | 'replacement-character'
  | 'mojibake'
  | 'placeholder';

export interface Marker {
  kind: MarkerKind;
  text: string;
  range: Range;
  /** For mojibake: the text it was meant to be. */
  fixed?: string;
}

export interface SuppressionCode {
  code: string;
  range: Range;
}

export interface Suppression {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty means every rule. */
  codes: SuppressionCode[];
  line: number;
  range: Range;
}

export type Milestone = 'start' | 'detected' | 'mitigated' | 'resolved' | 'end';

export interface TimelineEntry {
  line: number;
  /** The entry's line (or table row). */
  range: Range;
  /** The entry's text without list marker or emphasis around the time. */
  text: string;
  /** The timestamp as written, and where. */
  written: string;
  timeRange: Range;
  /** Epoch milliseconds (UTC) when the date and zone are known, else null. */
  instant: number | null;
  /**
   * Minutes since midnight of day 0 in the entry's zone, counting day roll-overs. Always set, so
   * offsets can be computed even when no date or zone is known.
   */
  localMinutes: number;
  /** The zone as written or inherited (`UTC`, `PST`, `+02:00`), or null when none is known. */
  zone: string | null;
  /** The zone's offset from UTC in minutes at this instant, or null when unknown. */
  utcOffsetMinutes: number | null;
  zoneInherited: boolean;
  /** Minutes from the first entry in document order. */
  offsetMinutes: number;
  /** Minutes from the incident start (see Incident.start); from the first entry when there is none. */
  sinceStartMinutes: number;
  /** True for a date-only entry (`10/14/2022 - bug reported`): its time of day is unknown. */
  dateOnly: boolean;
  milestones: Milestone[];
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
  section: number;
  entries: TimelineEntry[];
  order: 'forward' | 'newest-first' | 'unknown';
  problems: TimeProblem[];
}

export interface Incident {
  /** Epoch milliseconds, or null when the document does not say. */
  start: number | null;
  end: number | null;
  durationMinutes: number | null;
  timeToDetectMinutes: number | null;
  timeToMitigateMinutes: number | null;
  timeToResolveMinutes: number | null;
  /** Where the window came from. */
  source: 'stated' | 'milestones' | 'entries' | 'prose' | null;
  /** The stated duration, when the document writes one, and where. */
  stated: { minutes: number; text: string; range: Range; line: number } | null;
  /**
   * A report of several incidents (one Duration per incident section) has one window per incident,
   * and then no single duration above. Empty for a single incident.
   */
  parts: IncidentPart[];
}

export interface IncidentPart {
  /** The section the incident is written under, and its lines. */
  section: number;
  start: number | null;
  end: number | null;
  durationMinutes: number | null;
  stated: { minutes: number; text: string; range: Range; line: number } | null;
  /** Minutes from this incident's start to each of its entries. */
  spans: number[];
}

export interface PostmortemDocument {
  uri: string;
  version: number;
  text: string;
  lines: LineInfo[];
  frontMatter: FrontMatter | null;
  headings: Heading[];
  /** In document order. */
  sections: Section[];
  fields: Field[];
  actionItems: ActionItem[];
  scorecards: Scorecard[];
  markers: Marker[];
  suppressions: Suppression[];
  timeline: Timeline;
  incident: Incident;
}
