/** The CLI on files people really have lying around: every one gets a clear line and the right exit code. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli.js');

function lint(args: string[], asNobody = false): { code: number | null; stdout: string; stderr: string } {
  const cmd = asNobody ? 'setpriv' : process.execPath;
  const argv = asNobody ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, ...args] : [CLI, ...args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function dir(): string {
  const d = mkdtempSync(join(tmpdir(), 'pm-bad-'));
  chmodSync(d, 0o755);
  return d;
}

function noStackTrace(s: string): void {
  assert.doesNotMatch(s, /\n\s+at .+:\d+:\d+/, s);
}

test('a symlink loop named on the command line: one line, exit 2', () => {
  const d = dir();
  symlinkSync(join(d, 'b.md'), join(d, 'a.md'));
  symlinkSync(join(d, 'a.md'), join(d, 'b.md'));
  const r = lint([join(d, 'a.md')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /cannot read '.*a\.md': too many symbolic links/);
  noStackTrace(r.stderr);
});

test('a symlink loop inside a folder is reported, and the rest is still checked', () => {
  const d = dir();
  writeFileSync(join(d, 'real.md'), '## Summary\n\nFine.\n');
  symlinkSync(join(d, 'y.md'), join(d, 'x.md'));
  symlinkSync(join(d, 'x.md'), join(d, 'y.md'));
  const r = lint(['--format', 'json', d]);
  assert.match(r.stderr, /skipped '.*x\.md': too many symbolic links/);
  assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1);
});

test('a file without read permission: one line, exit 2', () => {
  const d = dir();
  const f = join(d, 'secret.md');
  writeFileSync(f, '## Summary\n');
  chmodSync(f, 0o000);
  // Root reads anything, so the CLI runs as nobody here.
  const r = lint([f], process.getuid?.() === 0);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /cannot read '.*secret\.md': permission denied/);
  noStackTrace(r.stderr);
});

test('a binary file: one line, exit 2, and other files are still checked', () => {
  const d = dir();
  writeFileSync(join(d, 'blob.md'), Buffer.from([0x23, 0x20, 0x00, 0xff, 0x10]));
  writeFileSync(join(d, 'ok.md'), readFileSync('examples/checkout-latency.postmortem.md'));
  const r = lint([d]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /blob\.md' is a binary file \(it contains NUL bytes\)/);
  assert.match(r.stdout, /No problems in 1 file\.\n1 file could not be read\.\n$/);
});

test('Latin-1 bytes that are not UTF-8 are read, with an encoding diagnostic, and --fix leaves the file alone', () => {
  const d = dir();
  const f = join(d, 'latin.md');
  const bytes = Buffer.from('## Summary\n\nCaf\xe9 outage.\n', 'latin1');
  writeFileSync(f, bytes);
  const r = lint(['--fix', '--format', 'json', f]);
  const [out] = JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ code: string; line: number; message: string }> }>;
  assert.equal(out!.diagnostics[0]!.code, 'encoding');
  assert.match(out!.diagnostics[0]!.message, /not valid UTF-8/);
  assert.deepEqual(readFileSync(f), bytes);
});

test('a BOM and CRLF line endings read like any other file; an empty file is not checked as a postmortem, and says so', () => {
  const d = dir();
  writeFileSync(join(d, 'bom.md'), '\uFEFF' + readFileSync('examples/checkout-latency.postmortem.md', 'utf8').replace(/\n/g, '\r\n'));
  writeFileSync(join(d, 'empty.md'), '');
  const r = lint(['--format', 'json', d]);
  const out = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<{ code: string; line: number; column: number }> }>;
  const bom = out.find((o) => o.file.endsWith('bom.md'))!;
  assert.deepEqual(bom.diagnostics, [], 'the same clean report as without BOM and CRLF');
  const empty = out.find((o) => o.file.endsWith('empty.md'))!;
  assert.deepEqual([...new Set(empty.diagnostics.map((x) => `${x.line}:${x.column}:${x.code}`))], ['1:1:not-a-postmortem']);
  assert.equal(r.code, 0);
});

test('--fix never touches a file that has no fix', () => {
  const d = dir();
  const f = join(d, 'clean.md');
  writeFileSync(f, readFileSync('examples/checkout-latency.postmortem.md'));
  const before = statSync(f);
  const r = lint(['--fix', f]);
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  const after = statSync(f);
  assert.equal(after.mtimeMs, before.mtimeMs);
  assert.equal(after.ino, before.ino, 'not even rewritten with the same content');
});

test('--fix that cannot write leaves the original intact and says why', () => {
  const d = dir();
  const f = join(d, 'draft.md');
  const text = '## Summary\n\nIt broke.\n';
  writeFileSync(f, text);
  chmodSync(f, 0o644);
  chmodSync(d, 0o555); // the temporary file cannot be created beside it
  const r = lint(['--fix', f], process.getuid?.() === 0);
  chmodSync(d, 0o755);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /cannot write '.*draft\.md': permission denied/);
  assert.equal(readFileSync(f, 'utf8'), text);
  noStackTrace(r.stderr);
});
