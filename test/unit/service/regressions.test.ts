/** Inputs the fuzzer found, kept so they stay fixed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, schemaNamed } from '../fixture';
import { codeActions, ADD_MISSING_SECTIONS } from '../../../server/src/service/features';
import { applyEdits } from '../../../server/src/service/edits/apply';

test('a thematic break then a Heading: line is not front matter, so added sections stay sections (fuzz seed 2072738977)', () => {
  const schema = schemaNamed();
  const text = '---\nCorrective and Preventative Measures:\n\n';
  const before = analyze(text, schema);
  assert.equal(before.doc.frontMatter, null);
  const [all] = codeActions(before, schema, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, before.diagnostics, [ADD_MISSING_SECTIONS]);
  const fixed = applyEdits(text, all!.edit!.changes![before.doc.uri]!).text;
  const after = analyze(fixed, schema);
  // Every added section is read as a section; each still fails as unwritten scaffolding.
  const missing = after.diagnostics.filter((d) => d.code === 'missing-section');
  assert.ok(missing.length > 0 && missing.every((d) => /only placeholder text/.test(String(d.message))), missing.map((d) => d.message).join('\n'));
});

test('unterminated front matter that starts key: value is still read as front matter', () => {
  const { doc, diagnostics } = analyze('---\ntitle: Cache stampede\nseverity: SEV2\n\n## Summary\n');
  assert.ok(doc.frontMatter?.unterminated);
  assert.ok(diagnostics.some((d) => d.code === 'frontmatter-syntax'));
});
