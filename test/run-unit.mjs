// Compiles every test/**/*.test.ts with esbuild and runs them with node's test runner.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const suites = process.argv.slice(2);
const roots = suites.length ? suites.map((s) => join('test', s)) : ['test/unit', 'test/grammar', 'test/robustness', 'test/protocol'];

function find(dir) {
  let out = [];
  let names;
  try { names = readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  for (const d of names) {
    const p = join(dir, d.name);
    if (d.isDirectory()) out = out.concat(find(p));
    else if (d.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

// A suite is a folder under test/ or a single test file.
const files = roots.flatMap((r) => (r.endsWith('.test.ts') ? [r] : find(r))).sort();
if (files.length === 0) {
  // node --test with no files would fall back to discovering every script under test/.
  console.error(`run-unit: no *.test.ts files under ${roots.join(', ')}`);
  process.exit(2);
}
// One folder per run, so two runs at once (a watcher and a terminal) do not delete each other's files.
const outdir = join('.cache/test-build', String(process.pid));
rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: files,
  outdir,
  outbase: 'test',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  loader: { '.yaml': 'text' },
  external: ['fast-check', 'markdownlint'],
  logLevel: 'warning',
});
const built = files.map((f) => join(outdir, f.slice('test/'.length).replace(/\.ts$/, '.js')));
const r = spawnSync(process.execPath, ['--enable-source-maps', '--test', '--test-concurrency=2', ...built], { stdio: 'inherit' });
rmSync(outdir, { recursive: true, force: true });
process.exit(r.status ?? 1);
