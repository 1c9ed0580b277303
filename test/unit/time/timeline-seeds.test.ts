import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/document';
import { getPreset } from '../../../server/src/service/schema/presets';

const schema = getPreset('default')!;
const parse = (text: string) => parseDocument(text, schema);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const offsets = (text: string) => parse(text).timeline.entries.map((e) => e.offsetMinutes);

// Style of a bold-label ATX postmortem: `**Duration:** <date>, <time> - <time> UTC` and `- **HH:MM UTC:** …`.
const atxBold = `### Postmortem: the June 2 checkout outage

#### Issue Summary

**Duration:** June 2, 2024, 14:00 - 16:30 UTC

**Impact:** Checkout returned errors for every shopper.

#### Timeline

- **14:00 UTC:** Error-rate alert fired; checkout pages failing.
- **14:05 UTC:** On-call acknowledged and started looking at the API tier.
- **14:10 UTC:** Restarted two API pods, no change.
- **14:20 UTC:** Pulled in the platform team.
- **14:30 UTC:** Found connection pool exhaustion in the payments proxy.
- **14:45 UTC:** Suspected a bad deploy; compared configs.
- **15:00 UTC:** Ruled out the CDN.
- **15:15 UTC:** Spotted the pool size typo in the proxy config.
- **15:30 UTC:** Pushed the corrected pool size.
- **15:45 UTC:** Error rate dropping.
- **16:30 UTC:** Confirmed all systems operational; closed the bridge.

#### Root Cause and Resolution

A typo in the proxy pool size.
`;

test('bold-label ATX style: 11 entries, stated window of 150 minutes', () => {
  const doc = parse(atxBold);
  assert.deepEqual(offsets(atxBold), [0, 5, 10, 20, 30, 45, 60, 75, 90, 105, 150]);
  assert.equal(iso(doc.timeline.entries[0]!.instant), '2024-06-02T14:00:00.000Z');
  assert.equal(doc.timeline.order, 'forward');
  assert.deepEqual(doc.timeline.problems, []);
  assert.equal(iso(doc.incident.start), '2024-06-02T14:00:00.000Z');
  assert.equal(iso(doc.incident.end), '2024-06-02T16:30:00.000Z');
  assert.equal(doc.incident.durationMinutes, 150);
  assert.equal(doc.incident.source, 'stated');
  assert.equal(doc.incident.stated?.minutes, 150);
  assert.equal(doc.incident.timeToDetectMinutes, 0);
  assert.equal(doc.incident.timeToResolveMinutes, 150);
  const first = doc.timeline.entries[0]!;
  assert.equal(first.text, '14:00 UTC: Error-rate alert fired; checkout pages failing.');
  assert.equal(first.written, '14:00 UTC');
  assert.deepEqual(first.timeRange, { start: { line: first.line, character: 4 }, end: { line: first.line, character: 13 } });
  assert.equal(first.zone, 'UTC');
  assert.equal(first.zoneInherited, false);
});

// Style of a plain-label postmortem whose timeline crosses midnight with a blank line in it.
const plainLabels = ` 
Post mortem: Search Cluster Brownout

Issue Summary:

- Duration: March 10, 2024, 13:45 UTC to March 11, 2024, 02:30 UTC
- Impact: Search results were slow for a third of users.

Timeline:

- 13:45 UTC: Latency alert detected by monitoring.
- 13:50 UTC: Search team notified.
- 13:55 UTC: Checked shard health.
- 14:20 UTC: Blamed a reindex job, wrongly.
- 14:45 UTC: Escalated to the storage lead.
- 15:30 UTC: Reviewed node configs.
- 16:00 UTC: Found one node taking all queries.
- 17:15 UTC: Rebalanced shards.

- 02:30 UTC: Latency fully restored after the rebalance settled.

Root Cause and Resolution:

- Root Cause: A routing weight left at 100 on one node.
`;

test('plain-label style crossing midnight: 765 minutes', () => {
  const doc = parse(plainLabels);
  assert.deepEqual(offsets(plainLabels), [0, 5, 10, 35, 60, 105, 135, 210, 765]);
  assert.deepEqual(doc.timeline.problems, []);
  assert.equal(iso(doc.timeline.entries[8]!.instant), '2024-03-11T02:30:00.000Z');
  assert.equal(doc.timeline.entries[8]!.localMinutes, 1440 + 150);
  assert.equal(doc.incident.durationMinutes, 765);
  assert.equal(iso(doc.incident.start), '2024-03-10T13:45:00.000Z');
});

// Style of a 12-hour timeline with a `(GMT)` range in the Duration line and no zone on entries.
const twelveHour = `Issue Summary:

Duration: February 13th, 2024, 10:00 PM - February 14th, 2024, 2:00 AM (GMT)
Impact: The API gateway dropped most requests.
Timeline:

10:00 PM: Alerts detected a wall of 502s.
10:05 PM: Engineers joined the call.
10:20 PM: Chased a red herring in the cache.
10:40 PM: Escalated to networking.
11:15 PM: Found the gateway pinning traffic to one backend.
12:00 AM: Gateway config corrected.
2:00 AM: Service fully restored.
Root Cause and Resolution:

The gateway weights were wrong.
`;

test('12-hour style: zone from the Duration range, roll-over at 12:00 AM', () => {
  const doc = parse(twelveHour);
  assert.deepEqual(offsets(twelveHour), [0, 5, 20, 40, 75, 120, 240]);
  assert.equal(iso(doc.timeline.entries[0]!.instant), '2024-02-13T22:00:00.000Z');
  assert.equal(iso(doc.incident.start), '2024-02-13T22:00:00.000Z');
  assert.equal(doc.incident.durationMinutes, 240);
  assert.deepEqual(doc.timeline.problems, []);
  assert.ok(doc.timeline.entries.every((e) => e.zone === 'GMT' && e.zoneInherited));
});

// Style of a status-page export: no headings, prose, then newest-first "Posted" updates.
const statusPage = `Slow Sync Service
Incident Report for Acme

Beginning at 2019-03-04 05:10PST, the sync service slowed down because a queue worker pool was undersized.

Our alerting paged the team at 05:20PST.

By 05:50PST, queues were draining. By 06:25PST, sync latency had returned to normal.

Posted 2 years ago. Mar 04, 2019 - 19:40 UTC

Sync latency is back to normal. A full review will follow.
Posted 2 years ago. Mar 04, 2019 - 14:30 UTC
A mitigation is rolling out and queues are shrinking.
Posted 2 years ago. Mar 04, 2019 - 13:55 UTC
We are investigating slow syncs across all apps.
Posted 2 years ago. Mar 04, 2019 - 13:50 UTC
`;

test('status-page style: newest-first update log and a prose window', () => {
  const doc = parse(statusPage);
  const tl = doc.timeline;
  assert.equal(tl.section, -1);
  assert.equal(tl.order, 'newest-first');
  assert.deepEqual(tl.entries.map((e) => e.offsetMinutes), [0, -310, -345, -350]);
  assert.deepEqual(tl.problems, []);
  assert.equal(tl.entries[1]!.text, 'Sync latency is back to normal. A full review will follow.');
  assert.deepEqual(tl.entries[2]!.milestones, ['mitigated']);
  assert.equal(doc.incident.source, 'prose');
  assert.equal(iso(doc.incident.start), '2019-03-04T13:10:00.000Z');
  assert.equal(iso(doc.incident.end), '2019-03-04T14:25:00.000Z');
  assert.equal(doc.incident.durationMinutes, 75);
  // "Our alerting paged the team at 05:20PST" states detection: 10 minutes, not the first post's lag.
  assert.equal(doc.incident.timeToDetectMinutes, 10);
});

test('no timeline: no entries, no crash', () => {
  const doc = parse('==Summary==\n\nTraffic flooded the caches.\n\n==Actionables==\n* T1 - add a legend\n');
  assert.equal(doc.timeline.entries.length, 0);
  assert.equal(doc.timeline.order, 'unknown');
  assert.deepEqual(doc.timeline.problems, []);
  assert.equal(doc.incident.start, null);
  assert.equal(doc.incident.durationMinutes, null);
  assert.equal(doc.incident.source, null);
});
