/** postmortem-lint end to end: the built dist/cli.js run as a user would run it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli.js');

function lint(args: string[], cwd = process.cwd()): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pm-cli-'));
}

const CLEAN = readFileSync('examples/checkout-latency.postmortem.md', 'utf8');

test('a clean postmortem exits 0 and says so', () => {
  const r = lint(['examples/checkout-latency.postmortem.md']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /No problems in 1 file\./);
  assert.match(r.stdout, /incident: 2025-03-18 14:02 UTC to 2025-03-18 15:17 UTC, lasted 1h 15m/);
});

test('errors exit 1; stylish lines are file:line:col severity code message', () => {
  const r = lint(['examples/dns-migration-draft.postmortem.md']);
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n');
  assert.ok(lines.some((l) => /^examples\/dns-migration-draft\.postmortem\.md:4:11 error frontmatter-invalid "severity" must be one of/.test(l)), r.stdout);
  assert.ok(lines.some((l) => /^examples\/dns-migration-draft\.postmortem\.md:\d+:\d+ warning timeline-order /.test(l)));
  assert.match(lines[lines.length - 1]!, /^\d+ problems \(\d+ errors, \d+ warnings\) in 1 file\.$/);
});

test('json gives one object per file with sections, fields, timeline and incident', () => {
  const r = lint(['--format', 'json', 'examples/checkout-latency.postmortem.md', 'examples/wiki']);
  const out = JSON.parse(r.stdout) as Array<Record<string, any>>;
  assert.equal(out.length, 2);
  const [md, wiki] = out;
  assert.equal(md!.file, 'examples/checkout-latency.postmortem.md');
  assert.deepEqual(md!.diagnostics, []);
  assert.deepEqual(md!.sections.map((s: { id: string }) => s.id), ['summary', 'impact', 'detection', 'timeline', 'root-cause', 'contributing-factors', 'resolution', 'action-items', 'lessons-learned']);
  assert.equal(md!.fields.duration.line, 17);
  assert.equal(md!.timeline.length, 7);
  assert.deepEqual(md!.timeline[1], { line: 39, text: md!.timeline[1].text, time: '2025-03-18T14:09:00.000Z', offsetMinutes: 7, sinceStartMinutes: 7 });
  assert.equal(md!.incident.source, 'stated');
  assert.equal(md!.incident.durationMinutes, 75);
  assert.equal(md!.incident.timeToDetectMinutes, 7);
  assert.equal(wiki!.file, 'examples/wiki/edge-cache-overload.wiki');
});

test('json diagnostics carry 1-based positions and a severity name', () => {
  const r = lint(['--format=json', 'examples/dns-migration-draft.postmortem.md']);
  const [file] = JSON.parse(r.stdout) as Array<{ diagnostics: Array<Record<string, unknown>> }>;
  const fm = file!.diagnostics.find((d) => d.code === 'frontmatter-invalid')!;
  assert.deepEqual(fm, { code: 'frontmatter-invalid', severity: 'error', message: fm.message, line: 4, column: 11, endLine: 4, endColumn: 15 });
});

test('sarif is SARIF 2.1.0 with rules and located results', () => {
  const r = lint(['--format', 'sarif', 'examples/dns-migration-draft.postmortem.md']);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'postmortem-lint');
  assert.ok(run.tool.driver.rules.some((x: { id: string }) => x.id === 'missing-section'));
  const res = run.results.find((x: { ruleId: string }) => x.ruleId === 'frontmatter-invalid');
  assert.equal(res.level, 'error');
  assert.equal(run.tool.driver.rules[res.ruleIndex].id, 'frontmatter-invalid');
  assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 4, startColumn: 11, endLine: 4, endColumn: 15 });
  assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'examples/dns-migration-draft.postmortem.md');
});

test('usage problems exit 2 with one line', () => {
  for (const [args, pattern] of [
    [['--frobnicate', 'x.md'], /unknown option '--frobnicate'/],
    [[], /no PATH given/],
    [['--format', 'xml', 'x.md'], /unknown format 'xml'/],
    [['--preset', 'nope', 'examples'], /unknown preset 'nope'/],
    [['does-not-exist.md'], /cannot read 'does-not-exist\.md': no such file or folder/],
  ] as const) {
    const r = lint([...args]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, pattern);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});

test('folders are searched for postmortems, skipping node_modules and dot-folders', () => {
  const dir = tempDir();
  for (const sub of ['a', 'node_modules/x', '.git', 'b/c']) mkdirSync(join(dir, sub), { recursive: true });
  for (const p of ['a/one.md', 'node_modules/x/skip.md', '.git/skip.md', 'b/c/two.txt', 'b/c/three.wiki', 'b/c/four.markdown', 'b/ignored.json']) {
    writeFileSync(join(dir, p), CLEAN);
  }
  const r = lint(['--format', 'json', dir]);
  const files = (JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file.slice(dir.length + 1)).sort();
  assert.deepEqual(files, ['a/one.md', 'b/c/four.markdown', 'b/c/three.wiki', 'b/c/two.txt']);
});

test('a broken config is reported at its line and column, exits 2, and checking falls back to the preset', () => {
  const dir = tempDir();
  writeFileSync(join(dir, '.postmortem.yaml'), 'extends: default\nrules:\n  placeholder: loud\n');
  writeFileSync(join(dir, 'pm.md'), CLEAN.replace('## Resolution', '## Resolution\n\nTODO'));
  const r = lint(['--format', 'json', dir]);
  assert.equal(r.code, 2);
  const out = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<{ code: string; line: number; column: number }> }>;
  const config = out.find((f) => f.file.endsWith('.postmortem.yaml'))!;
  assert.equal(config.diagnostics[0]!.code, 'config');
  assert.equal(config.diagnostics[0]!.line, 3);
  assert.equal(config.diagnostics[0]!.column, 16);
  const doc = out.find((f) => f.file.endsWith('pm.md'))!;
  assert.ok(doc.diagnostics.some((d) => d.code === 'placeholder'), 'the preset still applies');
});

test('--fix inserts missing sections and fields, keeps every original line, and the scaffolding still fails', () => {
  const dir = tempDir();
  const original = readFileSync('test/fixtures/styles/label-utc.txt', 'utf8').replace(/ <!-- expect: [^>]*-->/g, '');
  const draft = original
    .replace(/\nRoot Cause and Resolution:[\s\S]*?(?=\nCorrective)/, '\n')
    .replace(/- Impact: .*\n/, '')
    .replace(/- Root Cause: .*\n/, '')
    // A title that names the impact ("Degradation") states it; this draft's title does not.
    .replace('Checkout Degradation Incident', 'Checkout incident of May 3');
  writeFileSync(join(dir, 'draft.txt'), draft);
  writeFileSync(join(dir, 'untouched.md'), CLEAN);
  const r = lint(['--fix', dir]);
  const fixed = readFileSync(join(dir, 'draft.txt'), 'utf8');
  assert.match(r.stderr, /draft\.txt: fixed 2: /);
  assert.match(fixed, /\nRoot Cause:\n\nTODO/);
  assert.match(fixed, /- Impact: TODO/);
  // The timeline tells how it was resolved: no second, empty Resolution is added.
  assert.doesNotMatch(fixed, /\nResolution:/);
  // Nothing the writer wrote is gone: every original line is still there, in order.
  let at = 0;
  for (const line of draft.split('\n')) {
    at = fixed.indexOf(line, at);
    assert.notEqual(at, -1, `lost line: ${line}`);
  }
  assert.equal(readFileSync(join(dir, 'untouched.md'), 'utf8'), CLEAN);
  assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), [], 'no temporary files left behind');
  // Scaffolding never turns the check green: the inserted TODOs fail until someone writes them.
  const again = lint(['--format', 'json', dir]);
  assert.equal(again.code, 1);
  const left = (JSON.parse(again.stdout) as Array<{ diagnostics: Array<{ code: string; message: string }> }>).flatMap((f) => f.diagnostics);
  const structure = left.filter((d) => d.code === 'missing-section' || d.code === 'missing-field');
  assert.deepEqual(structure.map((d) => d.code).sort(), ['missing-field', 'missing-section']);
  assert.ok(structure.every((d) => /only placeholder text/.test(d.message)), structure.map((d) => d.message).join('\n'));
});

test('--fix keeps CRLF line endings and a BOM', () => {
  const dir = tempDir();
  const text = '\uFEFF## Summary\r\n\r\nIt broke.\r\n';
  writeFileSync(join(dir, 'crlf.md'), text);
  lint(['--fix', join(dir, 'crlf.md')]);
  const fixed = readFileSync(join(dir, 'crlf.md'), 'utf8');
  assert.ok(fixed.startsWith('\uFEFF## Summary\r\n'));
  assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /\n/, 'every inserted line break is CRLF');
});

test('the seeds-style fixtures all lint without crashing', () => {
  const dir = tempDir();
  const names = readdirSync('test/fixtures/styles').filter((x) => !x.endsWith('.json'));
  for (const n of names) copyFileSync(join('test/fixtures/styles', n), join(dir, n));
  const r = lint(['--format', 'json', dir]);
  assert.equal(r.code, 1);
  const copied = readdirSync('test/fixtures/styles').filter((x) => !x.endsWith('.json')).length;
  assert.equal((JSON.parse(r.stdout) as unknown[]).length, copied);
});
