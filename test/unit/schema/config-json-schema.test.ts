import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsonSchema from '../../../server/schemas/postmortem-config.schema.json';
import { presetNames, getPreset } from '../../../server/src/service/schema/presets';

// The JSON Schema is for editors only; the parser is the real check. These keep the two in step.
// Its rule codes and groups are generated from the rule metadata (test/unit/schema/generated-files.test.ts).
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
