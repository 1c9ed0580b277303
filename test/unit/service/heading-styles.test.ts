/**
 * The heading-style registry (server/src/service/parse/heading-styles.ts): what a style writes, it
 * reads back; and inserted sections take the document's own style, setext included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../fixture';
import { headingLine } from '../../../server/src/service/edits/sections';
import { HEADING_STYLES } from '../../../server/src/service/parse/heading-styles';
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
