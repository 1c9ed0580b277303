import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { layoutTimeline, type TimelineLayout } from '../../../server/src/render/timeline-layout';
import { buildAxis, xOf } from '../../../server/src/render/timeline-axis';
import { analyze, readFixture, actual } from '../fixture';

function layoutOf(path: string): TimelineLayout & { analysis: ReturnType<typeof analyze> } {
  const analysis = analyze(readFileSync(path, 'utf8'));
  return { ...layoutTimeline(analysis.doc, analysis.diagnostics), analysis };
}

const sortedBy = (xs: number[]): boolean => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);

test('phases, brackets and milestones of a Markdown list timeline', () => {
  const l = layoutOf('test/fixtures/features/markdown-style.md');
  assert.deepEqual(l.phases.map((p) => [p.phase, p.from, p.to]), [['impact', 0, 150], ['detecting', 0, 15], ['mitigating', 15, 70], ['recovering', 70, 150]]);
  assert.deepEqual(l.brackets.map((b) => b.label), ['TTD 15m', 'TTM 1h 10m', 'TTR 2h 30m']);
  assert.deepEqual(l.milestones.map((m) => m.text), ['detected', 'mitigated', 'resolved']);
  assert.equal(l.marks.length, l.analysis.doc.timeline.entries.length);
  // Each band ends where the next begins, on the same pixel as the bracket that closes it.
  const band = (name: string) => l.phases.find((p) => p.phase === name)!;
  assert.equal(band('detecting').x1, band('mitigating').x0);
  assert.equal(l.brackets[0]!.x1, band('detecting').x1);
  assert.ok(l.marks.every((m) => m.x >= 48 && m.x <= l.width), 'every mark inside the drawing');
});

test('a gap of more than a day is a break, and the silence before it is highlighted', () => {
  const l = layoutOf('test/fixtures/timelines/timeline-date-lines.md');
  const axis = l.lanes[0]!.axis;
  assert.equal(axis.segments.length, 2);
  assert.equal(axis.breaks.length, 1);
  assert.equal(Math.round(axis.breaks[0]!.minutes / 1440), 3);
  // The break costs a fixed width, not three days of it: the first afternoon gets most of the axis.
  assert.ok(axis.segments[0]!.x1 - axis.segments[0]!.x0 > 0.6 * l.width);
  assert.deepEqual(l.silences.map((s) => [s.from, s.to]), [[225, 4188]]);
  const xs = l.marks.map((m) => m.x);
  assert.ok(sortedBy(xs) && new Set(xs).size === xs.length, `marks apart and in order: ${xs.join(' ')}`);
});

test('a silence needs more than an hour and more than a tenth of the incident', () => {
  const silencesOf = (clocks: string[]) => {
    const a = analyze(`## Timeline\n\nAll times UTC.\n\n${clocks.map((c) => `- ${c} step`).join('\n')}\n`);
    return layoutTimeline(a.doc).silences.map((s) => [s.from, s.to]);
  };
  assert.deepEqual(silencesOf(['10:00', '10:10', '11:00', '12:10']), [[60, 130]], 'over an hour, and over a tenth of 130 minutes');
  assert.deepEqual(silencesOf(['10:00', '10:50', '12:10']), [[50, 130]]);
  assert.deepEqual(silencesOf(['10:00', '10:50', '11:00']), [], '50 minutes is over a tenth of the incident but under an hour');
  assert.deepEqual(silencesOf(['00:00', '01:10', '02:20', '03:30', '04:40', '05:50', '07:00', '08:10', '09:20', '10:30', '11:40', '12:50', '14:00', '15:10', '16:40']), [], '70 minutes is over an hour but under a tenth of 1000 minutes');
});

test('a newest-first log is drawn in time order, each mark keeping its own line', () => {
  const l = layoutOf('test/fixtures/features/update-log.txt');
  assert.equal(l.analysis.doc.timeline.order, 'newest-first');
  assert.ok(sortedBy(l.marks.map((m) => m.minutes)));
  assert.ok(sortedBy(l.marks.map((m) => m.x)));
  const lines = l.marks.map((m) => m.line);
  assert.ok(sortedBy([...lines].reverse()), `the earliest entry is the last in the document: ${lines.join(' ')}`);
  assert.deepEqual(l.marks.map((m) => m.index), [0, 1, 2]);
});

test('a report of several incidents gets one lane per incident, each from its own start', () => {
  const l = layoutOf('test/fixtures/styles/multi-incident.md');
  assert.deepEqual(l.lanes.map((x) => x.label), ['June 2 - Cache saturation', 'June 4 - Retry storm']);
  assert.deepEqual(l.marks.map((m) => [m.lane, m.minutes]), [[0, 0], [0, 18], [1, 0], [1, 29]]);
  assert.deepEqual(l.phases.map((p) => [p.lane, p.phase, p.to]), [[0, 'impact', 18], [1, 'impact', 29]]);
  assert.ok(l.lanes[1]!.top > l.lanes[0]!.top + l.lanes[0]!.height, 'lanes do not overlap');
  assert.ok(l.marks.filter((m) => m.lane === 1).every((m) => m.y === l.lanes[1]!.lineY));
});

test('out-of-order, zoneless and unread times are marked points carrying the diagnostic', () => {
  const f = readFixture('test/fixtures/render/problems.md');
  const a = analyze(f.text);
  assert.deepEqual(actual(a, f.only), f.expected, 'the fixture raises what it says');
  const l = layoutTimeline(a.doc, a.diagnostics);
  const byCode = (code: string) => l.problems.filter((p) => p.code === code);
  const order = byCode('timeline-order')[0]!;
  assert.equal(order.line, 10);
  assert.equal(l.marks[order.mark!]!.line, 10);
  assert.match(l.marks[order.mark!]!.problem!, /earlier/);
  assert.equal(byCode('timezone')[0]!.line, 8);
  const unread = byCode('time-unparsed')[0]!;
  assert.equal(unread.mark, null, 'an unread time has no entry of its own');
  assert.equal(unread.x, l.marks.find((m) => m.line === 10)!.x, 'it sits at the entry above it');
  for (const p of l.problems) assert.ok(p.message.length > 10);
});

test('every timeline style lays out one mark per entry, in time order, inside the drawing', () => {
  const paths = [
    'test/fixtures/timelines/timeline-date-column.md',
    'test/fixtures/timelines/timeline-dd-mm.md',
    'test/fixtures/timelines/timeline-heading-entries.md',
    'test/fixtures/timelines/timeline-statuspage-headings.md',
    'test/fixtures/timelines/timeline-twelve-hour-typos.md',
    'test/fixtures/features/wiki-style.wiki',
    'test/fixtures/features/label-style.txt',
    'test/fixtures/features/overnight.txt',
  ];
  for (const path of paths) {
    const l = layoutOf(path);
    assert.ok(l.marks.length > 0, path);
    assert.equal(l.marks.length, l.analysis.doc.timeline.entries.length, path);
    for (const lane of l.lanes) assert.ok(sortedBy(l.marks.filter((m) => m.lane === lane.index).map((m) => m.x)), path);
    assert.ok(l.marks.every((m) => m.x >= 0 && m.x <= l.width && m.y > 0 && m.y < l.height), path);
  }
});

test('xOf: a time inside a break sits on the break; the axis ends map to its ends', () => {
  const axis = buildAxis([0, 60, 5000, 5060], 0, 1000, () => '');
  assert.equal(xOf(axis, 0), axis.segments[0]!.x0 + axis.segments[0]!.pad);
  assert.equal(xOf(axis, 5060), axis.segments[1]!.x1 - axis.segments[1]!.pad);
  assert.equal(xOf(axis, 2000), axis.breaks[0]!.x);
  assert.ok(xOf(axis, 30) > xOf(axis, 0) && xOf(axis, 30) < xOf(axis, 60));
});
