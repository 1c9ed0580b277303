import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getPreset } from '../../../server/src/service/schema/presets';
import { matchFieldId, matchSectionIds } from '../../../server/src/service/schema/match';

const schema = getPreset('default')!;

const headings: [string, string[]][] = [
  ['Issue Summary', ['summary']],
  ['Executive Summary', ['summary']],
  ['Overview', ['summary']],
  ['TL;DR', ['summary']],
  ['Root Cause and Resolution', ['root-cause', 'resolution']],
  ['Corrective and Preventative Measures', ['action-items']],
  ['Actionables', ['action-items']],
  ['Tasks', ['action-items']],
  ['Tasks to Address the Issue', ['action-items']],
  ['Follow-up Actions', ['action-items']],
  ['Incident Timeline', ['timeline']],
  ['Timeline (all times UTC)', ['timeline']],
  ['Sequence of Events', ['timeline']],
  ['How was it detected?', ['detection']],
  ['What went well', ['lessons-learned']],
  ['Where we got lucky', ['lessons-learned']],
  ['Incident Engagement™  ScoreCard', ['scorecard']],
  ['Supporting Information', ['supporting-info']],
  ['Contributing Factors', ['contributing-factors']],
  ['Customer Impact', ['impact']],
];

for (const [text, ids] of headings) {
  test(`heading '${text}' → ${ids.join(', ')}`, () => {
    assert.deepEqual(matchSectionIds(schema, text), ids);
  });
}

const prose = [
  'The load balancer sent all traffic to a single server',
  'We apologize for the interruption in your morning',
  'Performance has returned to normal levels',
  'Engineering team notified of the incident',
];

for (const text of prose) {
  test(`prose '${text}' is not a heading`, () => {
    assert.deepEqual(matchSectionIds(schema, text), []);
    assert.deepEqual(matchSectionIds(schema, text, true), []);
  });
}

test('a plain Label: line must be all known words', () => {
  assert.deepEqual(matchSectionIds(schema, 'Timeline', true), ['timeline']);
  assert.deepEqual(matchSectionIds(schema, 'Timeline of the first deploy window', true), []);
});

test('field labels and their aliases', () => {
  assert.equal(matchFieldId(schema, 'Duration'), 'duration');
  assert.equal(matchFieldId(schema, 'Outage Duration'), 'duration');
  assert.equal(matchFieldId(schema, 'User Impact'), 'impact');
  assert.equal(matchFieldId(schema, 'Root Cause'), 'root-cause');
  assert.equal(matchFieldId(schema, 'Cause'), 'root-cause');
  assert.equal(matchFieldId(schema, 'Start Time'), 'start');
  assert.equal(matchFieldId(schema, 'Resolved At'), 'end');
  assert.equal(matchFieldId(schema, 'Notes'), null);
});
