// `node test/corpus/blocks.mjs DIR...`: compares the line classifier's block kinds with markdown-it's
// on every *.md, *.txt and *.wiki file under the folders (test/blocks/compare.ts says how). Not
// part of `npm test`: the real corpora it is meant for are not in the repository. Exits 1 when any
// line disagrees.
import { bundleAndRun } from '../bundle-and-run.mjs';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node test/corpus/blocks.mjs DIR...');
  process.exit(2);
}
await bundleAndRun({
  name: 'blocks',
  entryPoints: ['test/blocks/main.ts'],
  nodeArgs: (built) => [...built, ...dirs],
});
