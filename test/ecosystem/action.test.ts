/**
 * action.yml, run step by step as the Actions runner would, against the packed npm package: it
 * writes a SARIF report for upload, annotates with workflow commands, and fails per the fail level.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAction, runAction } from './action-runner';

const out = mkdtempSync(join(tmpdir(), 'pm-action-pack-'));
const packed = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], { encoding: 'utf8' });
const TARBALL = join(out, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pm-action-ws-'));
  for (const [to, text] of Object.entries(files)) {
    mkdirSync(join(dir, to, '..'), { recursive: true });
    writeFileSync(join(dir, to), text);
  }
  return dir;
}

const GOOD = readFileSync('examples/checkout-latency.postmortem.md', 'utf8');
const BAD = readFileSync('examples/dns-migration-draft.postmortem.md', 'utf8');
/** Complete, with one placeholder: a warning and no error. */
const WARNS = GOOD.replace('## Resolution\n', '## Resolution\n\nTBD\n');

test('the default package input is this checkout\'s own version, and run scripts hold no expressions', () => {
  const action = readAction();
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  assert.equal(action.inputs.package!.default, `postmortem-language-tools@${version}`);
  assert.equal(action.runs.using, 'composite');
  for (const name of ['paths', 'format', 'preset', 'config', 'fail-on', 'max-warnings']) assert.ok(action.inputs[name], name);
  assert.equal(action.inputs.paths!.required, true, 'no default: a repository says where its postmortems are');
  // Input text in a run script would be shell code; only env: entries may expand inputs.
  for (const step of action.runs.steps) assert.doesNotMatch(step.run, /\$\{\{/, step.name);
});

test('errors: a SARIF report for upload, annotations on the bad file, and a failed step', () => {
  const ws = workspace({ 'postmortems/good.md': GOOD, 'postmortems/bad.md': BAD });
  const r = runAction(ws, { paths: 'postmortems', package: TARBALL });
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.failedStep, 'Annotate', r.stderr);
  const sarif = JSON.parse(readFileSync(join(ws, 'postmortem-lint.sarif'), 'utf8'));
  assert.equal(sarif.version, '2.1.0');
  const uris = new Set(sarif.runs[0].results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri));
  assert.deepEqual([...uris], ['postmortems/bad.md']);
  const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
  assert.ok(annotations.length > 0);
  assert.ok(annotations.every((l) => /^::(error|warning|notice) file=postmortems\/bad\.md,line=\d+,col=\d+,/.test(l)), annotations.join('\n'));
});

test('a good postmortem passes; inputs for format, report, preset and fail level reach the CLI', () => {
  const ws = workspace({ 'docs/a.md': GOOD, 'docs/b.md': GOOD, 'docs/warns.md': WARNS });
  const pass = runAction(ws, { paths: 'docs/a.md\ndocs/b.md', package: TARBALL, format: 'junit', report: 'pm.xml', preset: 'default' });
  assert.equal(pass.code, 0, pass.stderr);
  assert.equal(pass.outputs.report, 'pm.xml');
  assert.match(readFileSync(join(ws, 'pm.xml'), 'utf8'), /<testsuites name="postmortem-lint" tests="2" failures="0"/);
  assert.equal(runAction(ws, { paths: 'docs/warns.md', package: TARBALL }).code, 0, 'warnings alone pass by default');
  const strict = runAction(ws, { paths: 'docs/warns.md', package: TARBALL, 'fail-on': 'warning' });
  assert.equal(strict.code, 1, strict.stdout);
  assert.match(strict.stdout, /^::warning file=docs\/warns\.md,.*title=postmortem placeholder::/m);
  assert.equal(runAction(ws, { paths: 'docs/warns.md', package: TARBALL, 'max-warnings': '0' }).code, 1);
  const bad = runAction(ws, { paths: 'docs/a.md', package: TARBALL, preset: 'nope' });
  assert.equal(bad.code, 2);
  assert.equal(bad.failedStep, 'Write the report');
});
