import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearConfigCache, findConfigFile, loadSchemaFor } from '../../../server/src/host/config-files';
import { getPreset } from '../../../server/src/service/schema/presets';
import type { Schema } from '../../../server/src/service/schema/types';

const root = mkdtempSync(join(tmpdir(), 'pm-config-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Writes files under a fresh folder and returns its path. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 't-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  clearConfigCache();
  return dir;
}

const section = (schema: Schema, id: string) => schema.sections.find((s) => s.id === id)!;
const shown = (r: ReturnType<typeof loadSchemaFor>) =>
  r.problems.map((p) => `${p.file.slice(p.file.lastIndexOf('/') + 1)}:${p.problem.range.start.line + 1}:${p.problem.range.start.character + 1} ${p.problem.message}`);

test('the nearest config file wins', () => {
  const dir = tree({
    '.postmortem.yaml': 'extends: wikimedia\n',
    'team/.postmortem.yml': 'extends: pagerduty\n',
    'team/2024/outage.md': '',
    'other/outage.md': '',
  });
  assert.equal(findConfigFile(join(dir, 'team/2024/outage.md')), join(dir, 'team/.postmortem.yml'));
  assert.equal(findConfigFile(join(dir, 'other/outage.md')), join(dir, '.postmortem.yaml'));
  assert.equal(findConfigFile(join(dir, 'team/2024/outage.md'), join(dir, 'team/2024')), null);
  assert.equal(loadSchemaFor(join(dir, 'team/2024/outage.md')).schema.sections[0]!.title, 'Overview');
  assert.equal(section(loadSchemaFor(join(dir, 'other/outage.md')).schema, 'action-items').title, 'Actionables');
});

test('.yaml is preferred over .yml in the same folder', () => {
  const dir = tree({ '.postmortem.yml': '', '.postmortem.yaml': '', 'a.md': '' });
  assert.equal(findConfigFile(join(dir, 'a.md')), join(dir, '.postmortem.yaml'));
});

test('precedence: configFile, then the nearest file, then preset, then default', () => {
  const dir = tree({ '.postmortem.yaml': 'extends: wikimedia\n', 'alt.yaml': 'extends: pagerduty\n', 'a.md': '' });
  const doc = join(dir, 'a.md');
  assert.equal(loadSchemaFor(doc, { configFile: join(dir, 'alt.yaml'), preset: 'google-sre' }).configPath, join(dir, 'alt.yaml'));
  assert.equal(loadSchemaFor(doc, { preset: 'google-sre' }).configPath, join(dir, '.postmortem.yaml'));
  const lone = tree({ 'a.md': '' });
  // Guard against a stray config in the temp folder's parents.
  if (findConfigFile(join(lone, 'a.md')) === null) {
    assert.equal(loadSchemaFor(join(lone, 'a.md'), { preset: 'google-sre' }).schema, getPreset('google-sre'));
    assert.equal(loadSchemaFor(join(lone, 'a.md')).schema, getPreset('default'));
  }
});

test('a config without extends builds on the preset option', () => {
  const dir = tree({ '.postmortem.yaml': 'rules: { placeholder: off }\n', 'a.md': '' });
  const r = loadSchemaFor(join(dir, 'a.md'), { preset: 'wikimedia' });
  assert.deepEqual(r.problems, []);
  assert.equal(r.schema.rules['placeholder'], 'off');
  assert.equal(section(r.schema, 'action-items').title, 'Actionables');
});

test('extends follows relative paths to other configs', () => {
  const dir = tree({
    'org.yaml': 'extends: google-sre\nrules: { scorecard: off, placeholder: error }\n',
    'team/.postmortem.yaml': 'extends: ../org.yaml\nrules: { placeholder: warning }\n',
    'team/a.md': '',
  });
  const r = loadSchemaFor(join(dir, 'team/a.md'));
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.schema.rules, { scorecard: 'off', placeholder: 'warning' });
  assert.ok(section(r.schema, 'trigger'));
  assert.equal(r.schema.name, join(dir, 'team/.postmortem.yaml'));
});

test('an extends cycle is an error at the extends value, and the preset is used', () => {
  const dir = tree({
    '.postmortem.yaml': 'extends: ./b.yaml\nrules: { placeholder: off }\n',
    'b.yaml': 'rules: {}\nextends: .postmortem.yaml\n',
    'a.md': '',
  });
  const r = loadSchemaFor(join(dir, 'a.md'), { preset: 'pagerduty' });
  assert.equal(r.problems.length, 1);
  assert.match(shown(r)[0]!, /^b\.yaml:2:10 'extends' makes a cycle: .*\.postmortem\.yaml → .*b\.yaml → .*\.postmortem\.yaml$/);
  assert.equal(r.schema, getPreset('pagerduty'));
});

test('a missing extends target is an error where it is named', () => {
  const dir = tree({ '.postmortem.yaml': '# team config\nextends: ./nope.yaml\n', 'a.md': '' });
  const r = loadSchemaFor(join(dir, 'a.md'));
  assert.match(shown(r)[0]!, /^\.postmortem\.yaml:2:10 cannot read config file .*nope\.yaml \(ENOENT\)$/);
  assert.equal(r.schema, getPreset('default'));
});

test('a missing explicit config file is a problem, not a crash', () => {
  const dir = tree({ 'a.md': '' });
  const r = loadSchemaFor(join(dir, 'a.md'), { configFile: join(dir, 'missing.yaml'), preset: 'wikimedia' });
  assert.deepEqual(shown(r), [`missing.yaml:1:1 cannot read config file ${join(dir, 'missing.yaml')} (ENOENT)`]);
  assert.equal(r.schema, getPreset('wikimedia'));
});

test('a broken config reports every problem and falls back to the preset it extends', () => {
  const dir = tree({ '.postmortem.yaml': 'extends: google-sre\nrules:\n  placeholder: loud\n  timezon: off\n', 'a.md': '' });
  const r = loadSchemaFor(join(dir, 'a.md'));
  assert.deepEqual(shown(r), [
    ".postmortem.yaml:3:16 rule 'placeholder' should be one of error, warning, information, hint, off",
    ".postmortem.yaml:4:3 unknown rule 'timezon'; did you mean 'timezone'?",
  ]);
  assert.equal(r.schema, getPreset('google-sre'));
});

test('warnings alone do not stop a config from applying', () => {
  const dir = tree({ '.postmortem.yaml': 'rules: { scorecard: off }\nsectons: []\n', 'a.md': '' });
  const r = loadSchemaFor(join(dir, 'a.md'));
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0]!.problem.severity, 'warning');
  assert.equal(r.schema.rules['scorecard'], 'off');
});

test('an untrusted workspace reads no config file', () => {
  const dir = tree({ '.postmortem.yaml': 'extends: wikimedia\n', 'a.md': '' });
  const r = loadSchemaFor(join(dir, 'a.md'), { trustWorkspace: false, preset: 'pagerduty' });
  assert.deepEqual(r, { schema: getPreset('pagerduty'), configPath: null, problems: [] });
});

test('an unknown preset option falls back to default with a problem', () => {
  const dir = tree({ 'a.md': '' });
  const r = loadSchemaFor(join(dir, 'a.md'), { preset: 'gogle', trustWorkspace: false });
  assert.equal(r.schema, getPreset('default'));
  assert.deepEqual(shown(r), [":1:1 unknown preset 'gogle'; using 'default'"]);
});

test('results are cached until a file in the chain changes', () => {
  const dir = tree({ 'base.yaml': 'rules: { scorecard: off }\n', '.postmortem.yaml': 'extends: base.yaml\n', 'a.md': '' });
  const doc = join(dir, 'a.md');
  const first = loadSchemaFor(doc).schema;
  assert.equal(loadSchemaFor(doc).schema, first);
  writeFileSync(join(dir, 'base.yaml'), 'rules: { scorecard: hint }\n');
  // Make sure the mtime moves even on file systems with coarse timestamps.
  utimesSync(join(dir, 'base.yaml'), new Date(), new Date(Date.now() + 5000));
  const second = loadSchemaFor(doc).schema;
  assert.notEqual(second, first);
  assert.equal(second.rules['scorecard'], 'hint');
});

test('a new, nearer config file is picked up without clearing the cache', () => {
  const dir = tree({ '.postmortem.yaml': 'extends: wikimedia\n', 'sub/a.md': '' });
  const doc = join(dir, 'sub/a.md');
  assert.equal(loadSchemaFor(doc).configPath, join(dir, '.postmortem.yaml'));
  writeFileSync(join(dir, 'sub/.postmortem.yaml'), 'extends: pagerduty\n');
  assert.equal(loadSchemaFor(doc).configPath, join(dir, 'sub/.postmortem.yaml'));
});

test('a byte-order mark does not shift columns', () => {
  const dir = tree({ '.postmortem.yaml': '\uFEFFrules: { placeholder: loud }\n', 'a.md': '' });
  assert.deepEqual(shown(loadSchemaFor(join(dir, 'a.md'))), [
    ".postmortem.yaml:1:23 rule 'placeholder' should be one of error, warning, information, hint, off",
  ]);
});
