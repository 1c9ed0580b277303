/**
 * Issue 12, `--fix` on a real file system: links, modes, owners, read-only files, interrupted runs
 * and files that change under us. Where permissions matter the CLI runs as `nobody` (the suite
 * runs as root in CI), as test/unit/cli/bad-files.test.ts does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFixed, FixRefused } from '../../server/src/cli/fix-write';

const CLI = resolve('dist/cli.js');
const ROOT = process.getuid?.() === 0;
const NOBODY = 65534;
/** Missing Root Cause and friends: --fix has something to insert. */
const DRAFT = '## Summary\n\nIt broke.\n';

function lint(args: string[], asNobody: boolean): { code: number | null; stdout: string; stderr: string } {
  const cmd = asNobody ? 'setpriv' : process.execPath;
  const argv = asNobody ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, ...args] : [CLI, ...args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder `nobody` may write in when we are root. */
function dir(): string {
  const d = mkdtempSync(join(tmpdir(), 'pm-fixfs-'));
  chmodSync(d, 0o755);
  if (ROOT) chownSync(d, NOBODY, NOBODY);
  return d;
}

function draft(d: string, name = 'draft.md', mode = 0o644): string {
  const f = join(d, name);
  writeFileSync(f, DRAFT);
  // chown clears set-id bits, so the mode comes after it.
  if (ROOT) chownSync(f, NOBODY, NOBODY);
  chmodSync(f, mode);
  return f;
}

test('--fix through a symbolic link fixes the target and keeps the link', () => {
  const d = dir();
  const target = draft(d, 'target.md');
  symlinkSync('target.md', join(d, 'link.md'));
  const r = lint(['--fix', join(d, 'link.md')], ROOT);
  assert.match(r.stderr, /link\.md: fixed/);
  assert.ok(lstatSync(join(d, 'link.md')).isSymbolicLink());
  assert.equal(readlinkSync(join(d, 'link.md')), 'target.md');
  assert.match(readFileSync(target, 'utf8'), /Root Cause/);
});

test('--fix keeps group-write, setuid and setgid bits, with the umask at 022', () => {
  const d = dir();
  const f = draft(d, 'draft.md', 0o6664);
  const r = lint(['--fix', f], ROOT);
  assert.match(r.stderr, /fixed/);
  assert.equal(statSync(f).mode & 0o7777, 0o6664);
});

test('--fix run by root keeps the file\'s owner', () => {
  const d = dir();
  const f = draft(d);
  const before = statSync(f);
  lint(['--fix', f], false);
  const after = statSync(f);
  assert.match(readFileSync(f, 'utf8'), /Root Cause/);
  assert.deepEqual([after.uid, after.gid], [before.uid, before.gid]);
});

test('--fix refuses a read-only file: exit 2, a message, the file untouched', () => {
  for (const asNobody of [false, ROOT]) {
    const d = dir();
    const f = draft(d, 'draft.md', 0o444);
    const r = lint(['--fix', f], asNobody);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /--fix: not fixing '.*draft\.md': it is read-only/);
    assert.equal(readFileSync(f, 'utf8'), DRAFT);
    assert.match(r.stdout, /missing-section/, 'the file is still checked');
  }
});

test('--fix refuses a file with hard links rather than split them', () => {
  const d = dir();
  const f = draft(d);
  linkSync(f, join(d, 'other-name.md'));
  const r = lint(['--fix', f], ROOT);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /not fixing '.*draft\.md': it has 2 hard links/);
  assert.equal(statSync(f).nlink, 2);
  assert.equal(readFileSync(join(d, 'other-name.md'), 'utf8'), DRAFT);
});

test('temporary files of a killed --fix are removed by the next run', () => {
  const d = dir();
  const f = draft(d);
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  const stale = join(d, `.draft.md.${dead}.postmortem-fix.tmp`);
  writeFileSync(stale, 'half a file');
  if (ROOT) chownSync(stale, NOBODY, NOBODY);
  const r = lint(['--fix', f], ROOT);
  assert.match(r.stderr, /removed '.*\.draft\.md\.\d+\.postmortem-fix\.tmp', left behind by an interrupted --fix/);
  assert.deepEqual(readdirSync(d).sort(), ['draft.md']);
});

test('a file that changed after it was read is left alone, and no temporary file stays', () => {
  const d = dir();
  const f = draft(d);
  const read = readFileSync(f);
  writeFileSync(f, `${DRAFT}A line the editor saved meanwhile.\n`);
  assert.throws(() => writeFixed(f, read, Buffer.from(`${DRAFT}## Root Cause\n`)), (e: unknown) => e instanceof FixRefused && /changed while it was being fixed/.test(e.message));
  assert.equal(readFileSync(f, 'utf8'), `${DRAFT}A line the editor saved meanwhile.\n`);
  assert.deepEqual(readdirSync(d), ['draft.md']);
});
