// `npm run generate`: rewrites the rule registry from the rule files, then the rule lists in the
// JSON Schema, package.json, the READMEs and docs/rules.md from the rule metadata (see
// scripts/rule-registry.ts and scripts/generated-files.ts). Prints each file it changed.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const outdir = join('.cache', 'generate', String(process.pid));

/** Compiles `entry` (TypeScript) and returns its exports. */
async function load(entry) {
  const outfile = join(outdir, entry.replace(/[/.]/g, '-') + '.cjs');
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', loader: { '.yaml': 'text' }, logLevel: 'warning' });
  return createRequire(import.meta.url)(resolve(outfile));
}

function write(files) {
  for (const file of files) {
    const current = readFileSync(file.path, 'utf8');
    const wanted = file.update(current);
    if (wanted === current) continue;
    writeFileSync(file.path, wanted);
    console.log(`generate: wrote ${file.path}`);
  }
}

mkdirSync(outdir, { recursive: true });
try {
  // The registry first, from the rule files as text: the rest is compiled against it.
  write([(await load('scripts/rule-registry.ts')).registry]);
  write((await load('scripts/generated-files.ts')).GENERATED_FILES);
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
