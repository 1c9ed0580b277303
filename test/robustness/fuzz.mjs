// `npm run fuzz`: bundles test/robustness/fuzz.ts with the service and runs it. FUZZ_SECONDS sets
// how long (default 300), FUZZ_SEED the first seed.
import * as esbuild from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const outdir = join('.cache/fuzz-build', String(process.pid));
const outfile = join(outdir, 'fuzz.js');
await esbuild.build({
  entryPoints: ['test/robustness/fuzz.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  loader: { '.yaml': 'text' },
  external: ['fast-check'],
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--enable-source-maps', outfile], { stdio: 'inherit' });
rmSync(outdir, { recursive: true, force: true });
process.exit(r.status ?? 1);
