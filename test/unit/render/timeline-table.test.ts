import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField } from '../../../server/src/render/timeline-table';

test('CSV fields: a spreadsheet formula stays text, a plain number stays a number', () => {
  assert.equal(csvField('=SUM(A1:A9)'), "'=SUM(A1:A9)");
  assert.equal(csvField('-1+cmd|calc'), "'-1+cmd|calc");
  assert.equal(csvField('@import'), "'@import");
  assert.equal(csvField('\t=1+1'), "'\t=1+1");
  assert.equal(csvField('-15'), '-15');
  assert.equal(csvField('-2.5'), '-2.5');
  assert.equal(csvField('Rolled back, "v2"'), '"Rolled back, ""v2"""');
});
