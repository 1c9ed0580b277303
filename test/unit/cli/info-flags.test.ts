/** --version and --help on both binaries: print, exit 0, and (for the server) never start LSP. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

for (const [name, bundle] of [['postmortem-lint', 'dist/cli.js'], ['postmortem-language-server', 'dist/server.js']] as const) {
  test(`${name} --version prints the package version`, () => {
    const r = spawnSync(process.execPath, [resolve(bundle), '--version'], { encoding: 'utf8', timeout: 10000 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), VERSION);
  });

  test(`${name} --help prints its usage`, () => {
    for (const flag of ['--help', '-h']) {
      const r = spawnSync(process.execPath, [resolve(bundle), flag], { encoding: 'utf8', timeout: 10000 });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`^Usage: ${name} `));
    }
  });
}
