/** What parsing a `.postmortem.yaml` gives: the patch it makes to a schema, and its problems. */
import type { Range } from 'vscode-languageserver-types';
import type { RuleSetting } from './types';

export interface ConfigProblem {
  message: string;
  /** 0-based LSP range in the config file. */
  range: Range;
  severity: 'error' | 'warning';
}

/** A field to add, or the parts of an existing field (matched by id) to change. */
export interface FieldPatch {
  id: string;
  label?: string;
  aliases?: string[];
  required?: boolean;
  description?: string;
  meets?: string[];
  cues?: string[];
}

/** A section to add, or the parts of an existing section (matched by id) to change. */
export interface SectionPatch {
  id: string;
  title?: string;
  aliases?: string[];
  required?: boolean;
  position?: number;
  fields?: FieldPatch[];
  description?: string;
  skeleton?: string;
  meets?: string[];
  cues?: string[];
}

export interface FrontMatterPatch {
  /** Replaces the base's list when given. */
  required?: string[];
  /** Replaces the base's allowed values key by key. */
  values: Record<string, string[]>;
}

/** What one config file changes, already validated. */
export interface ConfigPatch {
  rules: Record<string, RuleSetting>;
  sections: SectionPatch[];
  frontmatter: FrontMatterPatch;
}

export interface ConfigExtends {
  value: string;
  /** The range of the value, for "cannot read" and "cycle" problems. */
  range: Range;
  /** A bundled preset name, or a path relative to the config file (resolved by the host). */
  kind: 'preset' | 'path';
}

export interface ParsedConfig {
  extends: ConfigExtends | null;
  patch: ConfigPatch;
  problems: ConfigProblem[];
}
