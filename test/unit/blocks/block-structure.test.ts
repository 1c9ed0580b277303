/**
 * The line classifier agrees with CommonMark (markdown-it) on code, HTML, ATX/setext headings,
 * tables, list items and link reference definitions, on every fixture. test/blocks/compare.ts
 * lists the deliberate differences; `node test/corpus/blocks.mjs DIR...` runs the same check over
 * a folder of real postmortems.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFixture } from '../fixture';
import { compareBlocks, formatDisagreement, referenceKinds } from '../../blocks/compare';

function fixtures(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return fixtures(p);
    return /\.(md|txt|wiki)$/.test(d.name) ? [p] : [];
  });
}

for (const path of fixtures('test/fixtures').sort()) {
  test(`${path}: block kinds agree with CommonMark`, () => {
    const f = readFixture(path);
    const c = compareBlocks(f.text, f.schema);
    assert.ok(c.compared > 0);
    assert.deepEqual(c.disagreements.map((d) => formatDisagreement(path, d)), []);
  });
}

test('the reference sees every kind the comparison is about', () => {
  // Guards the comparison itself: if markdown-it's tokens or the wrapped rule changed, every
  // fixture would agree vacuously.
  const text = ['# A', '', 'B', '-', '', '```', 'x', '```', '', '    code', '', '<div>', '', '| a |', '|---|', '', '- item', '', '[l]: https://x.test'].join('\n');
  const kinds = referenceKinds(text).map((s) => [...s].join(','));
  assert.deepEqual(kinds, ['heading', '', 'heading', 'heading', '', 'code', 'code', 'code', '', 'code', '', 'html', '', 'table', 'table', '', 'list-item', '', 'link-def']);
});
