/**
 * The rule runner. The list of rules is `registry.ts`; adding a rule is described there and in
 * docs/ARCHITECTURE.md.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PostmortemDocument } from '../model';
import type { Schema, Severity } from '../schema/types';
import { suppressionFilter } from '../parse/suppressions';
import type { DiagnosticData, Rule } from './types';
import { ruleDocUrl } from './docs';
import { settingFor } from '../schema/rule-codes';
import { RULES } from './registry';

export { RULES };

export const SOURCE = 'postmortem';

const SEVERITY: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}

/** Runs every rule that is not off, honours suppression comments, and returns LSP diagnostics. */
export function runRules(doc: PostmortemDocument, schema: Schema): Diagnostic[] {
  const suppressed = suppressionFilter(doc.suppressions);
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    const setting = settingFor(schema.rules, rule.code) ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    for (const f of rule.check({ doc, schema })) {
      if (suppressed(rule.code, f.range.start.line)) continue;
      const data: DiagnosticData = f.unwritten ? { fixes: f.fixes ?? [], unwritten: true } : { fixes: f.fixes ?? [] };
      const codeDescription = { href: ruleDocUrl(rule.code) };
      out.push({ range: f.range, severity: SEVERITY[setting], code: rule.code, codeDescription, source: SOURCE, message: f.message, data });
    }
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
