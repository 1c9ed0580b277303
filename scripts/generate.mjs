// `npm run generate`: rewrites the rule lists in the JSON Schema, package.json, the READMEs and
// docs/rules.md from the rule metadata (see scripts/generated-files.ts). Prints each file it changed.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const outdir = join('.cache', 'generate', String(process.pid));
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, 'generated-files.cjs');
try {
  await esbuild.build({
    entryPoints: ['scripts/generated-files.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    loader: { '.yaml': 'text' },
    logLevel: 'warning',
  });
  const { GENERATED_FILES } = createRequire(import.meta.url)(resolve(outfile));
  for (const file of GENERATED_FILES) {
    const current = readFileSync(file.path, 'utf8');
    const wanted = file.update(current);
    if (wanted === current) continue;
    writeFileSync(file.path, wanted);
    console.log(`generate: wrote ${file.path}`);
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
