/**
 * Issue 12, the YAML parser as attack surface: keys that name Object.prototype members, and
 * front matter or configs with tens of thousands of keys. Every test here failed before the fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as features from '../../server/src/service/features';
import { applyConfig, parseConfig } from '../../server/src/service/schema/config';
import { getPreset } from '../../server/src/service/schema/presets';
import { parseUntrusted } from '../../server/src/service/schema/yaml-source';
import { analyze } from './invariants';
import { describe, scaling } from './scaling';

const schema = getPreset('default')!;
export const PROTOTYPE_KEYS = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf'];
const protoFrontMatter = `---\n${PROTOTYPE_KEYS.map((k) => `${k}: x`).join('\n')}\ntitle: Outage\n---\n\n# Outage\n\n## Summary\n\nText.\n`;

test('front matter keys named after Object.prototype members: analysed, with symbols', () => {
  const a = analyze(protoFrontMatter, schema);
  assert.deepEqual(a.doc.frontMatter!.entries.map((e) => e.key), [...PROTOTYPE_KEYS, 'title']);
  assert.ok(features.documentSymbols(a.doc).length > 0);
  assert.ok(a.diagnostics.some((d) => d.code === 'missing-section'));
});

test('a config that allows values for prototype keys checks them like any other key', () => {
  const parsed = parseConfig('rules:\n  constructor: off\nfrontmatter:\n  values:\n    constructor: [a]\n    __proto__: [b]\n');
  assert.deepEqual(parsed.problems.map((p) => p.message), ["unknown rule 'constructor'"]);
  const s = applyConfig(schema, parsed.patch, 'proto');
  const a = analyze('---\nconstructor: a\n__proto__: c\n---\n\n# Outage\n', s);
  const bad = a.diagnostics.filter((d) => d.code === 'frontmatter-invalid').map((d) => d.message);
  assert.deepEqual(bad, ['"__proto__" must be one of b; it is "c".']);
});

test('the CLI checks a folder that holds front matter with prototype keys, and prints every file', () => {
  const d = mkdtempSync(join(tmpdir(), 'pm-proto-'));
  writeFileSync(join(d, 'a.md'), protoFrontMatter);
  writeFileSync(join(d, 'b.md'), '## Summary\n\nFine.\n');
  const r = spawnSync(process.execPath, [resolve('dist/cli.js'), '--format', 'json', d], { encoding: 'utf8' });
  assert.doesNotMatch(r.stderr, /internal error/);
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file.slice(-4)), ['a.md', 'b.md']);
});

const keys = (n: number): string => Array.from({ length: n }, (_, k) => `key${k}: value ${k}`).join('\n');

test('YAML with many keys parses in linear time, and duplicate keys are still reported', () => {
  const s = scaling(keys, 5_000, (text) => parseUntrusted(text));
  assert.ok(s.ok, `many keys: ${describe(s)}`);
  const dup = parseUntrusted('a: 1\nb: 2\na: 3\nm: {x: 1, x: 2}\n');
  assert.deepEqual(dup.errors.map((e) => [e.code, e.pos[0]]), [['DUPLICATE_KEY', 10], ['DUPLICATE_KEY', 25]]);
});

test('front matter with 40,000 keys is refused with a diagnostic on its first line', () => {
  const a = analyze(`---\n${keys(40_000)}\n---\n\n# Outage\n`, schema);
  const d = a.diagnostics.find((x) => x.code === 'frontmatter-syntax');
  assert.match(String(d?.message ?? ''), /too large to read \(over 1000 lines or 64 KB\)/);
  assert.equal(d!.range.start.line, 1);
  assert.deepEqual(a.doc.frontMatter!.entries, []);
});
