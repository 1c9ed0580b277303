/**
 * Every diagnostic code a rule can report, and the groups each belongs to, read from the rules'
 * own metadata (`rules/registry.ts`). Users write these in `.postmortem.yaml` and in
 * `<!-- postmortem-disable CODE -->` comments, so a code never changes once shipped.
 */
import { RULES } from '../rules/registry';
import { RULE_TAGS, isRuleTag, type RuleTag } from './rule-tags';

export { RULE_TAGS, isRuleTag, type RuleTag };

export type RuleCode = (typeof RULES)[number]['code'];

export const RULE_CODES: readonly RuleCode[] = RULES.map((r) => r.code);

/** True when `code` is one of {@link RULE_CODES}. */
export function isRuleCode(code: string): code is RuleCode {
  return (RULE_CODES as readonly string[]).includes(code);
}

export const TAGS_OF: Readonly<Record<RuleCode, readonly RuleTag[]>> = Object.fromEntries(RULES.map((r) => [r.code, r.groups])) as Record<RuleCode, readonly RuleTag[]>;

/**
 * The setting that applies to `code` in a `rules` map keyed by codes and tags: its own entry, else
 * the entry of the group written last, else undefined (the rule's default).
 */
export function settingFor<T>(rules: Readonly<Record<string, T>>, code: RuleCode): T | undefined {
  if (Object.hasOwn(rules, code) && rules[code] !== undefined) return rules[code];
  let found: T | undefined;
  for (const [key, value] of Object.entries(rules)) if (isRuleTag(key) && TAGS_OF[code].includes(key)) found = value;
  return found;
}
