import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/document';
import { getPreset } from '../../../server/src/service/schema/presets';

const schema = getPreset('default')!;
const parse = (text: string) => parseDocument(text, schema);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 16));
const window = (text: string) => {
  const i = parse(text).incident;
  return { start: iso(i.start), end: iso(i.end), minutes: i.durationMinutes, source: i.source, ttd: i.timeToDetectMinutes, ttr: i.timeToResolveMinutes };
};

// A table timeline over two days, with a Stats block that states TTD and TTR.
const stats = `# Certificate expiry

## Timeline

All times in CET.

| Time | Event |
| --- | --- |
| 2020-01-21 15:36 | Certificate expires |
| 2020-01-21 15:38 | Alert fired from an affected service |
| 2020-01-21 15:49 | Service restored with new certificates |
| 2020-01-22 20:05 | Follow-up: documentation written |

# Stats

- Time to detection: 2 minutes
- Time to recovery: 13 minutes
`;

test('a Stats block states TTD and TTR, and its TTR ends the window', () => {
  assert.deepEqual(window(stats), { start: '2020-01-21T14:36', end: '2020-01-21T14:49', minutes: 13, source: 'stated', ttd: 2, ttr: 13 });
});

test('"N/A" in a Stats block states nothing', () => {
  const text = stats.replace('2 minutes', 'N/A').replace('13 minutes', 'N/A');
  const w = window(text);
  assert.equal(w.source, 'milestones');
  assert.equal(w.minutes, 13);
  assert.equal(w.ttd, 2);
});

test('a follow-up entry hours after "back at baseline" does not stretch the incident', () => {
  const text = '## Timeline\n\nAll times UTC on 2024-05-02.\n\n- 10:00 errors begin\n- 10:20 rollback\n- 10:40 error rates back at baseline\n- 16:00 follow-up review scheduled\n';
  assert.deepEqual(window(text), { start: '2024-05-02T10:00', end: '2024-05-02T10:40', minutes: 40, source: 'milestones', ttd: null, ttr: 40 });
});

test('a sentence states the window: "from 16:58 to 18:46 UTC"', () => {
  const text = '## Summary\n\nOn September 29, 2025, the flags service had an outage lasting 1 hour and 48 minutes, from 16:58 to 18:46 UTC.\n\n## Timeline\n\n- 16:50 UTC deploy\n- 16:58 UTC errors\n- 18:46 UTC recovered\n- 20:00 UTC postmortem started\n';
  assert.deepEqual(window(text), { start: '2025-09-29T16:58', end: '2025-09-29T18:46', minutes: 108, source: 'prose', ttd: null, ttr: 108 });
  // The hover, outline and code lens all measure from that start.
  assert.deepEqual(parse(text).timeline.entries.map((e) => e.sinceStartMinutes), [-8, 0, 108, 182]);
  assert.deepEqual(parse(text).timeline.entries.map((e) => e.offsetMinutes), [0, 8, 116, 190]);
});

test('stretches of downtime listed in one sentence are not the window; the "Beginning at ... By ..." prose is', () => {
  const text = 'Beginning at 2018-01-29 06:45PST, the API degraded.\n\nMonitoring notified our team of the issue at 06:52PST.\n\nThe outage caused 12 minutes of downtime, between 07:02PST - 07:08PST and 07:11PST - 07:17PST.\n\nBy 08:00PST, performance had returned to an acceptable mark.\n';
  assert.deepEqual(window(text), { start: '2018-01-29T14:45', end: '2018-01-29T16:00', minutes: 75, source: 'prose', ttd: 7, ttr: 75 });
});

test('"(impact start)" and "IMPACT ENDS" markers bound the window', () => {
  const text = '## Timeline\n\nAll times UTC on 2024-05-02.\n\n- 09:00 deploy\n- 09:10 latency up (impact start)\n- 09:40 IMPACT ENDS\n- 11:00 all hands\n';
  const w = window(text);
  assert.deepEqual([w.start, w.end, w.minutes, w.source], ['2024-05-02T09:10', '2024-05-02T09:40', 30, 'milestones']);
});

test('stated Start and End fields come first, under any label the schema knows', () => {
  const text = '- Incident Start: 2024-05-02 09:00 UTC\n- Outage End: 2024-05-02 10:30 UTC\n\n## Timeline\n\n- 08:00 UTC deploy\n- 12:00 UTC review\n';
  const w = window(text);
  assert.deepEqual([w.start, w.end, w.minutes, w.source], ['2024-05-02T09:00', '2024-05-02T10:30', 90, 'stated']);
});

// A report of two incidents, each with its own Duration range and entries under its own heading.
const multi = `# Flags outages

## Incident Timeline

### October 21, 2025 - Redis overload

**Duration:** 21:45 to 23:28 UTC (103 minutes)

- **21:45 UTC** - deploy
- **23:28 UTC** - service fully recovered

### October 24, 2025 - Rate limiting

**Duration:** 18:00 to 19:12 UTC (72 minutes)

- **18:00 UTC** - deploy
- **19:12 UTC** - rate limiting disabled, service fully recovered
`;

test('a report of several incidents has one window per incident and no duration across them', () => {
  const doc = parse(multi);
  assert.equal(doc.incident.durationMinutes, null);
  assert.deepEqual(doc.incident.parts.map((p) => [iso(p.start), iso(p.end), p.durationMinutes, p.stated?.minutes]), [
    ['2025-10-21T21:45', '2025-10-21T23:28', 103, 103],
    ['2025-10-24T18:00', '2025-10-24T19:12', 72, 72],
  ]);
  assert.deepEqual(doc.timeline.entries.map((e) => e.sinceStartMinutes), [0, 103, 0, 72]);
});
