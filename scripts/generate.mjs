// `npm run generate`: rewrites the rule registry from the rule files, then the rule lists in the
// JSON Schema, package.json, the READMEs and docs/rules.md from the rule metadata (see
// scripts/generated-files.ts). Prints each file it changed.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const outdir = join('.cache', 'generate', String(process.pid));
mkdirSync(outdir, { recursive: true });
// A pass compiles the generator with the registry as it is, then rewrites what is stale. A new rule
// file first changes the registry, and the next pass carries it into the other files.
async function pass(n) {
  const outfile = join(outdir, `generated-files-${n}.cjs`);
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
  let wrote = 0;
  for (const file of GENERATED_FILES) {
    const current = readFileSync(file.path, 'utf8');
    const wanted = file.update(current);
    if (wanted === current) continue;
    writeFileSync(file.path, wanted);
    console.log(`generate: wrote ${file.path}`);
    wrote++;
  }
  return wrote;
}

try {
  let n = 0;
  while ((await pass(n)) > 0) if (++n === 3) throw new Error('generate: the files still change after 3 passes');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
