import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/document';
import { getPreset } from '../../../server/src/service/schema/presets';

const schema = getPreset('default')!;
const parse = (text: string) => parseDocument(text, schema);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const kinds = (text: string) => parse(text).timeline.problems.map((p) => p.kind);

test('order: a small step back in a forward log is flagged at the entry time', () => {
  const text = '## Timeline\n\n- 09:00 UTC: paged\n- 09:20 UTC: restarted\n- 09:15 UTC: rolled back\n- 09:40 UTC: resolved\n';
  const doc = parse(text);
  const order = doc.timeline.problems.filter((p) => p.kind === 'order');
  assert.equal(order.length, 1);
  assert.equal(order[0]!.range.start.line, 4);
  assert.equal(order[0]!.range.start.character, 2);
  assert.deepEqual({ ...order[0]!, range: undefined }, { kind: 'order', range: undefined, written: '09:15 UTC', previous: '09:20 UTC', minutes: 5, order: 'forward' });
  assert.equal(doc.timeline.entries[2]!.offsetMinutes, 15);
});

test('order: a jump back of many hours is a new day, not an error', () => {
  const text = '## Timeline\n\n- 20:00 UTC: paged\n- 23:50 UTC: still broken\n- 00:10 UTC: fixed\n- 09:00 UTC: review\n';
  const doc = parse(text);
  assert.deepEqual(doc.timeline.problems, []);
  assert.deepEqual(doc.timeline.entries.map((e) => e.offsetMinutes), [0, 230, 250, 780]);
});

test('a newest-first timeline section is not out of order', () => {
  const text = '## Timeline\n\n- 11:00 UTC: resolved\n- 10:30 UTC: mitigated\n- 10:05 UTC: investigating\n- 10:00 UTC: detected\n';
  const doc = parse(text);
  assert.equal(doc.timeline.order, 'newest-first');
  assert.deepEqual(doc.timeline.problems, []);
  assert.deepEqual(doc.timeline.entries.map((e) => e.offsetMinutes), [0, -30, -55, -60]);
});

test('zone-missing: reported once, at the first entry', () => {
  const text = '## Timeline\n\n- 09:00: paged\n- 09:20: restarted\n- 09:40: resolved\n';
  const doc = parse(text);
  assert.deepEqual(kinds(text), ['zone-missing']);
  assert.equal(doc.timeline.problems[0]!.range.start.line, 2);
  assert.ok(doc.timeline.entries.every((e) => e.instant === null && e.zone === null));
  assert.deepEqual(doc.timeline.entries.map((e) => e.offsetMinutes), [0, 20, 40]);
});

test('zone-ambiguous: after a switch of zone, reported once where it starts', () => {
  const text = '## Timeline\n\n- 09:00 UTC: paged\n- 02:30 PDT: US team joined\n- 02:45: restarted\n- 03:00: resolved\n';
  const doc = parse(text);
  const amb = doc.timeline.problems.filter((p) => p.kind === 'zone-ambiguous');
  assert.equal(amb.length, 1);
  assert.equal(amb[0]!.range.start.line, 4);
  assert.deepEqual([amb[0]!.kind === 'zone-ambiguous' && amb[0]!.from, amb[0]!.kind === 'zone-ambiguous' && amb[0]!.to], ['UTC', 'PDT']);
  assert.equal(doc.timeline.entries[1]!.offsetMinutes, 30);
});

test('a zone header sets the zone: no zone-missing, instants known', () => {
  const text = '---\ndate: 2022-10-14\n---\n## Timeline\n\nAll times in PDT.\n\n- 09:00: paged\n- 09:20: fixed\n';
  const doc = parse(text);
  assert.deepEqual(doc.timeline.problems, []);
  assert.equal(iso(doc.timeline.entries[0]!.instant), '2022-10-14T16:00:00.000Z');
  assert.equal(doc.timeline.entries[0]!.zone, 'PDT');
  assert.equal(doc.timeline.entries[0]!.zoneInherited, true);
  assert.equal(doc.timeline.entries[0]!.utcOffsetMinutes, -420);
});

test('a zone in the timeline heading and a named zone follow daylight saving', () => {
  const text = '## Timeline (all times Pacific Time)\n\n- 2023-03-11 23:00: paged\n- 2023-03-12 04:00: fixed\n';
  const doc = parse(text);
  const [a, b] = doc.timeline.entries;
  assert.equal(iso(a!.instant), '2023-03-12T07:00:00.000Z');
  assert.equal(iso(b!.instant), '2023-03-12T11:00:00.000Z');
  assert.equal(b!.offsetMinutes, 240);
  assert.equal(a!.utcOffsetMinutes, -480);
  assert.equal(b!.utcOffsetMinutes, -420);
});

test('unparsed: invalid times in the timeline and in the Duration field, with reasons', () => {
  const text = '**Duration:** 14:00 - 25:10 UTC\n\n## Timeline\n\n- 13:55 PM: paged\n- 14:10 UTC: fixed\n';
  const doc = parse(text);
  const un = doc.timeline.problems.filter((p) => p.kind === 'unparsed');
  assert.equal(un.length, 2);
  assert.deepEqual(un[0]!.kind === 'unparsed' && [un[0]!.written, un[0]!.why], ['25:10 UTC', { what: 'hour', value: 25 }]);
  assert.equal(un[0]!.range.start.line, 0);
  assert.equal(text.split('\n')[0]!.slice(un[0]!.range.start.character, un[0]!.range.end.character), '25:10 UTC');
  assert.deepEqual(un[1]!.kind === 'unparsed' && [un[1]!.written, un[1]!.why], ['13:55 PM', { what: 'meridiem', meridiem: 'PM' }]);
  assert.equal(un[1]!.range.start.line, 4);
  // 13:55 PM can only mean 13:55: it keeps its place in the timeline.
  assert.deepEqual(doc.timeline.entries.map((e) => e.offsetMinutes), [0, 15]);
});

test('tables: header row skipped; time in one column', () => {
  const text = '## Timeline\n\n| Time (UTC) | Event |\n| --- | --- |\n| 10:00 | Alert detected |\n| 10:25 | Mitigation applied |\n';
  const doc = parse(text);
  assert.deepEqual(doc.timeline.entries.map((e) => e.offsetMinutes), [0, 25]);
  assert.equal(doc.timeline.entries[1]!.text, '10:25 | Mitigation applied');
  assert.deepEqual(doc.timeline.entries[1]!.milestones, ['mitigated']);
  assert.equal(doc.timeline.entries[0]!.zone, 'UTC', 'the header row names the zone');
  assert.deepEqual(doc.timeline.problems, []);
});

test('tables: date and time in two columns', () => {
  const text = '## Timeline\n\n| Date | Time | Event |\n|---|---|---|\n| 2021-10-28 | 23:40 UTC | paged |\n| 2021-10-29 | 00:20 UTC | fixed |\n';
  const doc = parse(text);
  assert.deepEqual(doc.timeline.entries.map((e) => iso(e.instant)), ['2021-10-28T23:40:00.000Z', '2021-10-29T00:20:00.000Z']);
  assert.equal(doc.timeline.entries[1]!.offsetMinutes, 40);
});

test('day sub-headings set the date; code blocks and untimed sub-bullets are not entries', () => {
  const text = [
    '## Timeline', '', '### 28 Oct 2021', '', '- 22:00 UTC: deploy started', '  - no time here, detected later', '',
    '```', '23:00 UTC: a log line in code', '```', '', '### 29 Oct 2021', '', '- 01:00 UTC: rollback done', '',
  ].join('\n');
  const doc = parse(text);
  assert.equal(doc.timeline.entries.length, 2);
  assert.deepEqual(doc.timeline.entries.map((e) => iso(e.instant)), ['2021-10-28T22:00:00.000Z', '2021-10-29T01:00:00.000Z']);
  assert.deepEqual(doc.timeline.entries[0]!.milestones, ['detected']);
  assert.deepEqual(doc.timeline.entries[1]!.milestones, ['mitigated']);
});

test('milestones give the window and TTD/TTM/TTR when nothing is stated', () => {
  const text = [
    '## Timeline', '', 'All times UTC', '',
    '- 08:00: deploy', '- 08:10: OUTAGE BEGINS', '- 08:25: paged by the error alert', '- 09:00: workaround in place',
    '- 09:40: OUTAGE ENDS', '- 10:00: retro scheduled', '',
  ].join('\n');
  const inc = parse(text).incident;
  assert.equal(inc.source, 'milestones');
  assert.equal(inc.durationMinutes, 90);
  assert.equal(inc.timeToDetectMinutes, 15);
  assert.equal(inc.timeToMitigateMinutes, 50);
  assert.equal(inc.timeToResolveMinutes, 90);
});

test('first and last entries give the window as a last resort', () => {
  const inc = parse('## Timeline\n\n- 08:00 UTC: deploy\n- 08:40 UTC: rollback\n').incident;
  assert.equal(inc.source, 'entries');
  assert.equal(inc.durationMinutes, 40);
});

test('front matter started_at/resolved_at and a plain stated duration', () => {
  const text = '---\nstarted_at: 2020-05-01T10:00:00Z\nresolved_at: 2020-05-01T12:05:00Z\n---\n\n**Duration:** 2h 5m\n\n## Timeline\n\n- 10:00 UTC: alert\n- 12:05 UTC: resolved\n';
  const inc = parse(text).incident;
  assert.equal(inc.source, 'stated');
  assert.equal(inc.durationMinutes, 125);
  assert.equal(inc.stated?.minutes, 125);
  assert.equal(inc.stated?.text, '2h 5m');
  assert.equal(iso(inc.start), '2020-05-01T10:00:00.000Z');
});

test('Start and End fields give the window', () => {
  const text = '- **Start:** 10/14/2022 09:00 EDT\n- **End:** 10/14/2022 11:30 EDT\n\n## Timeline\n\n- 09:00: paged\n- 11:30: done\n';
  const doc = parse(text);
  assert.equal(doc.incident.source, 'stated');
  assert.equal(doc.incident.durationMinutes, 150);
  assert.equal(iso(doc.timeline.entries[0]!.instant), '2022-10-14T13:00:00.000Z');
});

test('a written day heading that contradicts a guessed midnight roll-over is not called out of order', () => {
  const text = [
    '## Timeline',
    '',
    'All times in UTC.',
    '',
    '### Monday, June 3, 2024',
    '',
    '- 22:10 Deploy starts.',
    '- 23:50 Errors climb.',
    '- 00:20 Rollback begins.',
    '- 01:10 Rollback done.',
    '',
    '### Tuesday, June 4, 2024',
    '',
    '- 00:40 Second deploy attempt.',
    '- 02:00 Stable.',
  ].join('\n');
  const doc = parseDocument(text, getPreset('default')!);
  assert.deepEqual(doc.timeline.problems.filter((p) => p.kind === 'order'), []);
  // The written date wins: 00:40 is on June 4, two and a half hours after the 22:10 start.
  assert.deepEqual(doc.timeline.entries.map((e) => e.offsetMinutes), [0, 100, 130, 180, 150, 230]);
});
