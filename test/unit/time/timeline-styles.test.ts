import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/document';
import { getPreset } from '../../../server/src/service/schema/presets';

const schema = getPreset('default')!;
const parse = (text: string) => parseDocument(text, schema);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 16));
const instants = (text: string) => parse(text).timeline.entries.map((e) => iso(e.instant));
const ofKind = (text: string, kind: string) => parse(text).timeline.problems.filter((p) => p.kind === kind);

test('unread: a timeline whose times cannot be read says so once, at the first such line', () => {
  const text = '## Timeline\n\nAll times UTC.\n\nEngineer paged (see 10:05).\n\nRollback done (see 10:40).\n';
  const doc = parse(text);
  assert.equal(doc.timeline.entries.length, 0);
  const un = ofKind(text, 'unread');
  assert.equal(un.length, 1);
  assert.deepEqual(un[0]!.kind === 'unread' && [un[0]!.lines, un[0]!.range.start.line], [2, 4]);
});

test('unread: a timeline of prose with no times is left alone', () => {
  assert.deepEqual(ofKind('## Timeline\n\nA full timeline is on the status page.\n', 'unread'), []);
});

test('date-only lines are the entries of a timeline that has no times', () => {
  const text = '## Timeline (all times PST)\n\n10/14/2022 - A researcher reported the bug.\n\n11/03/2022 - Version 1.6.1 shipped the fix.\n';
  const doc = parse(text);
  assert.deepEqual(doc.timeline.entries.map((e) => [e.dateOnly, e.offsetMinutes]), [[true, 0], [true, 20 * 1440]]);
  assert.equal(iso(doc.timeline.entries[0]!.instant), '2022-10-14T08:00');
});

test('order: a step back of hours without dates may be a night; not reported', () => {
  const text = '## Timeline (PST)\n\n1:34 PM: source found\n\n2:57 PM: account re-enabled\n\n~9:00 AM: laptop reset\n';
  assert.deepEqual(ofKind(text, 'order'), []);
});

test('order: with a date line above the group, the next day is read and nothing is out of order', () => {
  const text = '## Timeline (PST)\n\n_4/21/23_\n\n2:57 PM: account re-enabled\n\n_4/24/23_\n\n~9:00 AM: laptop reset\n';
  assert.deepEqual(ofKind(text, 'order'), []);
  assert.deepEqual(instants(text), ['2023-04-21T22:57', '2023-04-24T17:00']);
});

test('order: a date column without years still orders rows, and a real step back on one date is found', () => {
  const text = '## Timeline\n\n| Day | Date | Time (UTC) | Event |\n|---|---|---|---|\n| Thu | Jan 20 | 22:40 | logged out |\n| Thu | Jan 20 | 22:06 | suspended |\n| Thu | Jan 20 | 23:55 | call |\n| Fri | Jan 21 | 00:20 | chat opened |\n';
  const order = ofKind(text, 'order');
  assert.equal(order.length, 1);
  assert.deepEqual(order[0]!.kind === 'order' && [order[0]!.range.start.line, order[0]!.minutes], [5, 34]);
  assert.deepEqual(parse(text).timeline.entries.map((e) => e.offsetMinutes), [0, -34, 75, 100]);
});

test('order: a step back of a minute on a written date is found', () => {
  const text = '## Timeline\n\nAll times in UTC.\n\n| Time | Event |\n| --- | --- |\n| 2023-02-14 11:08 | nodes fail |\n| 2023-02-14 11:07 | ticket raised |\n';
  const order = ofKind(text, 'order');
  assert.deepEqual(order.map((p) => p.kind === 'order' && [p.written, p.previous, p.minutes]), [['2023-02-14 11:07', '2023-02-14 11:08', 1]]);
});

test('a date in a sentence inside the timeline does not move the entries below it', () => {
  const text = '## Timeline\n\n### October 28, 2025\n\n- Same root cause as October 21.\n- **19:12 UTC** - deploy\n- **19:28 UTC** - errors\n';
  assert.deepEqual(instants(text), ['2025-10-28T19:12', '2025-10-28T19:28']);
});

test('a Duration field inside an incident\'s section is not a timeline entry', () => {
  const text = '## Timeline\n\n### October 24, 2025\n\n**Duration:** 18:00 to 19:12 UTC (72 minutes)\n\n- **18:00 UTC** - deploy\n- **19:12 UTC** - recovered\n';
  assert.deepEqual(parse(text).timeline.entries.map((e) => e.line), [6, 7]);
});

test('DD-MM-YYYY: one date with a day above 12 settles the order of the others', () => {
  const text = '## Timeline\n\nAll times CET.\n\n- 03-10-2024 14:05 deploy\n- 24-10-2024 09:00 errors reported\n';
  assert.deepEqual(instants(text), ['2024-10-03T13:05', '2024-10-24T08:00']);
  const us = '## Timeline\n\nAll times UTC.\n\n- 03-10-2024 14:05 deploy\n- 03-29-2024 09:00 errors reported\n';
  assert.deepEqual(instants(us), ['2024-03-10T14:05', '2024-03-29T09:00']);
});

test('13:06 PM keeps its place between its neighbours, with a warning and no order report', () => {
  const text = '## Timeline (PST) 2023-07-05\n\n12:18 PM: email received\n\n13:06 PM: cards requested\n\n1:14 PM: reply sent\n';
  const doc = parse(text);
  assert.deepEqual(doc.timeline.entries.map((e) => e.offsetMinutes), [0, 48, 56]);
  assert.equal(ofKind(text, 'unparsed').length, 1);
  assert.deepEqual(ofKind(text, 'order'), []);
});

test('a five-digit year: warned, and the entries stay in the timeline', () => {
  const text = '## Timeline\n\nAll times in CET.\n\n| Time | Event |\n| --- | --- |\n| 20202-01-16 12:00 | pipelines rebuilt |\n| 20202-01-17 12:00 | variables fixed |\n';
  const doc = parse(text);
  assert.equal(doc.timeline.entries.length, 2);
  assert.equal(ofKind(text, 'unparsed').length, 2);
  assert.deepEqual(ofKind(text, 'unread'), []);
});

test('a dated row without a time keeps its place as a date-only entry and is never out of order', () => {
  const text = '## Timeline\n\nAll times in UTC.\n\n| Time | Event |\n| --- | --- |\n| 2021-12-10 | The vulnerability was published |\n| 2021-12-10 15:40 | We became aware of it |\n| 2021-12-17 | log4j 2.17 published |\n| 2021-12-17 14:40 | Instances terminated |\n';
  const doc = parse(text);
  assert.deepEqual(doc.timeline.entries.map((e) => [e.dateOnly, iso(e.instant)]), [
    [true, '2021-12-10T00:00'], [false, '2021-12-10T15:40'], [true, '2021-12-17T00:00'], [false, '2021-12-17T14:40'],
  ]);
  assert.deepEqual(ofKind(text, 'order'), []);
});

test('a three-digit year is reported, not skipped in silence', () => {
  const text = '## Timeline (all times PST)\n\n10/14/2022 - A researcher reported the bug.\n\n11/03/202 - Version 1.6.1 shipped the fix.\n';
  const un = ofKind(text, 'unparsed');
  assert.deepEqual(un.map((p) => p.kind === 'unparsed' && [p.range.start.line, p.why]), [[4, { what: 'year', value: 202 }]]);
});

test('zones written as cities and IANA links are read through Intl', () => {
  const text = '## Timeline\n\n- 2024-03-05 16:37 Denver: deploy\n- 2024-03-05 09:00 US/Pacific: paged\n';
  assert.deepEqual(instants(text), ['2024-03-05T23:37', '2024-03-05T17:00']);
});

test('a header sentence above the entries dates the log; the first date is where it starts', () => {
  const text = '## Timeline\n\nAll times PST. The log starts on Tuesday, January 31, 2017 and runs into Wednesday, February 1.\n\n- 17:20 replication lag alert\n- 23:10 backups found empty\n- 00:30 restore started\n';
  assert.deepEqual(instants(text), ['2017-02-01T01:20', '2017-02-01T07:10', '2017-02-01T08:30']);
});

test('a zone and a date in the timeline heading', () => {
  const text = '## Timeline (all times EDT, Wednesday 1 August 2012):\n\n- 09:30 deploy\n- 09:45 errors\n';
  assert.deepEqual(instants(text), ['2012-08-01T13:30', '2012-08-01T13:45']);
});

test('times in code blocks and per-region tables outside the timeline are not entries', () => {
  const text = '## Impact\n\n| Region | Down from |\n| --- | --- |\n| EU | 10:00 UTC |\n\n## Timeline\n\n- 10:05 UTC paged\n\n```\n10:07:01 ERROR pool exhausted\n```\n\n- 10:20 UTC fixed\n';
  assert.deepEqual(parse(text).timeline.entries.map((e) => e.written), ['10:05 UTC', '10:20 UTC']);
});

test('plain-text sections: a "Timeline:" line with its entries indented below it', () => {
  const text = 'Summary:\n    The API was slow.\n\nTimeline:\n    2023-03-29 09:10 UTC alerts fired\n    2023-03-29 09:40 UTC rollback done, service restored\n\nRoot cause:\n    A bad index.\n';
  assert.deepEqual(instants(text), ['2023-03-29T09:10', '2023-03-29T09:40']);
});

test('status page update lines: [Update - 2023-03-29 15h50 UTC]', () => {
  const text = '## Timeline\n\n[Update - 2023-03-29 15h50 UTC] We are investigating.\n\n[Update - 2023-03-29 16h20 UTC] A fix is deployed.\n';
  assert.deepEqual(instants(text), ['2023-03-29T15:50', '2023-03-29T16:20']);
});

test('Fri Jan 21 00:20 and Jan 16, 5:44 AM take the year the document states', () => {
  const text = '**Date:** January 14-19, 2026\n\n## Timeline\n\n| Time (UTC) | Event |\n| --- | --- |\n| Jan 16, 5:44 AM | customer wrote |\n| Fri Jan 16 12:52 | fix released |\n';
  assert.deepEqual(instants(text), ['2026-01-16T05:44', '2026-01-16T12:52']);
});
