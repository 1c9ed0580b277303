/** Every fixture under test/fixtures/{rules,headings,styles}: exactly the diagnostics it expects. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { actual, analyze, readFixture } from '../fixture';

for (const group of ['rules', 'headings', 'styles', 'timelines']) {
  const dir = join('test/fixtures', group);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md') || n.endsWith('.txt') || n.endsWith('.wiki'))) {
    test(`${group}/${name}: diagnostics match the inline expectations`, () => {
      const f = readFixture(join(dir, name));
      const a = analyze(f.text, f.schema);
      const detail = a.diagnostics.map((d) => `${d.range.start.line}:${String(d.code)} ${d.message}`).join('\n');
      assert.deepEqual(actual(a, f.only), f.expected, `in ${f.path}; all diagnostics:\n${detail}`);
    });
  }
}
