/**
 * Where each rule is documented. Every diagnostic links there (LSP `codeDescription.href`, SARIF
 * `helpUri`), so the link must be a stable public address: docs/rules.md has one `## <code>`
 * section per rule, and GitHub gives each heading the code as its anchor.
 */
export const RULE_DOCS_URL = 'https://github.com/postmortem-language-tools/postmortem-language-tools/blob/main/docs/rules.md';

/** The documentation address of one rule, under `base` (the public page unless a shell says otherwise). */
export function ruleDocUrl(code: string, base: string = RULE_DOCS_URL): string {
  return `${base}#${code}`;
}
