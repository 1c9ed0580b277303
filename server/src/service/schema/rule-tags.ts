/**
 * Rule groups, as markdownlint has tags: a config or the settings can set a whole group at once
 * (`rules: { time: off }`). A rule's own code wins over its groups. Each rule names its groups.
 */
export const RULE_TAGS = ['structure', 'front-matter', 'content', 'time', 'text'] as const;

export type RuleTag = (typeof RULE_TAGS)[number];

/** True when `name` is one of {@link RULE_TAGS}. */
export function isRuleTag(name: string): name is RuleTag {
  return (RULE_TAGS as readonly string[]).includes(name);
}
