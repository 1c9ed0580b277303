/**
 * The archive report's plain data: one small fact record per postmortem, and the report built
 * from all of them. Records cross worker threads, so they hold only JSON values, never text.
 */

/** The four lengths the report gives distributions of, in minutes. */
export const METRICS = ['duration', 'ttd', 'ttm', 'ttr'] as const;
export type Metric = (typeof METRICS)[number];

export interface OpenAction {
  line: number;
  /** The item's first line, shortened. */
  text: string;
  owner: string | null;
  ticket: string | null;
  /** YYYY-MM-DD when the item writes a due date ("due 2025-04-01"). */
  due: string | null;
}

export interface IncidentFacts {
  /** The file as the caller named it (a path or a uri); links go here. */
  file: string;
  /**
   * What the file is: a postmortem (or a report without headings, or an advisory), a template
   * (named so), or not a postmortem at all (a README). Only incidents are counted in the report.
   */
  kind: 'incident' | 'template' | 'not-a-postmortem';
  /** 0-based line the link opens: the title heading, or the top. */
  line: number;
  title: string | null;
  /** YYYY-MM-DD, or null when the document does not say. */
  date: string | null;
  dateSource: 'front-matter' | 'field' | 'timeline' | 'file-name' | null;
  severity: string | null;
  services: string[];
  /**
   * Null where the document does not say. All four are left blank when the only window is the
   * span of the timeline's entries: such timelines often begin with weeks of background.
   */
  minutes: Record<Metric, number | null>;
  actions: { total: number; done: number; open: number; withOwner: number };
  openActions: OpenAction[];
  completeness: Completeness;
  diagnostics: { errors: number; warnings: number; other: number; codes: Record<string, number> };
  /** Word pairs from the root cause, lower-case, for matching repeats. */
  rootCausePhrases: string[];
}

export interface Completeness {
  /** 0-100, the mean of the parts that apply. */
  score: number;
  sectionsMet: number;
  sectionsRequired: number;
  /** Action items with an owner, of all action items. */
  owned: number;
  actionItems: number;
  /** The timeline has entries and every line with a time was read. */
  readableTimeline: boolean;
}

export type GroupBy = 'severity' | 'service' | 'month' | 'quarter';
