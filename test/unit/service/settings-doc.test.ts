/** The README's settings table and package.json's contributed settings say the same thing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS } from '../../../server/src/lsp/settings';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { configuration: { properties: Record<string, { default: unknown; markdownDescription?: string; scope?: string }> } } };
const props = pkg.contributes.configuration.properties;
// README.md is the repository's page; README.extension.md is the extension's details page in VS Code.
const readmes = ['README.md', 'README.extension.md'].map((name) => ({ name, text: readFileSync(name, 'utf8') }));

test('every contributed setting is in each README table with its default, a description and a scope', () => {
  for (const { name, text: readme } of readmes) for (const [key, spec] of Object.entries(props)) {
    assert.ok(spec.markdownDescription, `${key} has a markdownDescription`);
    assert.ok(spec.scope, `${key} has a scope`);
    const row = readme.split('\n').find((l) => l.startsWith(`| \`${key}\` |`));
    assert.ok(row, `${name} row for ${key}`);
    assert.ok(row.includes(JSON.stringify(spec.default).replace(/,/g, ', ')) || row.includes(`\`${String(spec.default)}\``) || (spec.default === '' && row.includes('`""`')) || (JSON.stringify(spec.default) === '{}' && row.includes('`{}`')), `${name} default for ${key}: ${row}`);
  }
});

test('the server reads every setting the extension contributes, with the same defaults', () => {
  const server: Record<string, unknown> = {
    'postmortem.preset': DEFAULT_SETTINGS.preset,
    'postmortem.configFile': DEFAULT_SETTINGS.configFile,
    'postmortem.allowedConfigPaths': DEFAULT_SETTINGS.allowedConfigPaths,
    'postmortem.rules': DEFAULT_SETTINGS.rules,
    'postmortem.debounceMs': DEFAULT_SETTINGS.debounceMs,
    'postmortem.ticketUrl': DEFAULT_SETTINGS.ticketUrl,
    'postmortem.inlayHints.timelineOffsets': DEFAULT_SETTINGS.inlayHints.timelineOffsets,
    'postmortem.inlayHints.durations': DEFAULT_SETTINGS.inlayHints.durations,
  };
  for (const [key, value] of Object.entries(server)) assert.deepEqual(props[key]?.default, value, key);
});
