/**
 * Every feature on a 10,000-entry timeline gives whole, correct results. How fast they are is
 * measured by `npm run bench`, not asserted here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as features from '../../../server/src/service/features';
import { analyze, schemaNamed } from '../fixture';

function bigTimeline(entries: number): string {
  const lines = ['---', 'title: Long burn', '---', '', '## Summary', '', '**Duration:** 7 days', '', '## Timeline', '', 'All times in UTC.', ''];
  for (let k = 0; k < entries; k++) {
    lines.push(`- **${String(Math.floor(k / 60) % 24).padStart(2, '0')}:${String(k % 60).padStart(2, '0')} UTC:** step ${k} of a very long recovery, with enough words to make the line realistic`);
  }
  return `${lines.join('\n')}\n\n`;
}

test('whole-document features on 10,000 entries', () => {
  const { doc, diagnostics } = analyze(bigTimeline(10_000));
  assert.equal(doc.timeline.entries.length, 10_000);
  const schema = schemaNamed();
  const everything = { start: { line: 0, character: 0 }, end: { line: doc.lines.length, character: 0 } };
  const end = { line: doc.lines.length - 1, character: 0 };
  const symbols = features.documentSymbols(doc);
  const timeline = symbols.find((x) => x.name === 'Timeline')!;
  assert.equal(timeline.children!.length, 10_000);
  assert.equal(timeline.children![9_999]!.detail, 'T+6d 22h 39m');
  assert.ok(features.foldingRanges(doc).some((f) => f.startLine === 8));
  assert.equal(features.codeLenses(doc).length, 1);
  assert.equal(features.inlayHints(doc, everything, { timelineOffsets: true, durations: true }).length >= 9_999, true);
  assert.ok(features.completions(doc, schema, end).length > 0);
  assert.ok(Array.isArray(features.codeActions({ doc, diagnostics }, schema, everything, diagnostics)));
  const visible = { start: { line: 5000, character: 0 }, end: { line: 5060, character: 0 } };
  assert.equal(features.inlayHints(doc, visible, { timelineOffsets: true, durations: true }).length, 61);
});
