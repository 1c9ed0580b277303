/**
 * The one check that every file listing the rules agrees with the rule metadata. On a mismatch it
 * names the file and the command that rewrites it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GENERATED_FILES, GENERATE_COMMAND } from '../../../scripts/generated-files';

test('the rule lists in the schema, package.json, READMEs and docs/rules.md match the rule metadata', () => {
  const stale = GENERATED_FILES.filter((f) => {
    const current = readFileSync(f.path, 'utf8');
    return f.update(current) !== current;
  }).map((f) => f.path);
  assert.deepEqual(stale, [], `out of date with the rule files in server/src/service/rules/: ${stale.join(', ')}. Run \`${GENERATE_COMMAND}\` and commit the result.`);
});
