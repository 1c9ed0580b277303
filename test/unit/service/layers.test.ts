/**
 * The layering docs/ARCHITECTURE.md promises, read from the import declarations themselves (with
 * the TypeScript parser, so comments, strings and line breaks cannot fool it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.ts$/.test(d.name) && !d.name.endsWith('.d.ts') ? [join(dir, d.name)] : [],
  );
}

/** Every module a file imports or re-exports, as written. */
export function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!)) out.push(node.arguments[0].text);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') out.push('require()');
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** A relative import as a path from the repository root, without extension. */
function target(file: string, spec: string): string | null {
  return spec.startsWith('.') ? relative(process.cwd(), resolve(dirname(file), spec)).replace(/\\/g, '/') : null;
}

const SERVICE = 'server/src/service';
const SHELLS = [...sources('server/src').filter((f) => !f.startsWith(SERVICE)), ...sources('client/src')];

test('the shells and the renderer import the service only through its entry, server/src/service/index.ts', () => {
  const deep: string[] = [];
  for (const file of SHELLS) {
    for (const spec of importsOf(file)) {
      const t = target(file, spec);
      if (t !== null && t.startsWith(`${SERVICE}/`) && t !== `${SERVICE}/index`) deep.push(`${file}: ${spec}`);
    }
  }
  assert.deepEqual(deep, []);
});

test('the service imports nothing outside itself but its pure libraries', () => {
  const allowed = new Set(['vscode-languageserver-types', 'yaml', 'minimatch']);
  const offenders: string[] = [];
  for (const file of sources(SERVICE)) {
    for (const spec of importsOf(file)) {
      const t = target(file, spec);
      // Data files are fine: the presets' YAML and the published config JSON Schema.
      const outside = t === null ? !allowed.has(spec) : !t.startsWith(SERVICE) && !/^server\/schemas\/[\w-]+\.schema\.json$/.test(t);
      if (outside) offenders.push(`${file}: ${spec}`);
    }
  }
  assert.deepEqual(offenders, []);
});

test('the renderer is pure: no Node modules, no DOM, no LSP connection', () => {
  const offenders = sources('server/src/render').flatMap((file) =>
    importsOf(file).filter((spec) => spec === 'require()' || spec.startsWith('node:') || /^(fs|path|vscode|vscode-languageserver(\/node)?)$/.test(spec)).map((spec) => `${file}: ${spec}`),
  );
  assert.deepEqual(offenders, []);
});

test('the import reader sees imports, re-exports and dynamic imports, and nothing in comments', () => {
  const probe = join('test', 'unit', 'service', 'layers.test.ts');
  const seen = importsOf(probe);
  assert.ok(seen.includes('typescript') && seen.includes('node:fs'), `imports of this file: ${seen.join(', ')}`);
  assert.ok(!seen.includes('./not-an-import'), 'a string in a comment is not an import');
});
