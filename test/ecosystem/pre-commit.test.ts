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

// try-repo installs the hook into a temporary store on every call (an npm install of the dev
// dependencies and the prepack build, one to two minutes here), so the test calls it once.
function tryRepo(cwd: string, args: string[]): { code: number | null; out: string } {
  const r = spawnSync('pre-commit', ['try-repo', resolve('.'), 'postmortem-lint', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), 'pm-precommit-home-')), PRE_COMMIT_COLOR: 'never' },
    timeout: 300000,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

test('pre-commit try-repo fails the bad postmortem, passes the good one and leaves the README alone', () => {
  assert.equal(version.error, undefined, 'pre-commit is not installed: test/setup.sh installs it (apt-get install pre-commit)');
  const r = tryRepo(userRepo(), ['--all-files']);
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /postmortem-lint\.+Failed/);
  assert.match(r.out, /^postmortems\/bad\.md:\d+:\d+ error missing-section /m);
  // The good one was checked (its incident line) and has no problems.
  assert.match(r.out, /^postmortems\/good\.md: incident: /m);
  assert.doesNotMatch(r.out, /^postmortems\/good\.md:\d+:\d+ /m);
  // Only the two postmortems reached the hook: the README matches no default pattern.
  assert.match(r.out, / in 2 files\.$/m);
  assert.doesNotMatch(r.out, /README\.md/);
});
