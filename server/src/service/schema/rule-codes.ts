/**
 * Every diagnostic code a rule can report. Users write these in `.postmortem.yaml` and in
 * `<!-- postmortem-disable CODE -->` comments, so a code never changes once shipped.
 */
export const RULE_CODES = [
  'missing-section',
  'empty-section',
  'duplicate-section',
  'missing-field',
  'frontmatter-syntax',
  'frontmatter-invalid',
  'placeholder',
  'merge-conflict',
  'action-owner',
  'scorecard',
  'encoding',
  'timeline-order',
  'timezone',
  'duration-mismatch',
  'time-unparsed',
  'not-a-postmortem',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

/** True when `code` is one of {@link RULE_CODES}. */
export function isRuleCode(code: string): code is RuleCode {
  return (RULE_CODES as readonly string[]).includes(code);
}
