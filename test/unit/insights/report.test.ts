/**
 * The archive report over test/fixtures/insights: seven incidents whose lengths, groups, quarters,
 * open items and repeats are worked out by hand in the comments below.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService } from '../../../server/src/service';
import { getPreset } from '../../../server/src/service/schema/presets';
import { buildReport, extractFacts, type IncidentFacts } from '../../../server/src/insights';
import { phrasesOf } from '../../../server/src/insights/phrases';
import { readDay } from '../../../server/src/insights/dates';

const DIR = 'test/fixtures/insights';
const schema = getPreset('default')!;

function facts(): IncidentFacts[] {
  const service = createLanguageService({ schemaFor: () => schema });
  return readdirSync(DIR).filter((f) => f.endsWith('.md')).sort().map((name) => {
    const file = join(DIR, name);
    const text = readFileSync(file, 'utf8');
    const a = service.analyze({ uri: file, version: 0, getText: () => text });
    return extractFacts(file, a.doc, a.diagnostics, schema);
  });
}

const byName = (all: IncidentFacts[], name: string): IncidentFacts => all.find((f) => f.file.endsWith(`${name}.md`))!;

test('facts of one incident: date, severity, services, the four lengths, action items', () => {
  const f = byName(facts(), 'inc-02');
  assert.equal(f.title, 'Fixture incident inc-02');
  assert.equal(f.line, 7);
  assert.equal(f.date, '2025-02-14');
  assert.equal(f.dateSource, 'front-matter');
  assert.equal(f.severity, 'SEV2');
  assert.deepEqual(f.services, ['payments', 'search']);
  // 09:00 begins, 09:10 detected, 09:40 mitigated, 10:00 resolved.
  assert.deepEqual(f.minutes, { duration: 60, ttd: 10, ttm: 40, ttr: 60 });
  assert.deepEqual(f.actions, { total: 1, done: 1, open: 0, withOwner: 1 });
});

test('an incident that states nothing gets blanks, not guesses', () => {
  const f = byName(facts(), 'inc-07');
  assert.equal(f.date, null);
  assert.equal(f.severity, null);
  assert.deepEqual(f.services, []);
  assert.deepEqual(f.minutes, { duration: null, ttd: null, ttm: null, ttr: null });
  assert.ok(f.diagnostics.errors > 0, 'missing sections are open diagnostics');
  assert.ok(f.completeness.score < 100);
});

test('distributions per severity: SEV2 has five incidents, SEV1 one (too few for a trend)', () => {
  const r = buildReport(facts(), { today: '2025-12-31' });
  assert.deepEqual(r.groups.map((g) => [g.group, g.incidents]), [['SEV1', 1], ['SEV2', 5], ['(not stated)', 1]]);
  const sev2 = r.groups[1]!.stats;
  // Durations 30, 60, 20, 120, 90 → sorted 20 30 60 90 120: median 60, p90 rank 5 = 120.
  assert.deepEqual(sev2.duration, { n: 5, median: 60, p90: 120, tooFew: false });
  // TTD 5, 10, 2, 30, 15 → 2 5 10 15 30.
  assert.deepEqual(sev2.ttd, { n: 5, median: 10, p90: 30, tooFew: false });
  // TTM 20, 40, 12, 90, 45 → 12 20 40 45 90.
  assert.deepEqual(sev2.ttm, { n: 5, median: 40, p90: 90, tooFew: false });
  assert.equal(r.groups[0]!.stats.duration.tooFew, true);
  assert.equal(r.groups[2]!.stats.duration.n, 0);
});

test('per quarter, with counts; the undated incident is in no quarter', () => {
  const r = buildReport(facts(), { today: '2025-12-31' });
  assert.deepEqual(r.quarters.map((q) => [q.group, q.incidents, q.stats.duration.median]), [['2025-Q1', 2, 45], ['2025-Q2', 3, 90], ['2025-Q3', 1, 100]]);
  assert.equal(r.totals.undated, 1);
});

test('grouping by service counts an incident under each service it names', () => {
  const r = buildReport(facts(), { today: '2025-12-31', groupBy: 'service' });
  assert.deepEqual(r.groups.map((g) => [g.group, g.incidents]), [['payments', 3], ['search', 2], ['checkout', 1], ['(not stated)', 2]]);
});

test('the ledger: open items with owner, ticket, due date, age and overdue, grouped by owner and prefix', () => {
  const r = buildReport(facts(), { today: '2025-12-31' });
  assert.equal(r.totals.actionItems, 8);
  assert.equal(r.totals.openActionItems, 4);
  const alice = r.ledger.items.find((i) => i.owner === 'alice')!;
  assert.deepEqual([alice.ticket, alice.due, alice.ageDays, alice.overdue], ['PAY-2', '2025-02-01', 355, true]);
  const bob = r.ledger.items.find((i) => i.owner === 'bob')!;
  assert.deepEqual([bob.due, bob.overdue], ['2026-03-01', false]);
  const noOwner = r.ledger.items.find((i) => i.owner === null)!;
  assert.deepEqual([noOwner.ticket, noOwner.due, noOwner.overdue], ['OPS-7', null, null]);
  assert.deepEqual(r.ledger.byTicketPrefix.map((g) => [g.key, g.open]), [['(no ticket)', 1], ['MESH', 1], ['OPS', 1], ['PAY', 1]]);
  assert.equal(r.totals.overdueActionItems, 1);
});

test('repeats: a shared service or two distinctive root-cause phrases within the window, with the reasons', () => {
  const r = buildReport(facts(), { today: '2025-12-31' });
  const pairs = r.repeats.pairs.map((p) => [p.earlier.file.slice(-9, -3), p.later.file.slice(-9, -3), p.days, p.reasons.join('; ')]);
  // payments 01-10 → 02-14 (35 days); search 02-14 → 04-02 (47 days); payments 02-14 → 06-30 is 136 days, too far.
  assert.deepEqual(pairs, [
    ['inc-05', 'inc-06', 1, 'both give "certificate rotation" in the root cause; both give "rotation skipped" in the root cause'],
    ['inc-02', 'inc-03', 47, 'both name the service search'],
    ['inc-01', 'inc-02', 35, 'both name the service payments'],
  ]);
  const wider = buildReport(facts(), { today: '2025-12-31', repeatWindowDays: 200 });
  assert.ok(wider.repeats.pairs.some((p) => p.earlier.file.endsWith('inc-02.md') && p.later.file.endsWith('inc-05.md')));
});

test('--since leaves out earlier and undated incidents, and says how many', () => {
  const r = buildReport(facts(), { today: '2025-12-31', since: '2025-04-01' });
  assert.equal(r.totals.incidents, 4);
  assert.equal(r.totals.leftOut, 3);
});

test('repeats: one shared phrase is not enough, the same title is', () => {
  const base = facts();
  const five = byName(base, 'inc-05');
  const six = { ...byName(base, 'inc-06'), rootCausePhrases: ['certificate rotation'] };
  const r = buildReport([five, six], { today: '2025-12-31' });
  assert.deepEqual(r.repeats.pairs, []);
  const same = buildReport([five, { ...six, title: 'Fixture incident inc-05!' }], { today: '2025-12-31' });
  assert.deepEqual(same.repeats.pairs.map((p) => p.reasons), [['both have the same title', 'both give "certificate rotation" in the root cause']]);
});

test('root-cause phrases leave out links and code', () => {
  assert.deepEqual(phrasesOf('See https://github.com/acme/pay/issues/1 and `pool.max` on www.example.com: pool exhaustion'), ['pool exhaustion']);
});

test('dates as postmortems write them; anything else is no date', () => {
  assert.equal(readDay('2025-03-18'), '2025-03-18');
  assert.equal(readDay('March 18, 2025, 14:02 UTC'), '2025-03-18');
  assert.equal(readDay('Tuesday, 18th March 2025'), '2025-03-18');
  assert.equal(readDay('January 14-19, 2026'), '2026-01-14');
  assert.equal(readDay('2025-02-30'), null);
  assert.equal(readDay('Q1 2025'), null);
  assert.equal(readDay('Mar 2025'), null);
});
