// `npm run fuzz`: bundles test/robustness/fuzz.ts with the service and runs it. FUZZ_SECONDS sets
// how long (default 300), FUZZ_SEED the first seed.
import { bundleAndRun } from '../bundle-and-run.mjs';

await bundleAndRun({
  name: 'fuzz',
  entryPoints: ['test/robustness/fuzz.ts'],
  external: ['fast-check'],
  nodeArgs: ([file]) => [file],
});
