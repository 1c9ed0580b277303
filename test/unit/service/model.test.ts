/** Fixtures with an `.expected.json` beside them: the sections, fields, timeline and incident read from them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, readFixture } from '../fixture';

interface Expected {
  sections?: string[];
  fields?: Record<string, string>;
  missingFields?: string[];
  actionItems?: number;
  owners?: (string | null)[];
  tickets?: (string | null)[];
  timelineOffsets?: number[];
  timelineOrder?: string;
  incidentStart?: string | null;
  durationMinutes?: number | null;
  scorecardQuestions?: number;
  /** Each entry's instant as ISO (minutes precision), or null. */
  timelineInstants?: (string | null)[];
  sinceStart?: number[];
  incidentEnd?: string | null;
  incidentSource?: string | null;
  metrics?: { ttd: number | null; ttm: number | null; ttr: number | null };
  /** Problems the time reader records, by kind, in order. */
  timeProblems?: string[];
}

for (const group of ['headings', 'styles', 'timelines']) {
  const dir = join('test/fixtures', group);
  for (const name of readdirSync(dir).filter((n) => /\.(md|txt|wiki)$/.test(n))) {
    const expectedPath = join(dir, name.replace(/\.[a-z]+$/, '.expected.json'));
    if (!existsSync(expectedPath)) continue;
    test(`${group}/${name}: the model matches ${expectedPath}`, () => {
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
      const f = readFixture(join(dir, name));
      const { doc } = analyze(f.text, f.schema);
      if (expected.sections) {
        const ids = doc.sections.filter((s) => !s.subsection).flatMap((s) => s.ids);
        assert.deepEqual(ids, expected.sections, 'sections');
      }
      for (const [id, value] of Object.entries(expected.fields ?? {})) {
        const field = doc.fields.find((x) => x.id === id);
        assert.ok(field, `field ${id} not found`);
        assert.ok(field.value.startsWith(value), `field ${id} is "${field.value}"`);
      }
      for (const id of expected.missingFields ?? []) assert.equal(doc.fields.find((x) => x.id === id), undefined, `field ${id} should be missing`);
      if (expected.actionItems !== undefined) assert.equal(doc.actionItems.length, expected.actionItems, 'action items');
      if (expected.owners) assert.deepEqual(doc.actionItems.map((a) => a.owner?.name ?? null), expected.owners, 'owners');
      if (expected.tickets) assert.deepEqual(doc.actionItems.map((a) => a.ticket?.id ?? null), expected.tickets, 'tickets');
      if (expected.timelineOffsets) assert.deepEqual(doc.timeline.entries.map((e) => e.offsetMinutes), expected.timelineOffsets, 'offsets');
      if (expected.timelineOrder) assert.equal(doc.timeline.order, expected.timelineOrder);
      if (expected.incidentStart !== undefined) {
        assert.equal(doc.incident.start === null ? null : new Date(doc.incident.start).toISOString(), expected.incidentStart, 'incident start');
      }
      if (expected.durationMinutes !== undefined) assert.equal(doc.incident.durationMinutes, expected.durationMinutes, 'duration');
      checkTime(doc, expected);
      if (expected.scorecardQuestions !== undefined) assert.equal(doc.scorecards[0]?.questions.length ?? 0, expected.scorecardQuestions);
    });
  }
}

const minuteIso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString().slice(0, 16));

function checkTime(doc: ReturnType<typeof analyze>['doc'], expected: Expected): void {
  if (expected.timelineInstants) assert.deepEqual(doc.timeline.entries.map((e) => minuteIso(e.instant)), expected.timelineInstants, 'instants');
  if (expected.sinceStart) assert.deepEqual(doc.timeline.entries.map((e) => e.sinceStartMinutes), expected.sinceStart, 'since start');
  if (expected.incidentEnd !== undefined) assert.equal(minuteIso(doc.incident.end), expected.incidentEnd, 'incident end');
  if (expected.incidentSource !== undefined) assert.equal(doc.incident.source, expected.incidentSource, 'window source');
  if (expected.metrics) {
    const i = doc.incident;
    assert.deepEqual({ ttd: i.timeToDetectMinutes, ttm: i.timeToMitigateMinutes, ttr: i.timeToResolveMinutes }, expected.metrics, 'metrics');
  }
  if (expected.timeProblems) assert.deepEqual(doc.timeline.problems.map((p) => p.kind), expected.timeProblems, 'time problems');
}
