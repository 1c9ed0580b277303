/**
 * The npm package: packed, installed into an empty folder, and used only through its binaries,
 * as a team that adds it to CI would use it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installPackage } from './installed-package';
import { startServer } from '../protocol/client';

const pkg = installPackage();
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

test('the tarball holds only what runs: bundles, presets, schema, rule docs, README, licence', () => {
  assert.deepEqual(pkg.files, [
    'LICENSE',
    'README.extension.md', // npm always packs README.*: the extension's user-facing page comes along
    'README.md',
    'dist/cli.js',
    'dist/server.js',
    'docs/rules.md',
    'package.json',
    'server/schemas/postmortem-config.schema.json',
    'server/schemas/report.schema.json',
    'server/src/service/schema/presets/default.yaml',
    'server/src/service/schema/presets/google-sre.yaml',
    'server/src/service/schema/presets/pagerduty.yaml',
    'server/src/service/schema/presets/wikimedia.yaml',
  ]);
});

test('npx postmortem-lint --version and a real check work from the installed package', () => {
  const npx = (args: string[]) => spawnSync('npx', ['--no-install', 'postmortem-lint', ...args], { cwd: pkg.dir, encoding: 'utf8', env: pkg.env, timeout: 60000 });
  const v = npx(['--version']);
  assert.equal(v.status, 0, v.stderr);
  assert.equal(v.stdout.trim(), VERSION);
  copyFileSync('examples/dns-migration-draft.postmortem.md', join(pkg.dir, 'draft.md'));
  copyFileSync('examples/checkout-latency.postmortem.md', join(pkg.dir, 'clean.md'));
  const bad = npx(['draft.md']);
  assert.equal(bad.status, 1, bad.stdout + bad.stderr);
  assert.match(bad.stdout, /^draft\.md:\d+:\d+ error missing-section /m);
  const good = npx(['clean.md']);
  assert.equal(good.status, 0, good.stdout + good.stderr);
  // The archive report's worker threads run the installed bundle itself.
  const report = npx(['report', '--format', 'json', '--jobs', '2', '.']);
  assert.equal(report.status, 0, report.stderr);
  assert.equal(JSON.parse(report.stdout).totals.incidents, 2);
});

test('the installed postmortem-language-server answers --version and publishes diagnostics over stdio', async () => {
  const bin = join(pkg.dir, 'node_modules', '.bin', 'postmortem-language-server');
  const v = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 10000 });
  assert.equal(v.stdout.trim(), VERSION, v.stderr);
  const client = await startServer({ command: bin });
  try {
    const uri = pathToFileURL(join(pkg.dir, 'draft.postmortem.md')).href;
    client.open(uri, readFileSync('examples/dns-migration-draft.postmortem.md', 'utf8'));
    const diagnostics = await client.diagnostics(uri);
    assert.ok(diagnostics.some((d) => d.code === 'missing-section'), JSON.stringify(diagnostics));
    assert.ok(diagnostics.every((d) => d.codeDescription?.href.endsWith(`#${d.code}`)));
  } finally {
    await client.stop();
  }
});
