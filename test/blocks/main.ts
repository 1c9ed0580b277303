/**
 * `node test/corpus/blocks.mjs DIR...`: the block-structure differential check over every *.md,
 * *.txt and *.wiki file under the given folders (as the unit test reads fixtures). Prints each
 * disagreement as file:line, then the totals per kind.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getPreset } from '../../server/src/service/schema/presets';
import { BLOCK_KINDS, compareBlocks, formatDisagreement } from './compare';

function markdownFiles(dir: string): string[] {
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name.startsWith('.') ? [] : markdownFiles(p);
    return /\.(md|txt|wiki)$/.test(d.name) ? [p] : [];
  });
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node test/corpus/blocks.mjs DIR...');
  process.exit(2);
}
const schema = getPreset('default')!;
const perKind = new Map(BLOCK_KINDS.map((k) => [k, 0]));
let files = 0;
let compared = 0;
let disagreements = 0;
for (const file of dirs.flatMap(markdownFiles).sort()) {
  const c = compareBlocks(readFileSync(file, 'utf8'), schema);
  files++;
  compared += c.compared;
  disagreements += c.disagreements.length;
  for (const d of c.disagreements) {
    perKind.set(d.kind, perKind.get(d.kind)! + 1);
    console.log(formatDisagreement(file, d));
  }
}
const kinds = [...perKind].map(([k, n]) => `${k} ${n}`).join(', ');
console.log(`\n${files} files, ${compared} lines compared, ${disagreements} disagreements (${kinds})`);
process.exitCode = disagreements === 0 ? 0 : 1;
