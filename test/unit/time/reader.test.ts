import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTimes, type TimeToken } from '../../../server/src/service/time/index';
import { NUMERIC_DATE_STYLES } from '../../../server/src/service/time/dates';
import { describeUnreadable } from '../../../server/src/service/rules/time-unparsed';

/** [text, written, date as y-m-d or null, minutes since midnight or null, zone name or null] */
type Row = [string, string, string | null, number | null, string | null];

const valid: Row[] = [
  ['14:05 deploy started', '14:05', null, 845, null],
  ['14:05:33 cache flushed', '14:05:33', null, 845 + 33 / 60, null],
  ['10:00 PM: pager went off', '10:00 PM', null, 1320, null],
  ['2 AM: rollback', '2 AM', null, 120, null],
  ['12:00 AM: config pushed', '12:00 AM', null, 0, null],
  ['12 PM: lunch-time spike', '12 PM', null, 720, null],
  ['9:30 a.m. status call', '9:30 a.m.', null, 570, null],
  ['08:10 UTC: disk full', '08:10 UTC', null, 490, 'UTC'],
  ['08:10 utc: lower case zone', '08:10 utc', null, 490, 'UTC'],
  ['07:20PDT: glued zone', '07:20PDT', null, 440, 'PDT'],
  ['19:00 CET: Frankfurt', '19:00 CET', null, 1140, 'CET'],
  ['09:00 JST: Tokyo', '09:00 JST', null, 540, 'JST'],
  ['11:30 AEST: Sydney', '11:30 AEST', null, 690, 'AEST'],
  ['16:45 BST', '16:45 BST', null, 1005, 'BST'],
  ['16:45 IST', '16:45 IST', null, 1005, 'IST'],
  ['03:15 EST', '03:15 EST', null, 195, 'EST'],
  ['11:59 PM (GMT) last call', '11:59 PM (GMT)', null, 1439, 'GMT'],
  ['13:00+02:00 Berlin', '13:00+02:00', null, 780, '+02:00'],
  ['13:00 -0700 Denver', '13:00 -0700', null, 780, '-07:00'],
  ['13:00 UTC+5:30 Delhi', '13:00 UTC+5:30', null, 780, '+05:30'],
  ['08:00 Pacific Time call', '08:00 Pacific Time', null, 480, 'Pacific Time'],
  ['10:15 AM Eastern Standard Time', '10:15 AM Eastern Standard Time', null, 615, 'Eastern Standard Time'],
  ['10:15 (Europe/Dublin)', '10:15 (Europe/Dublin)', null, 615, 'Europe/Dublin'],
  ['2019-07-04 shipped', '2019-07-04', '2019-7-4', null, null],
  ['2019-07-04T16:20:00Z build', '2019-07-04T16:20:00Z', '2019-7-4', 980, 'Z'],
  ['2019-07-04T16:20:00.250-04:00', '2019-07-04T16:20:00.250-04:00', '2019-7-4', 980, '-04:00'],
  ['2019-07-04 03:05MST job', '2019-07-04 03:05MST', '2019-7-4', 185, 'MST'],
  ['Incident on August 9, 2023 in prod', 'August 9, 2023', '2023-8-9', null, null],
  ['September 21st, 2022, 11:40 PM', 'September 21st, 2022, 11:40 PM', '2022-9-21', 1420, null],
  ['Dec 3, 2020 - 06:12 UTC', 'Dec 3, 2020 - 06:12 UTC', '2020-12-3', 372, 'UTC'],
  ['on 14 Mar 2019 we', '14 Mar 2019', '2019-3-14', null, null],
  ['released 11/30/2021', '11/30/2021', '2021-11-30', null, null],
  ['Tuesday, May 7 at 15:10', 'Tuesday, May 7 at 15:10', '?-5-7', 910, null],
  ['07:45 UTC on April 2, 2021', '07:45 UTC on April 2, 2021', '2021-4-2', 465, 'UTC'],
];

function dateText(t: TimeToken): string | null {
  if (t.kind !== 'stamp' || !t.date) return null;
  return `${t.date.year ?? '?'}-${t.date.month}-${t.date.day}`;
}

for (const [text, written, date, minutes, zone] of valid) {
  test(`reads ${JSON.stringify(text)}`, () => {
    const [t] = readTimes(text);
    assert.ok(t, 'a token');
    assert.equal(t.kind, 'stamp', t.kind === 'invalid' ? describeUnreadable(t.why) : '');
    if (t.kind !== 'stamp') return;
    assert.equal(t.written, written);
    assert.equal(text.slice(t.start, t.end), written);
    assert.equal(dateText(t), date);
    if (minutes === null) assert.equal(t.minutes, null);
    else assert.ok(Math.abs(t.minutes! - minutes) < 1e-9, `minutes ${t.minutes} vs ${minutes}`);
    assert.equal(t.zone?.name ?? null, zone);
  });
}

const invalid: [string, string, RegExp][] = [
  ['13:55 PM: restart', '13:55 PM', /a 24-hour time cannot have PM/],
  ['25:10 node came back', '25:10', /hour 25 is out of range/],
  ['14:75 UTC: paged', '14:75 UTC', /minute 75 is out of range/],
  ['deployed at 14:75', '14:75', /minute 75/],
  ['2020-13-01 deploy', '2020-13-01', /month 13 does not exist/],
  ['2023-02-29 audit', '2023-02-29', /February 2023 has 28 days/],
  ['Feb 30, 2024', 'Feb 30, 2024', /has 29 days, not 30/],
  ['00:30 PM', '00:30 PM', /runs from 1 to 12/],
  ['17 AM', '17 AM', /cannot have AM/],
];

for (const [text, written, reason] of invalid) {
  test(`reports ${JSON.stringify(text)} as invalid`, () => {
    const [t] = readTimes(text);
    assert.ok(t && t.kind === 'invalid', `invalid token for ${text}`);
    if (t.kind !== 'invalid') return;
    assert.equal(t.written, written);
    // The reader records facts; the rule words them, quoting what was written.
    assert.match(`${t.subject}: ${describeUnreadable(t.why)}`, reason);
    assert.equal(t.subject, written, 'the reason is about the text as written');
  });
}

const notTimes = [
  'see John 3:16 for details',
  'the ratio was 3:1 reads to writes',
  'upgraded to 1.2.3 then 10.20.30',
  'connect to 10.0.0.7:8080 and localhost:5432',
  'the song lasted 5:00 in prose',
  'build 2024 had 12345 errors',
  'may 5 servers fail',
  'we march 10 steps',
  'about 3 amps of current',
  'ref abc12:30',
  'counter 12:304',
];

for (const text of notTimes) {
  test(`finds no time in ${JSON.stringify(text)}`, () => {
    assert.deepEqual(readTimes(text), []);
  });
}

test('a bare clock counts after "at" or "by", and in a range with a zoned partner', () => {
  assert.deepEqual(readTimes('we restarted at 14:05, see John 3:16').map((t) => t.written), ['14:05']);
  assert.deepEqual(readTimes('between 14:05 and 14:10').map((t) => t.written), ['14:05', '14:10']);
  assert.deepEqual(readTimes('Outage 09:00 - 10:30 UTC was long').map((t) => t.written), ['09:00', '10:30 UTC']);
  assert.deepEqual(readTimes('by 16:00 it was over').map((t) => t.written), ['16:00']);
});

test('a leading bare clock behind Markdown marks counts', () => {
  const [t] = readTimes('- **[14:05]** paged');
  assert.equal(t?.written, '14:05');
  assert.equal(t?.start, 5);
  const cell = '| 09:12 | rollback |';
  assert.equal(readTimes(cell)[0]?.written, '09:12');
});

test('bare: all keeps every clock', () => {
  assert.equal(readTimes('note 5:00 and 6:00', { bare: 'all' }).length, 2);
});

test('from/to bound the scan and columns stay in the whole string', () => {
  const text = 'xx 10:00 UTC | 11:00 UTC';
  const toks = readTimes(text, { from: 14 });
  assert.equal(toks.length, 1);
  assert.equal(toks[0]!.start, 15);
  assert.equal(readTimes(text, { to: 12 }).length, 1);
});

test('columns are UTF-16 code units after astral characters', () => {
  const text = '🚨 14:05 UTC: page';
  const [t] = readTimes(text);
  assert.equal(t?.start, 3);
  assert.equal(text.slice(t!.start, t!.end), '14:05 UTC');
});

test('a range 10:00-11:00 is two times, not an offset', () => {
  const toks = readTimes('10:00-11:00 maintenance');
  assert.deepEqual(toks.map((t) => t.written), ['10:00', '11:00']);
});

test('first stops after the first kept token', () => {
  assert.equal(readTimes('10:00 UTC then 11:00 UTC', { first: true }).length, 1);
});

const styles: Row[] = [
  ['24-10-2024 14:05 paged', '24-10-2024 14:05', '2024-10-24', 845, null],
  ['07-29-2023 11:51 am - access gained', '07-29-2023 11:51 am', '2023-7-29', 711, null],
  ['7/6/23 deploy', '7/6/23', '2023-7-6', null, null],
  ['24.10.2024 14:05 CET', '24.10.2024 14:05 CET', '2024-10-24', 845, 'CET'],
  ['6th Nov 2023 10:00 UTC', '6th Nov 2023 10:00 UTC', '2023-11-6', 600, 'UTC'],
  ['03:30 AM PST Sunday Oct 31st: wave begins', '03:30 AM PST Sunday Oct 31st', '?-10-31', 210, 'PST'],
  ['Jan 16, 5:44 AM | customer wrote', 'Jan 16, 5:44 AM', '?-1-16', 344, null],
  ['Fri Jan 21 00:20 chat opened', 'Fri Jan 21 00:20', '?-1-21', 20, null],
  ['[Update - 2023-03-29 15h50 UTC]', '2023-03-29 15h50 UTC', '2023-3-29', 950, 'UTC'],
];

for (const [text, written, date, minutes, zone] of styles) {
  test(`reads the style ${JSON.stringify(text)}`, () => {
    const t = readTimes(text).find((x) => x.kind === 'stamp');
    assert.ok(t && t.kind === 'stamp', 'a stamp');
    assert.equal(t.written, written);
    assert.equal(dateText(t), date?.replace(/-0/g, '-') ?? null);
    assert.equal(t.minutes, minutes);
    assert.equal(t.zone?.name ?? null, zone);
  });
}

test('03-04-2024 reads month first and keeps the day-first reading for the document to settle', () => {
  const [t] = readTimes('03-04-2024 10:00');
  assert.ok(t && t.kind === 'stamp');
  assert.equal(dateText(t), '2024-3-4');
  assert.deepEqual(t.dayFirst, { year: 2024, month: 4, day: 3 });
});

test('13:06 PM is invalid, and still read as 13:06 right after the warning', () => {
  const toks = readTimes('13:06 PM: restart');
  assert.deepEqual(toks.map((t) => t.kind), ['invalid', 'stamp']);
  assert.equal(toks[1]!.kind === 'stamp' && toks[1]!.minutes, 786);
});

test('a five-digit year is reported, and the time after it is still read', () => {
  const toks = readTimes('| 20202-01-16 12:00 | pipelines |');
  assert.equal(toks[0]!.kind, 'invalid');
  assert.deepEqual(toks[0]!.kind === 'invalid' && toks[0]!.why, { what: 'year', value: 20202 });
  assert.equal(toks[1]!.kind === 'stamp' && toks[1]!.minutes, 720);
});

test('every numeric date style in the registry reads its own example, through the reader\'s prefilter', () => {
  for (const style of NUMERIC_DATE_STYLES) {
    const n = /^\d+/.exec(style.example)![0].length;
    assert.ok(style.trigger(n, style.example[n]!), `${style.name}: its trigger accepts its example`);
    assert.ok(style.read(style.example, 0, style.example.length), `${style.name}: reads its example`);
    const [t] = readTimes(style.example);
    assert.ok(t && (t.kind === 'invalid' || t.date !== null), `${style.name}: the reader finds a date in ${style.example}`);
  }
});
