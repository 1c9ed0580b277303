/**
 * Property-based tests with a fixed seed, so CI sees the same inputs every run. `npm run fuzz`
 * runs the same properties for longer with fresh seeds (test/robustness/fuzz.ts).
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { PROPERTIES } from './properties';

fc.configureGlobal({ seed: 42, numRuns: 150 });

for (const p of PROPERTIES) {
  test(p.name, () => {
    fc.assert(p.property(), { numRuns: p.ciRuns });
  });
}
