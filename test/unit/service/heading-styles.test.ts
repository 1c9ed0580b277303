/**
 * The heading-style registry (server/src/service/parse/heading-styles.ts): what a style writes, it
 * reads back; and inserted sections take the document's own style, setext included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, schemaNamed } from '../fixture';
import { applyEdits } from '../../../server/src/service/edits/apply';
import { headingLine } from '../../../server/src/service/edits/sections';
import { HEADING_STYLES } from '../../../server/src/service/parse/heading-styles';
import type { DiagnosticData } from '../../../server/src/service';
import type { HeadingStyle } from '../../../server/src/service/model';

const STYLES = Object.keys(HEADING_STYLES) as HeadingStyle[];

for (const style of STYLES) {
  test(`${style}: a heading it writes reads back as ${style}, with its title and level`, () => {
    for (const level of [1, 2]) {
      const written = HEADING_STYLES[style].write(level, 'Root Cause');
      assert.ok(written !== null, `${style} cannot write level ${level}`);
      const { doc } = analyze(`Intro paragraph.\n\n${written}\n\nThe cause.\n`);
      const h = doc.headings.find((x) => x.text === 'Root Cause');
      assert.ok(h, `${JSON.stringify(written)} is not read as a heading`);
      assert.equal(h.style, style);
      if (!HEADING_STYLES[style].weak) assert.equal(h.level, level);
    }
  });
}

test('a style that cannot carry a title falls back to ATX', () => {
  assert.equal(headingLine('bold', 1, "How'd We Do?"), "## How'd We Do?");
  assert.equal(headingLine('setext', 3, 'Details'), '### Details');
  assert.equal(headingLine('setext', 2, 'Resolution'), 'Resolution\n----------');
  assert.equal(headingLine('setext', 1, 'Resolution'), 'Resolution\n==========');
});

const SETEXT_DOC = [
  'Summary',
  '-------',
  '',
  'The billing worker stopped draining its queue.',
  '',
  '- **Duration:** 40 minutes',
  '- **Impact:** Invoices were sent late.',
  '',
  'Timeline',
  '--------',
  '',
  'All times in UTC on 2025-04-02.',
  '',
  '- 10:00 Deploy finishes.',
  '- 10:40 Credentials restored.',
  '',
  'Resolution',
  '----------',
  '',
  'Redeployed with the credentials mounted.',
  '',
  'Action Items',
  '------------',
  '',
  '- Check queue credentials in the smoke test (owner: Ana)',
  '',
].join('\n');

test('a setext document missing a section gets a setext heading from the quick fix', () => {
  const schema = schemaNamed();
  const before = analyze(SETEXT_DOC, schema);
  const missing = (a: typeof before) => a.diagnostics.filter((d) => d.code === 'missing-section' && /^Missing section "Root Cause"/.test(String(d.message)));
  const d = missing(before)[0];
  assert.ok(d, 'Root Cause is reported missing');
  const fix = (d.data as DiagnosticData).fixes[0]!;
  const inserted = fix.edits.map((e) => e.newText).join('');
  assert.match(inserted, /(^|\n)Root Cause\n-{10}(\n|$)/, `inserted: ${JSON.stringify(inserted)}`);
  assert.doesNotMatch(inserted, /#/);
  const { text } = applyEdits(SETEXT_DOC, fix.edits);
  const after = analyze(text, schema);
  assert.deepEqual(missing(after), []);
  const h = after.doc.headings.find((x) => x.text === 'Root Cause');
  assert.equal(h?.style, 'setext');
  assert.equal(h?.level, 2);
});
