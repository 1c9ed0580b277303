// Compiles every test/**/*.test.ts with esbuild and runs them with node's test runner.
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { bundleAndRun } from './bundle-and-run.mjs';

const suites = process.argv.slice(2);
const roots = suites.length ? suites.map((s) => join('test', s)) : ['test/unit', 'test/grammar', 'test/robustness', 'test/protocol', 'test/ecosystem'];

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
await bundleAndRun({
  name: 'test',
  entryPoints: files,
  external: ['fast-check', 'markdownlint', 'mermaid', 'typescript'],
  // test/ecosystem installs packages and builds (npm, pre-commit): run it after the rest, not beside
  // the timing checks in test/robustness, which a busy CPU would make fail.
  nodeArgs: (built) => {
    const heavy = built.filter((f) => f.includes(`${sep}ecosystem${sep}`));
    const rest = built.filter((f) => !heavy.includes(f));
    return [rest, heavy].filter((group) => group.length > 0).map((group) => ['--test', '--test-concurrency=2', ...group]);
  },
  // Every test file is a node process, and most start more (the CLI, the server). Node reads the
  // file NODE_EXTRA_CA_CERTS names at every start, about 35 ms here, and none of these tests opens a
  // TLS connection; the server drops it for the same reason (server/src/launch.ts). The ecosystem
  // tests run npm and pre-commit, which may, so they keep it.
  env: (run) => {
    if (run.some((f) => f.includes(`${sep}ecosystem${sep}`))) return process.env;
    const env = { ...process.env };
    delete env.NODE_EXTRA_CA_CERTS;
    return env;
  },
});
