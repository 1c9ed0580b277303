/**
 * What a postmortem should contain: the sections, their fields, front-matter constraints and rule
 * severities. A preset is a Schema; a config file is a patch applied on top of one.
 */
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';

export interface FieldSpec {
  /** Stable id, kebab-case (`root-cause`). */
  id: string;
  /** The label written into documents (`Root Cause`). */
  label: string;
  /** Other labels that mean the same field. */
  aliases: string[];
  required: boolean;
  /** Short help shown on hover and completion. */
  description: string;
  /**
   * Other fields this one also states: `Time to recovery: 13 minutes` in a Stats block tells the
   * reader the Duration, so `time-to-recover` meets `duration`.
   */
  meets: string[];
  /** Words or phrases that state this fact when the summary's prose uses them ("affected", "due to"). */
  cues: string[];
}

export interface SectionSpec {
  /** Stable canonical id, kebab-case (`action-items`). */
  id: string;
  title: string;
  aliases: string[];
  required: boolean;
  /** Where the section belongs; sections are kept sorted by it. */
  position: number;
  fields: FieldSpec[];
  /** What the section is for, shown on hover. */
  description: string;
  /** Markdown body inserted under the heading by fixes and completion; may be empty. */
  skeleton: string;
  /**
   * Other sections (and fields of the same id) this one also meets. Contributing Factors meets Root
   * Cause; a Remediation section meets both Resolution and Action Items. Kept apart from `aliases`
   * so the heading keeps its own id and two such sections are never duplicates of each other.
   */
  meets: string[];
  /** Words or phrases that say this section's content when the summary's prose uses them. */
  cues: string[];
}

export interface FrontMatterSpec {
  required: string[];
  /** Allowed values per key. */
  values: Record<string, string[]>;
}

export interface Schema {
  /** The preset or config it came from, for messages. */
  name: string;
  /** Sorted by position. */
  sections: SectionSpec[];
  /** Rule code → setting; rules not named use their default severity. */
  rules: Record<string, RuleSetting>;
  frontmatter: FrontMatterSpec;
}
