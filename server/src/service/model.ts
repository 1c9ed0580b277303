/**
 * The document model: everything the rules and editor features know about a postmortem.
 *
 * It is plain data, built once per document version by `parse/` and `time/`, and then only
 * read. Positions are LSP positions: 0-based lines, UTF-16 code-unit columns.
 */
import type { Range } from 'vscode-languageserver-types';

export type { Position, Range } from 'vscode-languageserver-types';

export type * from './timeline-model';
import type { Incident, Timeline } from './timeline-model';

/**
 * The model while the parser builds it: the same shape without `readonly`, arrays mutable. Only the
 * parse and time stages use it; everything after them sees the readonly model.
 */
export type Draft<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] };

/** A line while the block stages classify it. */
export type LineDraft = Draft<LineInfo>;

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
  readonly kind: LineKind;
  /** Offset of the line's first character in the text. */
  readonly start: number;
  /** The line without its line break. */
  readonly text: string;
  /** Columns of leading white space (tabs count as 4). */
  readonly indent: number;
  /** For list items: the column where the item's text starts, after the marker. */
  readonly contentColumn?: number;
  /** For list items: `true`/`false` for `[x]`/`[ ]` task items. */
  readonly checked?: boolean;
}

export type HeadingStyle = 'atx' | 'setext' | 'wiki' | 'bold' | 'label';

export interface Heading {
  readonly line: number;
  readonly style: HeadingStyle;
  /**
   * 1-6 for ATX, setext and wiki headings. Bold and `Label:` headings sit one deeper than the
   * heading they are under (so they can reach 7).
   */
  readonly level: number;
  /** The heading's text without markers, bold stars or trailing colon. */
  readonly text: string;
  /** The whole heading (both lines of a setext heading). */
  readonly range: Range;
  /** Just the text. */
  readonly textRange: Range;
}

export interface Section {
  /** Index in `PostmortemDocument.sections`. */
  readonly index: number;
  /** Every schema section id the heading names, in the order they appear ("Root Cause and Resolution" names two). */
  readonly ids: readonly string[];
  readonly heading: Heading;
  /** Index of the enclosing section, or -1 at the top. */
  readonly parent: number;
  readonly depth: number;
  /**
   * True when an enclosing section already covers every id this one names, as `**Root Cause:**`
   * under "Root Cause and Resolution" does. Such a section is part of its parent, not a duplicate.
   */
  readonly subsection: boolean;
  /** First line after the heading. */
  readonly bodyStart: number;
  /** Last line of the section, subsections included. */
  readonly end: number;
  /** From the heading to the end of the section. */
  readonly range: Range;
}

export type FieldStyle = 'bold' | 'plain' | 'list' | 'table' | 'front-matter';

export interface Field {
  /** The label as written, e.g. `Root Cause`. */
  readonly key: string;
  /** The schema field id it matches, or null for a label the schema does not know. */
  readonly id: string | null;
  readonly value: string;
  readonly line: number;
  readonly style: FieldStyle;
  readonly keyRange: Range;
  /** May be empty (start = end) when the label has no value yet. */
  readonly valueRange: Range;
  /** The innermost section the field sits in, or -1 (front matter, or before any heading). */
  readonly section: number;
}

export interface FrontMatterEntry {
  readonly key: string;
  readonly value: unknown;
  readonly keyRange: Range;
  readonly valueRange: Range;
}

export interface FrontMatter {
  /** From the opening `---` to the closing one. */
  readonly range: Range;
  /** The parsed YAML, or undefined when it does not parse. */
  readonly data: unknown;
  readonly entries: readonly FrontMatterEntry[];
  /** YAML syntax errors, each at its own position. */
  readonly errors: readonly { message: string; range: Range }[];
  /** True when the closing `---` never came. */
  readonly unterminated: boolean;
}

/** How an action item names its owner (see `ActionItem.owner`). */
export type OwnerSource = 'mention' | 'label' | 'column' | 'bracket' | 'doer' | 'aside' | 'team';

export interface ActionItem {
  readonly line: number;
  /** The item's own line(s), sub-bullets included. */
  readonly range: Range;
  /** The item's text without list marker or checkbox. */
  readonly text: string;
  /**
   * Who owns the item, and how the text says so: written where an owner goes (`@handle`, `owner:`,
   * an owner column, a trailing `[name]`), or read from its words (a doer opening it, a name in an
   * aside, a team it names). A read owner silences action-owner; a report names only written ones
   * and clear names.
   */
  readonly owner: { name: string; range: Range; via: OwnerSource } | null;
  readonly ticket: { id: string; range: Range } | null;
  /** Ticked, or said to be done (a tick mark, past tense, under a "Completed" heading); null when unknown. */
  readonly done: boolean | null;
  /** Where an owner would go: a table's owner cell, or the end of the item's first line; null in a table without one. */
  readonly ownerSlot: Range | null;
  /** An owner was written as a placeholder (`owner: TODO`); the placeholder rule reports that. */
  readonly ownerPlaceholder: boolean;
  readonly section: number;
}

/** `n/a` is an answer that is neither yes nor no ("N/A", "partly"); null is no answer at all. */
export type ScorecardAnswer = 'yes' | 'no' | 'n/a' | null;

export interface ScorecardQuestion {
  readonly line: number;
  readonly text: string;
  readonly answer: ScorecardAnswer;
  readonly range: Range;
}

export interface Scorecard {
  readonly section: number;
  readonly range: Range;
  readonly questions: readonly ScorecardQuestion[];
  /** The "Total score" row, when there is one; `stated` is null when it holds no number. */
  readonly total: { line: number; stated: number | null; range: Range } | null;
}

export type MarkerKind =
  | 'conflict-start'
  | 'conflict-separator'
  | 'conflict-end'
  | 'replacement-character'
  | 'mojibake'
  | 'placeholder';

export interface Marker {
  readonly kind: MarkerKind;
  readonly text: string;
  readonly range: Range;
  /** For mojibake: the text it was meant to be. */
  readonly fixed?: string;
}

export interface SuppressionCode {
  readonly code: string;
  readonly range: Range;
}

export interface Suppression {
  readonly kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty means every rule. */
  readonly codes: readonly SuppressionCode[];
  readonly line: number;
  readonly range: Range;
}

export interface PostmortemDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly lines: readonly LineInfo[];
  readonly frontMatter: FrontMatter | null;
  readonly headings: readonly Heading[];
  /** In document order. */
  readonly sections: readonly Section[];
  readonly fields: readonly Field[];
  readonly actionItems: readonly ActionItem[];
  readonly scorecards: readonly Scorecard[];
  readonly markers: readonly Marker[];
  readonly suppressions: readonly Suppression[];
  readonly timeline: Timeline;
  readonly incident: Incident;
}
