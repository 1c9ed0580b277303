import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeLenses } from '../../../server/src/service/features';
import { analyze } from '../fixture';
import { load } from './load';

test('two lenses on the timeline heading: window, duration, TTD, TTM, TTR; and Show timeline', () => {
  const { doc } = load('markdown-style.md');
  const lenses = codeLenses(doc);
  assert.equal(lenses.length, 2);
  assert.deepEqual(lenses[1]!.command, { title: 'Show timeline', command: 'postmortem.showTimeline', arguments: [doc.uri] });
  assert.deepEqual(lenses[1]!.range, lenses[0]!.range);
  assert.equal(lenses[0]!.range.start.line, 19);
  assert.equal(doc.lines[19]!.text, '## Timeline');
  assert.deepEqual(lenses[0]!.command, { title: '2024-09-17 14:00–16:30 UTC · 2h 30m · TTD 15m · TTM 1h 10m · TTR 2h 30m', command: '' });
});

test('a window across midnight names both days', () => {
  assert.equal(codeLenses(load('overnight.txt').doc)[0]!.command!.title, '2024-03-10 13:45 – 2024-03-11 02:30 UTC · 12h 45m · TTD 0m · TTM 7h 55m · TTR 12h 45m');
});

test('without dates the window is written as the timeline writes it; unknown metrics are left out', () => {
  assert.equal(codeLenses(load('wiki-style.wiki').doc)[0]!.command!.title, '09:10 UTC – 09:40 UTC · 30m · TTD 0m · TTM 30m');
});

test('no timeline, no lens', () => {
  assert.deepEqual(codeLenses(analyze('## Summary\n\nNothing happened.\n').doc), []);
});
