/** Issue 14: completion and hover in .postmortem.yaml without any YAML extension, from the JSON Schema. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configCompletions, configHover } from '../../../server/src/service/features';
import { RULE_CODES, RULE_TAGS } from '../../../server/src/service/schema/rule-codes';
import { presetNames } from '../../../server/src/service/schema/presets';

/** Completion labels at the `|` in `text`. */
function labelsAt(text: string): string[] {
  const at = text.indexOf('|');
  const before = text.slice(0, at).split('\n');
  const position = { line: before.length - 1, character: before.at(-1)!.length };
  return configCompletions(text.replace('|', ''), position).map((c) => c.label);
}

function hoverAt(text: string, needle: string): string | null {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  const h = configHover(text, { line, character: lines[line]!.indexOf(needle) + 1 });
  return h ? (h.contents as { value: string }).value : null;
}

test('top-level keys, without the ones already written', () => {
  assert.deepEqual(labelsAt('|'), ['extends', 'rules', 'sections', 'frontmatter']);
  assert.deepEqual(labelsAt('extends: default\nru|'), ['rules', 'sections', 'frontmatter']);
});

test('preset names after extends:, rule codes under rules:, severities after a rule code', () => {
  assert.deepEqual(labelsAt('extends: |'), presetNames);
  assert.deepEqual(labelsAt('extends: goo|'), presetNames, 'the client filters what was typed');
  assert.deepEqual(labelsAt('rules:\n  |'), [...RULE_CODES, ...RULE_TAGS]);
  assert.deepEqual(labelsAt('rules:\n  placeholder: off\n  |'), [...RULE_CODES, ...RULE_TAGS].filter((c) => c !== 'placeholder'));
  assert.deepEqual(labelsAt('rules:\n  placeholder: |'), ['error', 'warning', 'information', 'hint', 'off']);
  const item = configCompletions('rules:\n  ', { line: 1, character: 2 }).find((c) => c.label === 'timezone')!;
  assert.equal(item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : '', 'timezone: ${1|error,warning,information,hint,off|}');
});

test('section keys and ids inside sections:, field keys inside fields:', () => {
  assert.deepEqual(labelsAt('sections:\n  - |').sort(), ['aliases', 'cues', 'description', 'fields', 'id', 'meets', 'position', 'required', 'skeleton', 'title']);
  assert.ok(labelsAt('sections:\n  - id: |').includes('root-cause'));
  assert.deepEqual(labelsAt('sections:\n  - id: timeline\n    req|'), ['title', 'aliases', 'required', 'position', 'description', 'skeleton', 'fields', 'meets', 'cues']);
  assert.deepEqual(labelsAt('sections:\n  - id: summary\n    fields:\n      - id: duration\n        |'), ['label', 'aliases', 'required', 'description', 'meets', 'cues']);
  assert.deepEqual(labelsAt('sections:\n  - id: summary\n    required: |'), ['true', 'false']);
  assert.deepEqual(labelsAt('frontmatter:\n  |'), ['required', 'values']);
});

test('no completion inside a comment or a free-text value', () => {
  assert.deepEqual(labelsAt('# rules: |'), []);
  assert.deepEqual(labelsAt('sections:\n  - id: x\n    description: A long text |'), []);
});

test('hover shows the description the JSON Schema gives, with the allowed values', () => {
  const text = 'extends: default\nrules:\n  placeholder: off\nsections:\n  - id: summary\n    required: true\n';
  assert.match(hoverAt(text, 'extends')!, /^\*\*extends\*\*: A bundled preset to start from/);
  assert.match(hoverAt(text, 'placeholder')!, /Leftover TODO[\s\S]*One of: `error`, `warning`/);
  assert.match(hoverAt(text, 'required')!, /Whether missing-section reports the section/);
  assert.match(hoverAt(text, 'id: summary')!, /The section id/);
  assert.equal(hoverAt(text, 'default'), null, 'only keys have hovers');
});
