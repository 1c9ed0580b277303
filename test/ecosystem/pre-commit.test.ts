/**
 * .pre-commit-hooks.yaml, tried with the pre-commit framework itself (`pre-commit try-repo`) on a
 * repository with one good and one bad postmortem and a README that is no postmortem.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });

function userRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pm-precommit-'));
  mkdirSync(join(dir, 'postmortems'));
  copyFileSync('examples/checkout-latency.postmortem.md', join(dir, 'postmortems', 'good.md'));
  copyFileSync('examples/dns-migration-draft.postmortem.md', join(dir, 'postmortems', 'bad.md'));
  // Not a postmortem: the hook's default `files` pattern must leave it alone.
  writeFileSync(join(dir, 'README.md'), '# Our runbooks\n\nNothing to see.\n');
  for (const args of [['init', '-q'], ['add', '-A']]) spawnSync('git', args, { cwd: dir });
  return dir;
}

// One PRE_COMMIT_HOME for both runs: with a clean checkout the second reuses the installed hook.
const home = mkdtempSync(join(tmpdir(), 'pm-precommit-home-'));

function tryRepo(cwd: string, args: string[]): { code: number | null; out: string } {
  const r = spawnSync('pre-commit', ['try-repo', resolve('.'), 'postmortem-lint', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never' },
    timeout: 300000,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

test('pre-commit try-repo passes a good postmortem and fails a bad one', () => {
  assert.equal(version.error, undefined, 'pre-commit is not installed: test/setup.sh installs it (apt-get install pre-commit)');
  const repo = userRepo();
  const good = tryRepo(repo, ['--files', 'postmortems/good.md', 'README.md']);
  assert.equal(good.code, 0, good.out);
  assert.match(good.out, /postmortem-lint\.+Passed/);
  const all = tryRepo(repo, ['--all-files']);
  assert.equal(all.code, 1, all.out);
  assert.match(all.out, /postmortem-lint\.+Failed/);
  assert.match(all.out, /^postmortems\/bad\.md:\d+:\d+ error missing-section /m);
  assert.doesNotMatch(all.out, /^postmortems\/good\.md:\d+:\d+ /m);
  assert.doesNotMatch(all.out, /README\.md/);
});
