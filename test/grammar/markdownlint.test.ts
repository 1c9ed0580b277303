/**
 * Everything this project writes into a document passes markdownlint's default rules: every preset's
 * "New Postmortem" template, every snippet expansion, every section the editor inserts, and every
 * Markdown fixture after `--fix`. Reads whatever the templates and snippets are today, so it keeps
 * checking them as they change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateText, missingSections } from '../../server/src/service/features/commands';
import { completions } from '../../server/src/service/features/completion';
import { parseDocument } from '../../server/src/service';
import { applyEdits } from '../../server/src/service/edits/apply';
import { getPreset } from '../../server/src/service/schema/presets';
import { PRESET_NAMES } from '../../server/src/service/schema/preset-names';
import { fixAll } from '../../server/src/service/edits/fix-all';
import { bodyOf, expand, readSnippets } from './snippet-expand';

interface LintError { lineNumber: number; ruleNames: string[]; ruleDescription: string; errorDetail: string | null }
type Lint = (o: { strings: Record<string, string> }) => Record<string, LintError[]>;
// markdownlint is ESM-only; load it once (node 20.19 can require ESM, esbuild keeps it external).
let lintFn: Lint | undefined;
async function markdownlint(text: string): Promise<LintError[]> {
  lintFn ??= ((await import('markdownlint/sync')) as { lint: Lint }).lint;
  return lintFn({ strings: { doc: text } }).doc ?? [];
}

const describe = (errors: LintError[], text: string): string =>
  errors.map((e) => `${e.ruleNames.join('/')} line ${e.lineNumber}: ${e.ruleDescription}${e.errorDetail ? ` [${e.errorDetail}]` : ''}\n    ${text.split('\n')[e.lineNumber - 1]}`).join('\n');

/** Lints each text and fails once with every problem, so one run shows all there is to fix. */
async function assertAllClean(texts: Array<[name: string, text: string]>): Promise<void> {
  assert.ok(texts.length > 0, 'something to lint');
  const problems: string[] = [];
  for (const [name, text] of texts) {
    const errors = await markdownlint(text);
    if (errors.length) problems.push(`${name}:\n${describe(errors, text)}`);
  }
  assert.equal(problems.length, 0, problems.join('\n'));
}

/** A snippet other than a whole template is inserted into a document; lint it where it would sit. */
const inHost = (fragment: string): string => `# Incident\n\n${fragment.trimEnd()}\n`;

const schemaOf = (name: string) => getPreset(name)!;

test('every preset\'s New Postmortem template passes markdownlint', async () => {
  await assertAllClean(PRESET_NAMES.map((preset) => [`template for ${preset}`, templateText(schemaOf(preset), '2025-03-18')]));
});

test('every snippet expansion passes markdownlint', async () => {
  await assertAllClean(
    Object.entries(readSnippets()).map(([name, snippet]) => {
      const text = expand(bodyOf(snippet));
      return [`snippet "${name}"`, text.startsWith('---\n') ? text : inHost(text)];
    }),
  );
});

test('sections inserted by Insert Section and Add all missing sections pass markdownlint', async () => {
  const texts: Array<[string, string]> = [];
  for (const preset of PRESET_NAMES) {
    const schema = schemaOf(preset);
    for (const start of ['# Incident\n\nIt broke.\n', '# Incident\n\n## Summary\n\nIt broke.\n\n- one\n- two\n']) {
      const doc = parseDocument(start, schema);
      const edits = missingSections(doc, schema).map((m) => m.edit);
      assert.ok(edits.length > 0, `${preset}: the start lacks sections`);
      texts.push([`${preset}: all missing sections added to ${JSON.stringify(start)}`, applyEdits(start, edits).text]);
      for (const edit of edits) texts.push([`${preset}: one section added (${edit.newText.trim().split('\n')[0]})`, applyEdits(start, [edit]).text]);
    }
  }
  await assertAllClean(texts);
});

test('sections inserted by completion pass markdownlint', async () => {
  const texts: Array<[string, string]> = [];
  const start = '# Incident\n\nIt broke.\n\n';
  for (const preset of PRESET_NAMES) {
    const schema = schemaOf(preset);
    const items = completions(parseDocument(start, schema), schema, { line: 4, character: 0 }).filter((i) => i.detail?.endsWith('section'));
    assert.ok(items.length > 0, `${preset}: section completions`);
    for (const item of items) {
      const edit = item.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
      texts.push([`${preset}: completion "${item.label}"`, applyEdits(start, [{ range: edit.range, newText: expand(edit.newText) }]).text + '\n']);
    }
  }
  await assertAllClean(texts);
});

function markdownFixtures(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? markdownFixtures(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : [],
  );
}

/** How many violations of each rule: fixes move lines and may rewrite a flagged one (mojibake), so count, not compare lines. */
function countByRule(errors: LintError[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(e.ruleNames[0]!, (counts.get(e.ruleNames[0]!) ?? 0) + 1);
  return counts;
}

test('--fix adds nothing markdownlint flags to any Markdown fixture', async () => {
  // test/fixtures/blocks/ holds CommonMark edge cases, not postmortems: its headings mix styles on
  // purpose, so sections added in the document's style add MD003 findings there by design.
  const files = [...markdownFixtures('test/fixtures').filter((f) => !f.includes('fixtures/blocks/')), ...markdownFixtures('examples')];
  assert.ok(files.length > 10);
  let fixedAny = 0;
  const problems: string[] = [];
  for (const file of files) {
    // Unresolved conflict markers make a file something other than Markdown until they are resolved
    // (`=======` reads as a setext underline), and --fix keeps them: that fixture says nothing here.
    if (file.endsWith('rules/merge-conflict.md')) continue;
    // The inline expectations are test annotations, not content (`--- <!-- expect -->` is no front matter).
    const text = readFileSync(file, 'utf8').replace(/ ?<!-- (expect|check): [^>]*-->/g, '');
    const fixed = fixAll(text, schemaOf('default'), '\n');
    if (fixed.applied.length === 0) continue;
    fixedAny++;
    const before = countByRule(await markdownlint(text));
    const after = await markdownlint(fixed.text);
    const grew = [...countByRule(after)].filter(([rule, n]) => n > (before.get(rule) ?? 0)).map(([rule]) => rule);
    const added = after.filter((e) => grew.includes(e.ruleNames[0]!));
    if (added.length) problems.push(`${file} after --fix (${fixed.applied.join('; ')}), more ${grew.join(', ')}:\n${describe(added, fixed.text)}`);
  }
  assert.ok(fixedAny > 3, 'some fixtures have fixes to check');
  assert.equal(problems.length, 0, problems.join('\n'));
});
