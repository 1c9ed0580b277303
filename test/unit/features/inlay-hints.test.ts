import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlayHints } from '../../../server/src/service/features';
import { load } from './load';

const ALL = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

test('+gap after each timestamp and the length after the Duration range', () => {
  const { doc } = load('markdown-style.md');
  const hints = inlayHints(doc, ALL, { timelineOffsets: true, durations: true });
  assert.deepEqual(hints.map((h) => [h.position.line, h.position.character, h.label]), [
    [13, 51, '= 2h 30m'],
    [22, 13, '+15m'],
    [23, 13, '+20m'],
    [24, 13, '+35m'],
    [25, 13, '+1h 20m'],
  ]);
  assert.equal(doc.lines[13]!.text.slice(0, 51), '**Duration:** September 17, 2024, 14:00 - 16:30 UTC');
});

test('each kind of hint has its own switch, and only the visible lines get hints', () => {
  const { doc } = load('markdown-style.md');
  assert.deepEqual(inlayHints(doc, ALL, { timelineOffsets: false, durations: false }), []);
  assert.deepEqual(inlayHints(doc, ALL, { timelineOffsets: false, durations: true }).map((h) => h.label), ['= 2h 30m']);
  const visible = { start: { line: 22, character: 0 }, end: { line: 23, character: 0 } };
  assert.deepEqual(inlayHints(doc, visible, { timelineOffsets: true, durations: true }).map((h) => h.label), ['+15m', '+20m']);
});

test('a range over midnight, and a 12-hour clock timeline', () => {
  const { doc } = load('label-style.txt');
  const hints = inlayHints(doc, ALL, { timelineOffsets: true, durations: true });
  assert.deepEqual(hints.map((h) => h.label), ['= 1h 45m', '+20m', '+50m', '+35m']);
  assert.equal(doc.lines[hints[0]!.position.line]!.text.slice(hints[0]!.position.character), '');
});

test('a newest-first log counts the gap from the older entry below', () => {
  const { doc } = load('update-log.txt');
  assert.deepEqual(inlayHints(doc, ALL, { timelineOffsets: true, durations: true }).map((h) => h.label), ['+1h 35m', '+4h 45m']);
});
