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
  'timeline-diagram-stale',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

/** True when `code` is one of {@link RULE_CODES}. */
export function isRuleCode(code: string): code is RuleCode {
  return (RULE_CODES as readonly string[]).includes(code);
}

/**
 * Rule groups, as markdownlint has tags: a config or the settings can set a whole group at once
 * (`rules: { time: off }`). A rule's own code wins over its groups.
 */
export const RULE_TAGS = ['structure', 'front-matter', 'content', 'time', 'text'] as const;

export type RuleTag = (typeof RULE_TAGS)[number];

export const TAGS_OF: Readonly<Record<RuleCode, readonly RuleTag[]>> = {
  'missing-section': ['structure'],
  'empty-section': ['structure'],
  'duplicate-section': ['structure'],
  'missing-field': ['structure'],
  'frontmatter-syntax': ['front-matter'],
  'frontmatter-invalid': ['front-matter', 'structure'],
  placeholder: ['content'],
  'merge-conflict': ['text'],
  'action-owner': ['content'],
  scorecard: ['content'],
  encoding: ['text'],
  'timeline-order': ['time'],
  timezone: ['time'],
  'duration-mismatch': ['time'],
  'time-unparsed': ['time'],
  'not-a-postmortem': ['structure'],
  'timeline-diagram-stale': ['time'],
};

/** True when `name` is one of {@link RULE_TAGS}. */
export function isRuleTag(name: string): name is RuleTag {
  return (RULE_TAGS as readonly string[]).includes(name);
}

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
