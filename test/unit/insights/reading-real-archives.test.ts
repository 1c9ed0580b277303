/**
 * What a review of the report over three real archives found false, in our own words: plans read
 * as done, sentence openings read as owners, and publication dates in file names taken for the
 * incident's day.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, getPreset } from '../../../server/src/service';
import { extractFacts, type IncidentFacts } from '../../../server/src/insights';
import { headingSaysDone, saysDone } from '../../../server/src/service/parse/action-item-facts';

const schema = getPreset('default')!;

function factsOf(text: string, file = 'archive/2024-05-20-cache-outage.md'): IncidentFacts {
  const a = createLanguageService().analyze({ uri: file, version: 0, getText: () => text });
  return extractFacts(file, a.doc, a.diagnostics, schema);
}

test('past tense about the plan is not done: scheduled, a ticket created, a backlog task', () => {
  for (const open of ['Has been scheduled for the next maintenance window', 'An issue has been created to add retries', 'We have added a backlog task to shard the queue', 'Ticket was raised to rotate the keys']) {
    assert.equal(saysDone(open), false, open);
  }
  for (const done of ['The service account has been documented', 'Reverted the change to the pool size', 'Raise the limit (done)']) assert.equal(saysDone(done), true, done);
  assert.equal(headingSaysDone('To complete before re-enabling sync'), false);
  assert.equal(headingSaysDone('Immediate actions (completed)'), true);
});

test('the report names an owner only where one is written or reads as a name', () => {
  const f = factsOf([
    '# Cache outage',
    '',
    '## Action Items',
    '',
    '- Unstable changes should be tested in staging first',
    '- Rebuild the base images (Docker images etc)',
    '- DevEx will add a pre-merge check',
    '- Alerts should page the on-call sooner',
    '- Rotate the credentials (owner: @mira)',
    '- Add dashboards, by the SRE team',
    '',
  ].join('\n'));
  assert.deepEqual(f.openActions.map((a) => a.owner), [null, null, 'DevEx', null, 'mira', 'SRE']);
  assert.equal(f.actions.withOwner, 3);
});

test('a compact timeline dates the incident before the file name does; a long one does not', () => {
  const compact = factsOf('# Mempool stall\n\n## Timeline\n\n- 2024-01-05 10:00 UTC: reported by a farmer\n- 2024-01-09 16:00 UTC: fix released\n', 'archive/2024-03-07-mempool-stall.md');
  assert.deepEqual([compact.date, compact.dateSource], ['2024-01-05', 'timeline']);
  const background = factsOf('# Node starvation\n\n## Timeline\n\n- 2022-01-01 09:00 UTC: nodes sized\n- 2024-03-07 10:00 UTC: pods evicted\n', 'archive/2024-03-08-node-starvation.md');
  assert.deepEqual([background.date, background.dateSource], ['2024-03-08', 'file-name']);
});

test('a plan that is tracked (a backlog task, a scheduled change) is open and tracked, so action-owner stays silent on it', () => {
  const text = '# Cache outage\n\n## Action Items\n\n- We have added a backlog task to tune the alerts\n- **Add priority classes**: Has been scheduled for the next sprint\n';
  const a = createLanguageService().analyze({ uri: 'file:///tracked.md', version: 0, getText: () => text });
  assert.deepEqual(a.doc.actionItems.map((i) => [i.done === true, i.ticket !== null]), [[false, true], [false, true]]);
  assert.deepEqual(a.diagnostics.filter((d) => d.code === 'action-owner'), []);
});
