/**
 * docs/rules.md, which every diagnostic links to: one anchored section per rule, covering what it
 * checks, why, how to fix it and how to turn it off, with examples that really fail and pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULES, ruleDocUrl, RULE_DOCS_URL } from '../../../server/src/service';
import { applyConfig, parseConfig } from '../../../server/src/service/schema/config';
import { getPreset } from '../../../server/src/service/schema/presets';
import { TAGS_OF, isRuleCode } from '../../../server/src/service/schema/rule-codes';
import { analyze } from '../fixture';

const doc = readFileSync('docs/rules.md', 'utf8');

/** The text of `## code` up to the next `## ` heading outside a code block (the examples have headings). */
function sectionOf(code: string): string {
  const lines = doc.split('\n');
  const start = lines.indexOf(`## ${code}`);
  assert.notEqual(start, -1, `docs/rules.md has a "## ${code}" section`);
  let fenced = false;
  let end = start + 1;
  for (; end < lines.length; end++) {
    if (lines[end]!.startsWith('```')) fenced = !fenced;
    else if (!fenced && lines[end]!.startsWith('## ')) break;
  }
  return lines.slice(start, end).join('\n');
}

/** The fenced block right after a label such as `*Fails:*`. */
function example(section: string, label: string, lang = 'markdown'): string | undefined {
  const at = section.indexOf(label);
  if (at === -1) return undefined;
  const m = new RegExp('^\\s*```' + lang + '\\n([\\s\\S]*?)\\n```', '').exec(section.slice(at + label.length));
  return m?.[1];
}

function codesIn(text: string, configYaml: string | undefined): string[] {
  let schema = getPreset('default')!;
  if (configYaml) {
    const parsed = parseConfig(configYaml);
    assert.deepEqual(parsed.problems, []);
    schema = applyConfig(schema, parsed.patch, 'docs');
  }
  return analyze(text + '\n', schema).diagnostics.map((d) => String(d.code));
}

test('every diagnostic links to an anchor that is the heading of its rule\'s section', () => {
  for (const r of RULES) {
    const href = ruleDocUrl(r.code);
    assert.equal(href, `${RULE_DOCS_URL}#${r.code}`);
    // GitHub's anchor for "## missing-section" is "missing-section": lower case, no spaces.
    assert.match(r.code, /^[a-z]+(-[a-z]+)*$/);
    sectionOf(r.code);
  }
});

test('each rule section says what, why, how to fix and how to turn it off', () => {
  for (const r of RULES) {
    const s = sectionOf(r.code);
    assert.match(s, new RegExp(`^## ${r.code}\\n\\n\\*\\*Default: ${r.defaultSeverity}\\.\\*\\* \\S`), `${r.code}: what it checks`);
    assert.match(s, /\*Why( it matters)?:\*/, `${r.code}: why`);
    assert.match(s, /\*(How to fix( it)?|Fix|Quick fix)[^*]*:\*/, `${r.code}: how to fix`);
    const off = /\*Turn it off:\*([^\n]*)/.exec(s)?.[1] ?? '';
    assert.ok(off.includes(`${r.code}: off`) && off.includes(`postmortem-disable-next-line ${r.code}`), `${r.code}: turn off`);
    if (isRuleCode(r.code)) for (const tag of TAGS_OF[r.code]) assert.ok(off.includes(`\`${tag}\``), `${r.code}: names its group ${tag}`);
  }
});

test('each rule\'s failing example is reported by that rule and its passing example is not', () => {
  for (const r of RULES) {
    const s = sectionOf(r.code);
    const config = example(s, 'With this `.postmortem.yaml`:', 'yaml');
    const fails = example(s, '*Fails:*');
    const passes = example(s, '*Passes:*');
    assert.ok(fails && passes, `${r.code}: both examples`);
    assert.ok(codesIn(fails, config).includes(r.code), `${r.code}: the failing example is reported\n${fails}`);
    assert.ok(!codesIn(passes, config).includes(r.code), `${r.code}: the passing example is not reported\n${passes}`);
  }
});

test('the documentation address, the package\'s repository and the README\'s CI snippets name one repository', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { repository: { url: string } };
  const repo = pkg.repository.url.replace(/\.git$/, '');
  assert.ok(RULE_DOCS_URL.startsWith(`${repo}/blob/`), `${RULE_DOCS_URL} is in ${repo}`);
  const slug = new URL(repo).pathname.slice(1);
  const readme = readFileSync('README.md', 'utf8');
  assert.ok(readme.includes(`uses: ${slug}@`) && readme.includes(`repo: ${repo}`), `README's Action and pre-commit snippets use ${slug}`);
});
