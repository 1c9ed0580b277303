import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyConfig, parseConfig } from '../../../server/src/service/schema/config';
import { getPreset, resolveSchema } from '../../../server/src/service/schema/presets';
import { matchSectionIds } from '../../../server/src/service/schema/match';
import type { Schema } from '../../../server/src/service/schema/types';

function apply(base: Schema, yaml: string): Schema {
  const c = parseConfig(yaml);
  assert.deepEqual(c.problems, []);
  return applyConfig(base, c.patch, 'test');
}

const section = (schema: Schema, id: string) => schema.sections.find((s) => s.id === id)!;

test('a new section is added at the end, with a title made from its id when none is given', () => {
  const base = getPreset('default')!;
  const s = apply(base, 'sections:\n  - id: customer-comms\n    aliases: [Comms]\n    required: true\n');
  const last = s.sections[s.sections.length - 1]!;
  assert.equal(last.id, 'customer-comms');
  assert.equal(last.title, 'Customer Comms');
  assert.equal(last.required, true);
  assert.ok(last.position > base.sections[base.sections.length - 1]!.position);
  assert.equal(s.name, 'test');
});

test('a partial override merges: given keys replace, the rest stay', () => {
  const base = getPreset('default')!;
  const s = apply(base, 'sections:\n  - id: impact\n    required: true\n    aliases: [Fallout]\n');
  const impact = section(s, 'impact');
  const before = section(base, 'impact');
  assert.equal(impact.required, true);
  assert.equal(impact.title, before.title);
  assert.equal(impact.description, before.description);
  assert.deepEqual(impact.aliases, [...before.aliases, 'Fallout']);
});

test('sections are sorted by position', () => {
  const s = apply(getPreset('default')!, 'sections:\n  - id: timeline\n    position: 1\n  - id: extra\n    position: 62\n');
  assert.equal(s.sections[0]!.id, 'timeline');
  const ids = s.sections.map((x) => x.id);
  assert.equal(ids[ids.indexOf('resolution') + 1], 'extra');
});

test('fields merge by id and new fields are added', () => {
  const s = apply(getPreset('default')!, [
    'sections:',
    '  - id: summary',
    '    fields:',
    '      - { id: duration, required: false }',
    '      - { id: ticket, label: Ticket, aliases: [Task], required: true }',
  ].join('\n'));
  const fields = section(s, 'summary').fields;
  assert.equal(fields.find((f) => f.id === 'duration')!.required, false);
  assert.equal(fields.find((f) => f.id === 'duration')!.label, 'Duration');
  assert.deepEqual(fields.find((f) => f.id === 'ticket'), { id: 'ticket', label: 'Ticket', aliases: ['Task'], required: true, description: '', meets: [], cues: [] });
});

test('an alias given to one section is taken from the section that had it', () => {
  const base = getPreset('default')!;
  assert.deepEqual(matchSectionIds(base, 'Tasks'), ['action-items']);
  const s = apply(base, 'sections:\n  - id: chores\n    title: Chores\n    aliases: [Tasks]\n');
  assert.deepEqual(matchSectionIds(s, 'Tasks'), ['chores']);
  assert.ok(!section(s, 'action-items').aliases.includes('Tasks'));
});

test('a renamed section still answers to its old title', () => {
  const s = apply(getPreset('default')!, 'sections:\n  - id: summary\n    title: Synopsis of Events\n');
  assert.equal(section(s, 'summary').title, 'Synopsis of Events');
  assert.deepEqual(matchSectionIds(s, 'Summary'), ['summary']);
});

test('rules and front matter', () => {
  const base = apply(getPreset('default')!, 'rules: { placeholder: warning, scorecard: off }\nfrontmatter:\n  required: [title]\n  values: { severity: [SEV1] }\n');
  const s = apply(base, 'rules: { placeholder: off }\nfrontmatter:\n  values: { team: [sre] }\n');
  assert.deepEqual(s.rules, { placeholder: 'off', scorecard: 'off' });
  assert.deepEqual(s.frontmatter, { required: ['title'], values: { severity: ['SEV1'], team: ['sre'] } });
});

test('applying never changes the base schema', () => {
  const base = getPreset('default')!;
  const before = JSON.stringify(base);
  apply(base, 'sections:\n  - id: summary\n    title: X\n    fields: [{ id: duration, aliases: [Length] }]\n  - id: y\n    aliases: [Overview]\n');
  assert.equal(JSON.stringify(base), before);
});

test('resolveSchema applies layers base-most first on a preset', () => {
  const team = parseConfig('rules: { placeholder: off }\nsections: [{ id: impact, required: true }]\n').patch;
  const repo = parseConfig('rules: { placeholder: hint }\n').patch;
  const s = resolveSchema('wikimedia', [{ name: 'team.yaml', patch: team }, { name: 'repo.yaml', patch: repo }]);
  assert.equal(s.name, 'repo.yaml');
  assert.equal(s.rules['placeholder'], 'hint');
  assert.equal(section(s, 'impact').required, true);
  assert.equal(section(s, 'action-items').title, 'Actionables');
  assert.equal(resolveSchema('nope', []), getPreset('default'));
});
