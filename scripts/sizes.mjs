// `npm run sizes [folder...]`: lists functions over 60 lines and files over 250 lines
// (scripts/module-sizes.ts). Compiles it with esbuild, as the tests are, and runs it.
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const outdir = join('.cache', 'sizes', String(process.pid));
mkdirSync(outdir, { recursive: true });
try {
  const outfile = join(outdir, 'module-sizes.cjs');
  await esbuild.build({ entryPoints: ['scripts/module-sizes.ts'], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['typescript'], logLevel: 'warning' });
  createRequire(import.meta.url)(resolve(outfile)).main(process.argv.slice(2));
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
