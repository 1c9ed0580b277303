/**
 * `server/src/service/rules/registry.ts`, as the rule files say it should read. It reads the rule
 * files as text, not the registry's imports, so it works while the registry names a rule file that
 * is gone; scripts/generate.mjs therefore runs it before compiling scripts/generated-files.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const GENERATE_COMMAND = 'npm run generate';

export interface GeneratedFile {
  path: string;
  /** The file's text as it should be, given its current text. */
  update(current: string): string;
}

const RULES_DIR = 'server/src/service/rules';

/** `{ name, module }` of each `export const name = defineRule({ code: ...` in the rules folder. */
function ruleFiles(): Array<{ name: string; module: string }> {
  const found: Array<{ name: string; module: string }> = [];
  for (const file of readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts')).sort()) {
    const text = readFileSync(join(RULES_DIR, file), 'utf8');
    if (/^export const \w+: Rule\b/m.test(text)) throw new Error(`${RULES_DIR}/${file}: declare the rule with defineRule({ code: ... }) so the registry finds it`);
    const m = /^export const (\w+) = defineRule\(\{\s*code: /m.exec(text);
    if (m) found.push({ name: m[1]!, module: file.slice(0, -'.ts'.length) });
  }
  return found;
}

/**
 * The registry lists every rule file. Rules already listed keep their place (it is the order they
 * run in, and so the order of diagnostics on one position); a new rule goes last.
 */
export const registry: GeneratedFile = {
  path: `${RULES_DIR}/registry.ts`,
  update(current) {
    const m = /^export const RULES = \[\n([^\]]*)\] as const;\n/m.exec(current);
    if (!m) throw new Error(`${RULES_DIR}/registry.ts: no RULES list`);
    const listed = [...m[1]!.matchAll(/^ {2}(\w+),$/gm)].map((x) => x[1]!);
    const files = ruleFiles();
    const order = (name: string): number => (listed.includes(name) ? listed.indexOf(name) : listed.length);
    const rules = files.sort((a, b) => order(a.name) - order(b.name));
    const header = current.slice(0, current.search(/^import /m));
    const imports = rules.map((r) => `import { ${r.name} } from './${r.module}';\n`).join('');
    return `${header}${imports}\nexport const RULES = [\n${rules.map((r) => `  ${r.name},\n`).join('')}] as const;\n`;
  },
};
