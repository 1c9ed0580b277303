/**
 * Every list of presets outside the registry (server/src/service/schema/preset-names.ts) names
 * exactly its presets. A failure says which file to bring in line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PRESETS, PRESET_NAMES, getPreset } from '../../../server/src/service';

const json = (path: string): Record<string, any> => JSON.parse(readFileSync(path, 'utf8'));

test('package.json: the postmortem.preset setting offers every preset, with its description', () => {
  const setting = json('package.json').contributes.configuration.properties['postmortem.preset'];
  assert.deepEqual(setting.enum, PRESET_NAMES, 'package.json contributes.configuration postmortem.preset enum');
  assert.deepEqual(setting.markdownEnumDescriptions, PRESETS.map((p) => p.description), 'package.json postmortem.preset markdownEnumDescriptions');
});

test('server/schemas/postmortem-config.schema.json: extends accepts every preset', () => {
  const ext = json('server/schemas/postmortem-config.schema.json').properties.extends.anyOf[0].enum;
  assert.deepEqual(ext, PRESET_NAMES, 'server/schemas/postmortem-config.schema.json properties.extends.anyOf[0].enum');
});

test('every preset has its YAML, a pm-template snippet, and a row in docs/configuration.md', () => {
  const snippets = json('snippets/postmortem.json');
  const prefixes = new Set(Object.values(snippets).map((s: any) => s.prefix));
  const docs = readFileSync('docs/configuration.md', 'utf8');
  for (const name of PRESET_NAMES) {
    assert.ok(getPreset(name), `server/src/service/schema/presets/${name}.yaml and its import in presets.ts`);
    const prefix = name === 'default' ? 'pm-template' : `pm-template-${name}`;
    assert.ok(prefixes.has(prefix), `snippets/postmortem.json: a "${prefix}" snippet`);
    assert.match(docs, new RegExp(`^\\| \`${name}\` \\|`, 'm'), `docs/configuration.md: a row for ${name} in the presets table`);
  }
});

test('the README names every preset where it lists them', () => {
  const readme = readFileSync('README.md', 'utf8');
  for (const name of PRESET_NAMES) assert.ok(readme.includes(`\`${name}\``), `README.md: \`${name}\``);
});
