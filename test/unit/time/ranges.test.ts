import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRange, readTime, resolveZone, zoneOffsetAt, toInstant } from '../../../server/src/service/time/index';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const rows: [string, number, string | null, string | null][] = [
  ['09:00 - 11:15 UTC', 135, null, null],
  ['August 9, 2023, 09:00 - 11:15 UTC', 135, '2023-08-09T09:00:00.000Z', '2023-08-09T11:15:00.000Z'],
  ['July 1, 2022, 21:30 UTC to July 2, 2022, 01:00 UTC', 210, '2022-07-01T21:30:00.000Z', '2022-07-02T01:00:00.000Z'],
  ['March 3rd, 2023, 11:00 PM - March 4th, 2023, 1:30 AM (GMT)', 150, '2023-03-03T23:00:00.000Z', '2023-03-04T01:30:00.000Z'],
  ['2023-05-05 23:00 - 01:00 UTC', 120, '2023-05-05T23:00:00.000Z', '2023-05-06T01:00:00.000Z'],
  ['between 10:00 and 10:45 PST on the day', 45, null, null],
  ['10:00 PDT to 18:00 UTC', 60, null, null],
];

for (const [text, minutes, start, end] of rows) {
  test(`range ${JSON.stringify(text)}`, () => {
    const r = readRange(text);
    assert.ok(r, 'a range');
    assert.equal(r.minutes, minutes);
    assert.equal(iso(r.start.instant), start);
    assert.equal(iso(r.end.instant), end);
  });
}

test('a range takes its date and zone from context', () => {
  const r = readRange('14:00 - 16:30', { date: { year: 2024, month: 1, day: 5 }, zone: resolveZone('UTC') });
  assert.equal(iso(r!.start.instant), '2024-01-05T14:00:00.000Z');
  assert.equal(r!.minutes, 150);
});

test('no range in a single time or plain prose', () => {
  assert.equal(readRange('14:00 UTC'), null);
  assert.equal(readRange('it was a long day'), null);
});

test('readTime resolves a Start field value', () => {
  const t = readTime('2021-11-02 07:30 EST');
  assert.equal(iso(t!.instant), '2021-11-02T12:30:00.000Z');
});

test('zone names follow daylight saving through Intl', () => {
  const pacific = resolveZone('Pacific Time')!;
  assert.equal(zoneOffsetAt(pacific, Date.UTC(2024, 0, 15, 12)), -480);
  assert.equal(zoneOffsetAt(pacific, Date.UTC(2024, 6, 15, 12)), -420);
  assert.equal(iso(toInstant({ year: 2024, month: 7, day: 15 }, 9 * 60, pacific)), '2024-07-15T16:00:00.000Z');
  assert.equal(iso(toInstant({ year: 2024, month: 1, day: 15 }, 9 * 60, pacific)), '2024-01-15T17:00:00.000Z');
});

test('abbreviations are fixed offsets and unknown names are not zones', () => {
  assert.equal(resolveZone('PDT')!.fixed, -420);
  assert.equal(resolveZone('AEST')!.fixed, 600);
  assert.equal(resolveZone('+0530')!.fixed, 330);
  assert.equal(resolveZone('Europe/Berlin')!.iana, 'Europe/Berlin');
  assert.equal(resolveZone('Mars/Olympus'), null);
  assert.equal(resolveZone('API'), null);
});
