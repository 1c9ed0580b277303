/**
 * `npm run fuzz`: the property tests with fresh seeds, for as long as FUZZ_SECONDS says (default
 * 300). Each round runs every property with a new seed until the time is up. A failure prints the
 * seed and path that reproduce it (fc.assert with { seed, path }); fuzzing goes on with the next
 * seed, and the run exits non-zero at the end.
 */
import fc from 'fast-check';
import { PROPERTIES } from './properties';

const seconds = Number(process.env.FUZZ_SECONDS ?? 300);
const deadline = Date.now() + seconds * 1000;
const firstSeed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const properties = PROPERTIES.filter((p) => p.fuzz !== false);
const tried = new Map<string, number>(properties.map((p) => [p.name, 0]));
/** Each property gets a slice per round, so all of them run even in a short session. */
const slice = Math.max(2_000, Math.min(60_000, (seconds * 1000) / (properties.length * 3)));

console.log(`fuzzing for ${seconds} s from seed ${firstSeed}`);
let seed = firstSeed;
let rounds = 0;
let failures = 0;
while (Date.now() < deadline) {
  for (const p of properties) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    const details = fc.check(p.property(), { seed, numRuns: 1_000_000, interruptAfterTimeLimit: Math.min(left, slice), markInterruptAsFailure: false });
    tried.set(p.name, tried.get(p.name)! + details.numRuns);
    if (details.failed) {
      console.error(`FAILED: ${p.name}\n  seed ${details.seed}, path "${details.counterexamplePath}"`);
      console.error(`  counterexample: ${fc.stringify(details.counterexample).slice(0, 2000)}`);
      console.error(`  ${String(details.errorInstance ?? details.error).slice(0, 2000)}`);
      console.error(`  reproduce: fc.assert(property, { seed: ${details.seed}, path: "${details.counterexamplePath}" })`);
      failures++;
    }
    seed = (seed + 1) % 2 ** 31;
  }
  rounds++;
}
let total = 0;
for (const [name, n] of tried) {
  console.log(`${String(n).padStart(8)}  ${name}`);
  total += n;
}
console.log(`${String(total).padStart(8)}  inputs in ${rounds} rounds, seeds ${firstSeed}..${seed}, ${failures} failing seeds`);
process.exit(failures > 0 ? 1 : 0);
