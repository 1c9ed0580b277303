/**
 * The service stays easy to change: no function over about 60 lines, no file over about 250 lines
 * except data tables. `npm run sizes` lists the same for any folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tsFiles, violations } from '../../../scripts/module-sizes';

/** Files allowed over the limits, and why. Each must still be over them, so the list only shrinks. */
const KNOWN: Record<string, string> = {
  // The document model's interfaces: issue 13's readonly-model change rewrites this file; split it after.
  'server/src/service/model.ts': 'the model types',
  // createLanguageService (65 lines) wires every feature to a method; issue 13's service API is still being written.
  'server/src/service/language-service.ts': 'createLanguageService',
};

test('no function in server/src/service is over 60 lines, and no file over 250', () => {
  const found = violations(tsFiles('server/src/service'));
  const unexpected = found.filter((v) => !Object.keys(KNOWN).some((file) => v.startsWith(`${file}:`)));
  assert.deepEqual(unexpected, [], 'split these (see docs/ARCHITECTURE.md)');
  for (const file of Object.keys(KNOWN)) assert.ok(found.some((v) => v.startsWith(`${file}:`)), `${file} is within the limits now: take it off KNOWN`);
});
