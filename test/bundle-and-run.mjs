// Bundles TypeScript entry points with esbuild (no TypeScript loader needed at run time) into a
// per-run folder under .cache/, runs them with node, removes the folder, and exits with their status.
import * as esbuild from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * @param {{ name: string, entryPoints: string[], outbase?: string, external?: string[], nodeArgs: (files: string[]) => string[] | string[][], env?: (run: string[]) => NodeJS.ProcessEnv }} o
 */
export async function bundleAndRun(o) {
  // One folder per run, so two runs at once do not delete each other's files.
  const outdir = join('.cache', `${o.name}-build`, String(process.pid));
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: o.entryPoints,
    outdir,
    outbase: o.outbase ?? 'test',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    // Stack traces still point at the .ts line; only the embedded source text, which every test
    // process would parse at start-up, is left out.
    sourcesContent: false,
    loader: { '.yaml': 'text' },
    external: o.external ?? [],
    logLevel: 'warning',
  });
  const outbase = o.outbase ?? 'test';
  const built = o.entryPoints.map((f) => join(outdir, f.slice(outbase.length + 1).replace(/\.ts$/, '.js')));
  // nodeArgs may give several runs; they go one after the other, and the first failure is the exit status.
  const args = o.nodeArgs(built);
  let status = 0;
  for (const run of Array.isArray(args[0]) ? args : [args]) {
    const r = spawnSync(process.execPath, ['--enable-source-maps', ...run], { stdio: 'inherit', env: o.env ? o.env(run) : process.env });
    if (status === 0) status = r.status ?? 1;
  }
  rmSync(outdir, { recursive: true, force: true });
  process.exit(status);
}
