import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getPreset, loadPreset, presetNames } from '../../../server/src/service/schema/presets';
import { normalizeWords } from '../../../server/src/service/schema/match';
import { parseConfig } from '../../../server/src/service/schema/config';
import type { Schema } from '../../../server/src/service/schema/types';
import defaultYaml from '../../../server/src/service/schema/presets/default.yaml';
import googleSreYaml from '../../../server/src/service/schema/presets/google-sre.yaml';
import pagerdutyYaml from '../../../server/src/service/schema/presets/pagerduty.yaml';
import wikimediaYaml from '../../../server/src/service/schema/presets/wikimedia.yaml';

const SOURCES: Record<string, string> = {
  default: defaultYaml,
  'google-sre': googleSreYaml,
  pagerduty: pagerdutyYaml,
  wikimedia: wikimediaYaml,
};

const CANONICAL = [
  'summary', 'impact', 'detection', 'timeline', 'root-cause', 'resolution',
  'action-items', 'lessons-learned', 'contributing-factors', 'scorecard', 'supporting-info',
];

const key = (s: string) => normalizeWords(s).join(' ');
const section = (schema: Schema, id: string) => schema.sections.find((s) => s.id === id)!;
const required = (schema: Schema) => schema.sections.filter((s) => s.required).map((s) => s.id);

for (const name of presetNames) {
  test(`preset ${name} parses without problems`, () => {
    const loaded = loadPreset(name)!;
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.schema.name, name);
  });

  test(`preset ${name} keeps every canonical section, sorted by position`, () => {
    const schema = getPreset(name)!;
    for (const id of CANONICAL) assert.ok(section(schema, id), `${name} lacks ${id}`);
    const positions = schema.sections.map((s) => s.position);
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b));
  });

  test(`preset ${name} has no heading or label that names two things`, () => {
    const schema = getPreset(name)!;
    const owners = new Map<string, string>();
    for (const s of schema.sections) {
      for (const n of [s.title, s.id.replace(/-/g, ' '), ...s.aliases]) {
        const k = key(n);
        assert.ok(k !== '', `${s.id}: '${n}' has no words`);
        const other = owners.get(k);
        assert.ok(other === undefined || other === s.id, `'${n}' names both ${other} and ${s.id}`);
        owners.set(k, s.id);
      }
    }
    const fieldOwners = new Map<string, string>();
    for (const f of schema.sections.flatMap((s) => s.fields)) {
      assert.ok(!fieldOwners.has(f.id), `field id ${f.id} is used twice`);
      for (const n of [f.label, ...f.aliases]) {
        const other = fieldOwners.get(key(n));
        assert.ok(other === undefined || other === f.id, `'${n}' names fields ${other} and ${f.id}`);
        fieldOwners.set(key(n), f.id);
      }
    }
  });

  // Applying a patch moves a claimed alias silently, which would hide a collision in a preset.
  test(`preset ${name} keeps every alias it lists where it lists it`, () => {
    const schema = getPreset(name)!;
    for (const sp of parseConfig(SOURCES[name]!).patch.sections) {
      const s = section(schema, sp.id);
      const names = new Set([s.title, ...s.aliases].map(key));
      for (const a of sp.aliases ?? []) assert.ok(names.has(key(a)), `${name}: '${a}' was taken from ${sp.id}`);
      for (const fp of sp.fields ?? []) {
        const f = s.fields.find((x) => x.id === fp.id)!;
        const labels = new Set([f.label, ...f.aliases].map(key));
        for (const a of fp.aliases ?? []) assert.ok(labels.has(key(a)), `${name}: '${a}' was taken from field ${fp.id}`);
      }
    }
  });

  test(`preset ${name} describes every section and gives it a fill-in skeleton`, () => {
    for (const s of getPreset(name)!.sections) {
      assert.ok(s.description.length > 20, `${name}/${s.id} description`);
      assert.match(s.skeleton, /TODO/, `${name}/${s.id} skeleton`);
      // Blank lines do not count: markdownlint wants them around lists and tables.
      assert.ok(s.skeleton.split('\n').filter((l) => l.trim() !== '').length <= 10, `${name}/${s.id} skeleton is short`);
    }
  });
}

test('unknown presets are undefined', () => {
  assert.equal(getPreset('nope'), undefined);
  assert.equal(loadPreset('nope'), undefined);
});

test('getPreset returns the same cached object', () => {
  assert.equal(getPreset('wikimedia'), getPreset('wikimedia'));
});

test('default requires summary, timeline, root-cause, resolution and action-items', () => {
  const schema = getPreset('default')!;
  assert.deepEqual(required(schema).sort(), ['action-items', 'resolution', 'root-cause', 'summary', 'timeline']);
  const summary = section(schema, 'summary');
  const fields = summary.fields.filter((f) => f.required).map((f) => f.label);
  assert.deepEqual(fields, ['Duration', 'Impact', 'Root Cause']);
  for (const id of ['start', 'end', 'severity', 'detected']) {
    assert.equal(summary.fields.find((f) => f.id === id)?.required, false, id);
  }
});

test('default has the aliases writers use', () => {
  const schema = getPreset('default')!;
  const expect: Record<string, string[]> = {
    summary: ['Issue Summary', 'Executive Summary', 'Overview', 'Synopsis', 'TL;DR'],
    'action-items': ['Actionables', 'Corrective and Preventative Measures', 'Follow-ups', 'Tasks', 'Corrective Actions', 'Next Steps'],
    timeline: ['Chronology', 'Timeline of Events', 'Sequence of Events'],
    'root-cause': ['Root Causes', 'Cause'],
    resolution: ['Resolution and Recovery', 'Recovery', 'Mitigation', 'Fix'],
    impact: ['User Impact', 'Customer Impact'],
    detection: ['How Was It Detected'],
    'lessons-learned': ['What Went Well', 'What Went Wrong', 'Where We Got Lucky', 'Lessons'],
    scorecard: ['Incident Engagement ScoreCard'],
    'supporting-info': ['Appendix', 'Links', 'References', 'Documentation'],
  };
  for (const [id, aliases] of Object.entries(expect)) {
    const known = new Set(section(schema, id).aliases.map(key));
    for (const a of aliases) assert.ok(known.has(key(a)), `${id} lacks alias '${a}'`);
  }
  assert.ok(section(schema, 'supporting-info').title === 'Supporting Information');
});

test('the time module finds duration, start and end fields', () => {
  const ids = section(getPreset('default')!, 'summary').fields.map((f) => f.id);
  for (const id of ['duration', 'start', 'end']) assert.ok(ids.includes(id), id);
  const end = section(getPreset('default')!, 'summary').fields.find((f) => f.id === 'end')!;
  assert.ok(end.aliases.includes('Resolved At'));
});

test('google-sre follows the SRE book example', () => {
  const schema = getPreset('google-sre')!;
  assert.deepEqual(required(schema), [
    'summary', 'impact', 'root-cause', 'trigger', 'resolution', 'detection', 'action-items', 'lessons-learned', 'timeline',
  ]);
  assert.equal(section(schema, 'root-cause').title, 'Root Causes');
  const fields = section(schema, 'summary').fields.filter((f) => f.required).map((f) => f.id);
  assert.deepEqual(fields.sort(), ['authors', 'date', 'status']);
});

test('wikimedia follows the incident report template', () => {
  const schema = getPreset('wikimedia')!;
  assert.deepEqual(required(schema), [
    'summary', 'timeline', 'detection', 'lessons-learned', 'supporting-info', 'action-items', 'scorecard',
  ]);
  assert.equal(section(schema, 'action-items').title, 'Actionables');
  assert.equal(section(schema, 'lessons-learned').title, 'Conclusions');
  const fields = section(schema, 'summary').fields.filter((f) => f.required).map((f) => f.label);
  for (const label of ['Incident ID', 'Start', 'End', 'Task', 'People paged', 'Responder count', 'Coordinators', 'Affected metrics/SLOs', 'Impact']) {
    assert.ok(fields.includes(label), label);
  }
});

test('pagerduty follows its postmortem template', () => {
  const schema = getPreset('pagerduty')!;
  assert.deepEqual(required(schema), [
    'summary', 'what-happened', 'contributing-factors', 'resolution', 'impact', 'responders', 'timeline', 'lessons-learned',
    'action-items', 'messaging',
  ]);
  assert.equal(section(schema, 'summary').title, 'Overview');
  // The replaced title still names the section.
  assert.ok(section(schema, 'summary').aliases.includes('Summary'));
});

test('presets do not share or change the default they extend', () => {
  const before = JSON.stringify(getPreset('default'));
  getPreset('google-sre');
  getPreset('pagerduty');
  assert.equal(JSON.stringify(getPreset('default')), before);
  assert.notEqual(section(getPreset('pagerduty')!, 'summary'), section(getPreset('default')!, 'summary'));
});
