/** The output formats' registry (server/src/cli/formats.ts) against the places that list them for users. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FORMAT_NAMES } from '../../../server/src/cli/formats';

test('README.md describes every --format, and action.yml offers each for its report file', () => {
  const readme = readFileSync('README.md', 'utf8');
  const action = readFileSync('action.yml', 'utf8');
  for (const name of FORMAT_NAMES) {
    assert.match(readme, new RegExp(`^- \`${name}\` `, 'm'), `README.md: a "- \`${name}\` ..." line in the output formats list`);
    if (name !== 'github') assert.match(action, new RegExp(`description: Format of the report file \\([^)]*\\b${name}\\b`), `action.yml: ${name} in the format input's description`);
  }
});
