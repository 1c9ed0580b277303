// Bundles the benchmark (test/bench/main.ts and the service it measures) and runs it in one process.
// `npm run bench` builds dist/ first, because the LSP numbers drive the real dist/server.js.
import { bundleAndRun } from '../bundle-and-run.mjs';

await bundleAndRun({
  name: 'bench',
  entryPoints: ['test/bench/main.ts'],
  // ESM-only; loaded with import() at run time.
  external: ['markdownlint'],
  nodeArgs: ([file]) => [file, ...process.argv.slice(2)],
});
