import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsonSchema from '../../../server/schemas/postmortem-config.schema.json';
import { RULE_CODES, RULE_TAGS, TAGS_OF } from '../../../server/src/service/schema/rule-codes';
import { presetNames, getPreset } from '../../../server/src/service/schema/presets';
import { SEVERITY_SETTINGS } from '../../../server/src/service/schema/config';

// The JSON Schema is for editors only; the parser is the real check. These keep the two in step.
test('the JSON schema lists every rule code and rule group with every setting', () => {
  const rules = jsonSchema.properties.rules.properties as Record<string, { enum: string[]; description: string }>;
  assert.deepEqual(Object.keys(rules), [...RULE_CODES, ...RULE_TAGS]);
  for (const tag of RULE_TAGS) {
    const members = RULE_CODES.filter((c) => TAGS_OF[c].includes(tag));
    assert.ok(members.every((c) => rules[tag]!.description.includes(c)), `${tag} lists its rules`);
  }
  for (const r of Object.values(rules)) {
    assert.deepEqual(r.enum, [...SEVERITY_SETTINGS]);
    assert.ok(r.description.length > 0);
  }
});

test('the JSON schema offers every preset and every preset section id', () => {
  assert.deepEqual(jsonSchema.properties.extends.anyOf[0]!.enum, presetNames);
  const offered = jsonSchema.definitions.section.properties.id.anyOf[0]!.enum as string[];
  const ids = new Set(presetNames.flatMap((n) => getPreset(n)!.sections.map((s) => s.id)));
  assert.deepEqual([...ids].sort(), [...offered].sort());
});

test('the JSON schema allows exactly the keys the parser reads', () => {
  assert.deepEqual(Object.keys(jsonSchema.properties), ['extends', 'rules', 'sections', 'frontmatter']);
  assert.deepEqual(Object.keys(jsonSchema.definitions.section.properties).sort(), ['aliases', 'cues', 'description', 'fields', 'id', 'meets', 'position', 'required', 'skeleton', 'title']);
  assert.deepEqual(Object.keys(jsonSchema.definitions.field.properties).sort(), ['aliases', 'cues', 'description', 'id', 'label', 'meets', 'required']);
});
