// Bundles the benchmark (test/bench/main.ts and the service it measures) and runs it in one process.
// `npm run bench` builds dist/ first, because the LSP numbers drive the real dist/server.js.
import * as esbuild from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const outdir = join('.cache/bench-build', String(process.pid));
const outfile = join(outdir, 'bench.js');
await esbuild.build({
  entryPoints: ['test/bench/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  loader: { '.yaml': 'text' },
  // ESM-only; loaded with import() at run time.
  external: ['markdownlint'],
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
rmSync(outdir, { recursive: true, force: true });
process.exit(r.status ?? 1);
