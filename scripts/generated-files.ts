/**
 * The files that list the rules, as the rule metadata (`server/src/service/rules/registry.ts`)
 * says they should read. `npm run generate` writes them; test/unit/schema/generated-files.test.ts
 * fails, naming the file and this command, when one is out of step.
 *
 * Each generator takes the file's current text and returns it with only its rule list replaced,
 * so the prose around the lists stays hand-written. A rule's description in the JSON Schema and the
 * README tables starts as the rule's own `description` and may then be reworded there by hand: the
 * generator keeps the words of a rule that is already listed.
 */
import { RULES } from '../server/src/service/rules/registry';
import { RULE_TAGS } from '../server/src/service/schema/rule-tags';
import { SEVERITY_SETTINGS } from '../server/src/service/schema/config';

import { GENERATE_COMMAND, registry, type GeneratedFile } from './rule-registry';

export { GENERATE_COMMAND, type GeneratedFile };

const codes = RULES.map((r) => r.code);
const membersOf = (tag: string): string[] => RULES.filter((r) => (r.groups as readonly string[]).includes(tag)).map((r) => r.code);

/**
 * Replaces the body rows of the Markdown table whose header line is `header` with `row(cells)` for
 * each item, where `cells` are the cells of the row whose first cell is `` `key` ``, if there is one.
 */
function replaceTableRows<T>(text: string, path: string, header: string, items: readonly T[], key: (item: T) => string, row: (item: T, cells: string[] | undefined) => string): string {
  const lines = text.split('\n');
  const at = lines.indexOf(header);
  if (at === -1 || !/^\|(-+\|)+$/.test(lines[at + 1] ?? '')) throw new Error(`${path}: no table with the header ${header}`);
  let end = at + 2;
  while (end < lines.length && lines[end]!.startsWith('|')) end++;
  const width = header.split('|').length;
  const existing = new Map<string, string[]>();
  for (const line of lines.slice(at + 2, end)) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (line.split('|').length === width) existing.set(cells[0]!, cells);
  }
  const rows = items.map((item) => row(item, existing.get(`\`${key(item)}\``)));
  return [...lines.slice(0, at + 2), ...rows, ...lines.slice(end)].join('\n');
}

/** The hand-worded last cell of an existing row, else the rule's own description. */
const described = (r: (typeof RULES)[number], cells: string[] | undefined): string => cells?.at(-1) || r.description;

const configSchema: GeneratedFile = {
  path: 'server/schemas/postmortem-config.schema.json',
  update(current) {
    const schema = JSON.parse(current) as { properties: { rules: { properties: Record<string, { description?: string }> } } };
    const worded = schema.properties.rules.properties;
    const properties: Record<string, { description: string; enum: string[] }> = {};
    for (const r of RULES) properties[r.code] = { description: (Object.hasOwn(worded, r.code) && worded[r.code]!.description) || r.description, enum: [...SEVERITY_SETTINGS] };
    for (const tag of RULE_TAGS) {
      properties[tag] = { description: `Group: ${membersOf(tag).join(', ')}. A rule's own setting wins over its group's.`, enum: [...SEVERITY_SETTINGS] };
    }
    schema.properties.rules.properties = properties;
    return `${JSON.stringify(schema, null, 2)}\n`;
  },
};

const packageJson: GeneratedFile = {
  path: 'package.json',
  // Only the enum's lines are rewritten: the rest of package.json keeps its hand formatting.
  update(current) {
    const m = /("postmortem\.rules": \{[^]*?"propertyNames": \{\n(\s*)"enum": \[\n)([^\]]*?)(\n\s*\])/.exec(current);
    if (!m) throw new Error('package.json: no propertyNames enum under postmortem.rules');
    const indent = `${m[2]!}  `;
    const items = [...codes, ...RULE_TAGS].map((c) => `${indent}${JSON.stringify(c)}`).join(',\n');
    return current.slice(0, m.index) + m[1]! + items + m[4]! + current.slice(m.index + m[0].length);
  },
};

const groupsOf = (groups: readonly string[]): string => groups.map((g) => `\`${g}\``).join(', ');

const readme: GeneratedFile = {
  path: 'README.md',
  update: (current) =>
    replaceTableRows(current, 'README.md', '| Code | Default | Groups | What it reports |', RULES, (r) => r.code, (r, cells) =>
      `| \`${r.code}\` | ${r.defaultSeverity} | ${groupsOf(r.groups)} | ${described(r, cells)} |`),
};

const readmeExtension: GeneratedFile = {
  path: 'README.extension.md',
  update: (current) =>
    replaceTableRows(current, 'README.extension.md', '| Code | Default | What it reports |', RULES, (r) => r.code, (r, cells) =>
      `| \`${r.code}\` | ${r.defaultSeverity} | ${described(r, cells)} |`),
};

const rulesDoc: GeneratedFile = {
  path: 'docs/rules.md',
  update: (current) =>
    replaceTableRows(current, 'docs/rules.md', '| Group | Rules |', RULE_TAGS, (tag) => tag, (tag) => `| \`${tag}\` | ${groupsOf(membersOf(tag))} |`),
};

// The registry first: the other files are generated from the registry as it was compiled, so
// scripts/generate.mjs writes the registry before it compiles this file.
export const GENERATED_FILES: readonly GeneratedFile[] = [registry, configSchema, packageJson, readme, readmeExtension, rulesDoc];
