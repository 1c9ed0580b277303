/**
 * For every fixture: apply each diagnostic's fixes, validate again, and check that the diagnostic
 * is gone and that the fix kept every character of the writer's text outside its own range.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, readFixture } from '../fixture';
import { applyEdits } from '../../../server/src/service/edits/apply';
import type { DiagnosticData } from '../../../server/src/service';

type R = { start: { line: number; character: number }; end: { line: number; character: number } };
const isEmpty = (r: R): boolean => r.start.line === r.end.line && r.start.character === r.end.character;
const le = (a: R['start'], b: R['start']): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
const within = (inner: R, outer: R): boolean => le(outer.start, inner.start) && le(inner.end, outer.end);
const key = (d: { code?: unknown; message: unknown }): string => `${String(d.code)} ${String(d.message)}`;

for (const group of ['rules', 'styles', 'headings']) {
  const dir = join('test/fixtures', group);
  for (const name of readdirSync(dir).filter((n) => /\.(md|txt|wiki)$/.test(n))) {
    test(`${group}/${name}: every quick fix applies and removes its diagnostic`, () => {
      const f = readFixture(join(dir, name));
      const before = analyze(f.text, f.schema);
      for (const d of before.diagnostics) {
        for (const fix of (d.data as DiagnosticData).fixes) {
          const { text, skipped } = applyEdits(f.text, fix.edits);
          assert.equal(skipped.length, 0, `${fix.title}: overlapping edits`);
          const after = analyze(text, f.schema);
          const count = (a: typeof before): number => a.diagnostics.filter((x) => key(x) === key(d)).length;
          assert.ok(count(after) < count(before), `"${fix.title}" left "${d.message}" in place`);
          // Only merge-conflict fixes may delete, and only the marker line they point at.
          for (const e of fix.edits) {
            const removedLines = e.range.end.line - e.range.start.line;
            if (d.code === 'merge-conflict') assert.ok(removedLines <= 1 && e.newText === '');
            else if (!isEmpty(e.range)) assert.ok(within(e.range, d.range), `"${fix.title}" replaces text outside its diagnostic`);
          }
        }
      }
    });
  }
}

test('fixes that replace text replace only what they point at', () => {
  const f = readFixture('test/fixtures/rules/encoding.md');
  const a = analyze(f.text, f.schema);
  const d = a.diagnostics.find((x) => x.code === 'encoding' && (x.data as DiagnosticData).fixes.length > 0)!;
  const fix = (d.data as DiagnosticData).fixes[0]!;
  const { text } = applyEdits(f.text, fix.edits);
  assert.match(text, /The deploy tool\u2019s retry loop/);
  assert.equal(text.length, f.text.length - 2);
});
