import type { TextEdit } from 'vscode-languageserver-types';
import type { PostmortemDocument, Range } from '../model';
import type { Schema, Severity } from '../schema/types';
import type { RuleTag } from '../schema/rule-tags';

/** An edit that resolves a finding. The code-action feature turns it into a quick fix. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * Safe fixes only add text or repair it mechanically (mojibake), never remove the writer's words
   * or choose between versions of them; `postmortem-lint --fix` applies only these.
   */
  safe: boolean;
}

/** What a rule reports: where, what to do about it, and how to fix it if that is safe to do. */
export interface Finding {
  range: Range;
  message: string;
  fixes?: Fix[];
  /**
   * A section or field that is there but holds only the scaffolding a fix or template wrote. It
   * fails the CI check like any error; the editor shows it as a hint, a checklist item still to
   * write rather than a wall of red.
   */
  unwritten?: boolean;
}

export interface RuleContext {
  doc: PostmortemDocument;
  schema: Schema;
}

/**
 * A rule and its metadata. The metadata is the one source of the rule lists: `RULES`, the config
 * validator's codes and groups (`schema/rule-codes.ts`), and, through `npm run generate`, the JSON
 * Schema, package.json's settings enum, the README tables and the groups table in docs/rules.md.
 */
export interface Rule<C extends string = string> {
  /** Stable; users write it in config files and suppression comments. */
  code: C;
  /** One sentence, shown on hover over the code, in the JSON Schema and in the README tables. */
  description: string;
  defaultSeverity: Severity;
  /** The groups a config can set at once (`rules: { time: off }`); at least one. */
  groups: readonly RuleTag[];
  check(ctx: RuleContext): Finding[];
}

/** Declares a rule, keeping its code as a literal type so the list of codes is typed too. */
export function defineRule<C extends string>(rule: Rule<C>): Rule<C> {
  return rule;
}

/** What a diagnostic's `data` holds. */
export interface DiagnosticData {
  fixes: Fix[];
  unwritten?: true;
}

/** Whether a diagnostic reports unwritten scaffolding (see {@link Finding.unwritten}). */
export function isUnwritten(d: { data?: unknown }): boolean {
  return typeof d.data === 'object' && d.data !== null && (d.data as DiagnosticData).unwritten === true;
}
