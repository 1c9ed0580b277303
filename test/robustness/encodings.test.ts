/** Issue 12, text encodings: UTF-16 with a byte-order mark is read and fixed in place; other encodings are named, never "binary". */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TEXT = '## Summary\n\nIt broke at 14:05 UTC. Café.\n';

function lint(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [resolve('dist/cli.js'), ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function utf16(text: string, be: boolean, bom = true): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (be) body.swap16();
  return bom ? Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), body]) : body;
}

for (const be of [false, true]) {
  const name = be ? 'UTF-16 BE' : 'UTF-16 LE';
  test(`${name} with a byte-order mark is read, and --fix writes it back as ${name}`, () => {
    const d = mkdtempSync(join(tmpdir(), 'pm-enc-'));
    const f = join(d, 'pm.md');
    writeFileSync(f, utf16(TEXT, be));
    const r = lint(['--format', 'json', f]);
    assert.equal(r.code, 1, r.stderr);
    const [report] = JSON.parse(r.stdout) as { diagnostics: { code: string; line: number }[] }[];
    assert.ok(report!.diagnostics.some((x) => x.code === 'missing-section'));
    assert.ok(!report!.diagnostics.some((x) => x.code === 'encoding'));
    lint(['--fix', f]);
    const bytes = readFileSync(f);
    assert.deepEqual([...bytes.subarray(0, 2)], be ? [0xfe, 0xff] : [0xff, 0xfe]);
    const back = Buffer.from(bytes.subarray(2));
    if (be) back.swap16();
    const text = back.toString('utf16le');
    assert.ok(text.startsWith('## Summary\n'), text);
    assert.match(text, /It broke at 14:05 UTC\. Café\.\n/);
    assert.match(text, /Root Cause/);
  });
}

test('UTF-16 without a byte-order mark and UTF-32 are named, not called binary', () => {
  const d = mkdtempSync(join(tmpdir(), 'pm-enc-'));
  writeFileSync(join(d, 'a.md'), utf16(TEXT, false, false));
  writeFileSync(join(d, 'b.md'), utf16(TEXT, true, false));
  writeFileSync(join(d, 'c.md'), Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from([...Buffer.from('## S\n')].flatMap((c) => [c, 0, 0, 0]))]));
  const r = lint([d]);
  assert.equal(r.code, 2);
  assert.doesNotMatch(r.stderr, /binary/);
  assert.match(r.stderr, /a\.md' looks like UTF-16 LE text without a byte-order mark; save it as UTF-8/);
  assert.match(r.stderr, /b\.md' looks like UTF-16 BE text without a byte-order mark/);
  assert.match(r.stderr, /c\.md' is UTF-32 LE text/);
});
