/** Fixes write into the writer's document: they keep its prose apart, its log, and its red check. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver-types';
import { ADD_MISSING_SECTIONS, codeActions } from '../../../server/src/service/features';
import { applyEdits } from '../../../server/src/service/edits/apply';
import { analyze, schemaNamed } from '../fixture';
import { fixtureText } from './load';

const schema = schemaNamed();
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

function apply(text: string, action: CodeAction, uri: string): string {
  return applyEdits(text, action.edit!.changes![uri]!).text;
}

test('a field inserted right above prose is followed by a blank line, so it does not swallow the sentence', () => {
  const text = '## Summary\nThe upload API failed for an hour after a bad deploy.\n\n## Timeline\n\n- 10:00 UTC Deploy.\n';
  const a = analyze(text, schema);
  const fix = codeActions(a, schema, WHOLE, a.diagnostics, ['quickfix']).find((x) => x.title === 'Add "Duration:"');
  assert.ok(fix, a.diagnostics.map((d) => d.message).join('\n'));
  const fixed = apply(text, fix, a.doc.uri);
  assert.match(fixed, /^## Summary\n\n\*\*Duration:\*\* TODO\n\nThe upload API failed/);
  const after = analyze(fixed, schema);
  assert.equal(after.doc.fields.find((f) => f.id === 'duration')!.value, 'TODO');
});

test('"Add all missing sections" leaves a status page report alone: its update log is its timeline', () => {
  const text = fixtureText('update-log.txt');
  const a = analyze(text, schema);
  assert.ok(a.doc.timeline.entries.length > 0);
  assert.deepEqual(codeActions(a, schema, WHOLE, a.diagnostics, [ADD_MISSING_SECTIONS]), []);
});

test('an inserted section is not a written one: the check stays red until the TODO is replaced', () => {
  const text = '## Summary\n\nThe upload API failed for an hour.\n\n- **Duration:** 1 hour\n\n## Timeline\n\n- 10:00 UTC Deploy.\n- 11:00 UTC Rolled back.\n';
  const a = analyze(text, schema);
  const fix = codeActions(a, schema, WHOLE, a.diagnostics, ['quickfix']).find((x) => x.title === 'Add section "Root Cause"')!;
  const scaffolded = apply(text, fix, a.doc.uri);
  const unwritten = analyze(scaffolded, schema).diagnostics.filter((d) => d.code === 'missing-section' && /Root Cause/.test(String(d.message)));
  assert.deepEqual(unwritten.map((d) => [d.severity, /Root Cause" holds only placeholder text/.test(String(d.message))]), [[1, true]]);
  const written = scaffolded.replace(/TODO: the underlying cause[^\n]*/, 'The deploy shipped a config with a typo in the bucket name.');
  assert.ok(!analyze(written, schema).diagnostics.some((d) => d.code === 'missing-section' && /Root Cause/.test(String(d.message))));
});
