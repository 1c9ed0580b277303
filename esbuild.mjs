// Bundles the three shells into dist/. Type checking is a separate step (`npm run typecheck`).
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  // Always minified: the server loads about twice as fast, which is most of its cold start
  // (see docs/performance.md). The linked source maps keep stack traces readable in development.
  minify: true,
  logLevel: 'warning',
  // The presets and default schema ship inside the bundle as YAML text.
  loader: { '.yaml': 'text' },
  define: { PACKAGE_VERSION: JSON.stringify(pkg.version) },
  // vscode-languageclient require()s minimatch and we import it: without this, the client bundle
  // would carry both its CommonJS and its ESM build (25 KB twice).
  alias: { minimatch: './node_modules/minimatch/dist/commonjs/index.js' },
};

const entries = [
  // Both are npm bin entries (postmortem-language-server, postmortem-lint), so both need a shebang.
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
];

const { existsSync } = await import('node:fs');
const builds = entries.filter((e) => existsSync(e.entryPoints[0])).map((e) => ({ ...common, ...e }));

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
