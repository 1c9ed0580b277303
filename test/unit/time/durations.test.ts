import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, readDuration } from '../../../server/src/service/time/index';

const rows: [string, number, string][] = [
  ['45 minutes', 45, '45 minutes'],
  ['about 2h 30m in total', 150, '2h 30m'],
  ['2h30m', 150, '2h30m'],
  ['1 hour and 5 minutes', 65, '1 hour and 5 minutes'],
  ['PT28H1M', 1681, 'PT28H1M'],
  ['P1DT2H', 1560, 'P1DT2H'],
  ['2.5 hours', 150, '2.5 hours'],
  ['12 minutes of downtime', 12, '12 minutes'],
  ['90 min', 90, '90 min'],
  ['3 hrs, 15 mins', 195, '3 hrs, 15 mins'],
  ['1 day, 4 hours', 1680, '1 day, 4 hours'],
  ['an hour', 60, 'an hour'],
  ['half an hour', 30, 'half an hour'],
  ['two hours', 120, 'two hours'],
  ['30 seconds', 0.5, '30 seconds'],
];

for (const [text, minutes, written] of rows) {
  test(`duration ${JSON.stringify(text)}`, () => {
    const d = readDuration(text);
    assert.ok(d, 'a duration');
    assert.equal(d.minutes, minutes);
    assert.equal(d.written, written);
    assert.equal(text.slice(d.start, d.end), written);
  });
}

for (const text of ['and 5 things', 'no numbers here', '5 servers', 'PT', 'a m', '30 minutes ago'.slice(0, 2)]) {
  test(`no duration in ${JSON.stringify(text)}`, () => {
    assert.equal(readDuration(text), null);
  });
}

test('units must fall in size: "5 minutes 2 hours" stops after the minutes', () => {
  assert.equal(readDuration('5 minutes 2 hours')?.minutes, 5);
});

const formats: [number, string][] = [
  [150, '2h 30m'], [45, '45m'], [765, '12h 45m'], [1681, '1d 4h 1m'], [60, '1h'], [1440, '1d'],
  [0, '0m'], [-5, '-5m'], [44.6, '45m'],
];
for (const [minutes, text] of formats) {
  test(`formatDuration(${minutes}) is ${text}`, () => assert.equal(formatDuration(minutes), text));
}
