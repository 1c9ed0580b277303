/**
 * The TextMate grammars in syntaxes/: the scope fixtures in cases/ pass vscode-tmgrammar-test, the
 * grammars know every section title and field label the built-in presets use, and package.json
 * contributes them the way the tests load them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { getPreset, PRESET_NAMES } from '../../server/src/service/schema/presets';

const CASES = 'test/grammar/cases';
const CONFIG = 'test/grammar/grammars.json';

// vscode-tmgrammar-test is loaded from node_modules at run time, not bundled: it finds
// vscode-oniguruma's WebAssembly file next to itself.
const fromRoot = createRequire(resolve('package.json'));
const fromTool = createRequire(fromRoot.resolve('vscode-tmgrammar-test/package.json'));
const CLI = fromRoot.resolve('vscode-tmgrammar-test/dist/unit.js');

interface GrammarEntry {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
}
interface Token {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}
interface Grammar {
  tokenizeLine(line: string, stack: unknown): { tokens: Token[] };
}
interface ToolCommon {
  loadConfiguration(config: string, scope: undefined, grammars: string[]): { grammars: GrammarEntry[] };
  createRegistry(grammars: GrammarEntry[]): { loadGrammar(scope: string): Promise<Grammar | null> };
}
interface ToolParsing {
  parseGrammarTestCase(text: string): { assertions: { scopeAssertions: unknown[] }[] };
}

const caseFiles = readdirSync(CASES).filter((f) => f.endsWith('.md')).map((f) => join(CASES, f));

test('the scope fixtures pass vscode-tmgrammar-test', () => {
  const { parseGrammarTestCase } = fromRoot('vscode-tmgrammar-test/dist/unit/parsing.js') as ToolParsing;
  let total = 0;
  for (const file of caseFiles) {
    const count = parseGrammarTestCase(readFileSync(file, 'utf8')).assertions.reduce((n, a) => n + a.scopeAssertions.length, 0);
    assert.ok(count > 0, `${file} asserts nothing`);
    total += count;
  }
  // A floor, so a fixture that silently stops asserting (a broken comment token) is noticed.
  assert.ok(total >= 90, `only ${total} scope assertions`);
  const r = spawnSync(process.execPath, [CLI, '--compact', '--config', CONFIG, `${CASES}/*.md`], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, `vscode-tmgrammar-test failed:\n${r.stdout}${r.stderr}`);
  assert.equal((r.stdout.match(/run successfuly/g) ?? []).length, caseFiles.length, r.stdout);
});

let grammar: Promise<Grammar> | undefined;
function postmortemGrammar(): Promise<Grammar> {
  grammar ??= (async () => {
    const tool = fromTool('vscode-tmgrammar-test/dist/common/index.js') as ToolCommon;
    const g = await tool.createRegistry(tool.loadConfiguration(CONFIG, undefined, []).grammars).loadGrammar('text.postmortem');
    assert.ok(g, 'text.postmortem did not load');
    return g;
  })();
  return grammar;
}

/** The scopes of every token overlapping `[from, to)` of `line`, tokenized on its own. */
async function scopesOver(line: string, from: number, to: number): Promise<string[][]> {
  const { INITIAL } = fromTool('vscode-textmate') as { INITIAL: unknown };
  const { tokens } = (await postmortemGrammar()).tokenizeLine(line, INITIAL);
  return tokens.filter((t) => t.startIndex < to && t.endIndex > from).map((t) => t.scopes);
}

function presetNames(pick: (schema: NonNullable<ReturnType<typeof getPreset>>) => string[]): string[] {
  return [...new Set(PRESET_NAMES.flatMap((p) => pick(getPreset(p)!)))];
}

test('every section title and alias of the built-in presets is a `Heading:` line', async () => {
  const titles = presetNames((s) => s.sections.flatMap((sec) => [sec.title, ...sec.aliases]));
  assert.ok(titles.length > 50);
  const missed: string[] = [];
  for (const title of titles) {
    const over = await scopesOver(`${title}:`, 0, title.length);
    if (!over.every((s) => s.includes('entity.name.section.postmortem'))) missed.push(title);
  }
  assert.deepEqual(missed, [], 'add these to section-label-heading in syntaxes/postmortem.injection.tmLanguage.json');
});

test('every field label and alias of the built-in presets is a field label', async () => {
  const labels = presetNames((s) => s.sections.flatMap((sec) => sec.fields.flatMap((f) => [f.label, ...f.aliases])));
  assert.ok(labels.length > 50);
  const missed: string[] = [];
  for (const label of labels) {
    const over = await scopesOver(`- ${label}: x`, 2, 2 + label.length);
    if (!over.every((s) => s.includes('entity.name.tag.field.postmortem'))) missed.push(label);
  }
  assert.deepEqual(missed, [], 'add these to field-label in syntaxes/postmortem.injection.tmLanguage.json');
});

test('every grammar file is contributed in the test configuration, with a matching scopeName', () => {
  const { contributes } = JSON.parse(readFileSync(CONFIG, 'utf8')) as { contributes: { grammars: GrammarEntry[] } };
  const files = readdirSync('syntaxes').filter((f) => f.endsWith('.tmLanguage.json'));
  assert.ok(files.length >= 3);
  for (const f of files) {
    const g = JSON.parse(readFileSync(join('syntaxes', f), 'utf8')) as { scopeName: string; injectionSelector?: string };
    const entry = contributes.grammars.find((e) => normalize(join('test/grammar', e.path)) === join('syntaxes', f));
    assert.ok(entry, `${f} is not in ${CONFIG}`);
    assert.equal(entry.scopeName, g.scopeName, f);
    if (g.injectionSelector) {
      for (const target of entry.injectTo ?? []) assert.match(g.injectionSelector, new RegExp(`(^|, )(L:)?${target.replace(/\./g, '\\.')}\\b`), `${f} selects ${target}`);
    }
  }
});

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes?: { grammars?: GrammarEntry[] } };
const pkgGrammars = pkg.contributes?.grammars?.filter((g) => g.path.replace(/^\.\//, '').startsWith('syntaxes/'));

test('package.json contributes the grammars as the tests load them', () => {
  assert.ok(pkgGrammars && pkgGrammars.length > 0, 'package.json contributes no grammars from syntaxes/');
  const { contributes } = JSON.parse(readFileSync(CONFIG, 'utf8')) as { contributes: { grammars: GrammarEntry[] } };
  const ours = contributes.grammars.filter((g) => g.path.startsWith('../../syntaxes/'));
  const norm = (g: GrammarEntry) => ({
    scopeName: g.scopeName,
    path: g.path.replace(/^(\.\.\/\.\.\/|\.\/)/, ''),
    language: g.language,
    injectTo: g.injectTo ? [...g.injectTo].sort() : undefined,
  });
  const sort = (xs: GrammarEntry[]) => xs.map(norm).sort((a, b) => a.scopeName.localeCompare(b.scopeName));
  assert.deepEqual(sort(pkgGrammars), sort(ours));
});
