/**
 * Issue 12, config files from strangers: `extends:` and the configFile setting may name devices,
 * pipes, private files and files outside the workspace. Each test failed (or hung) before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clearConfigCache, loadSchemaFor, type LoadOptions } from '../../server/src/host/config-files';
import { schemaFor } from '../../server/src/lsp/schemas';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { getPreset } from '../../server/src/service/schema/presets';
import type { Schema } from '../../server/src/service/schema/types';

const titles = (s: Schema): string[] => s.sections.map((x) => x.title);

/** A workspace holding `files`; returns its path. */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pm-hostile-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  clearConfigCache();
  return dir;
}

function messages(dir: string, options: LoadOptions = { roots: [dir] }): string[] {
  return loadSchemaFor(join(dir, 'pm.md'), options).problems.map((p) => p.problem.message);
}

test('extends: /dev/zero and /dev/urandom are refused as devices, not read', { timeout: 10_000 }, () => {
  for (const dev of ['/dev/zero', '/dev/urandom']) {
    // The user's own config (no roots): even there a device is never read.
    const dir = workspace({ '.postmortem.yaml': `extends: ${dev}\n` });
    assert.deepEqual(messages(dir, {}), [`cannot read config file ${dev} (not a regular file: it is a device)`]);
  }
});

test('extends: a FIFO does not hang the reader', { timeout: 10_000 }, () => {
  const dir = workspace({ '.postmortem.yaml': 'extends: ./pipe.yaml\n' });
  assert.equal(spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status, 0);
  assert.deepEqual(messages(dir), [`cannot read config file ${join(dir, 'pipe.yaml')} (not a regular file: it is a pipe)`]);
  const viaProc = workspace({ '.postmortem.yaml': 'extends: /proc/self/fd/0\n' });
  assert.match(messages(viaProc, {})[0]!, /cannot read config file \/proc\/self\/fd\/0 \(/);
});

test('extends: outside the workspace is refused, and whether the file exists is not revealed', () => {
  const shown = ['/etc/shadow', '/etc/passwd', '/no/such/file.yaml'].map((target) => {
    const dir = workspace({ '.postmortem.yaml': `extends: ${target}\n` });
    const [m] = messages(dir);
    assert.doesNotMatch(m!, /root|ENOENT|EACCES|permission|no such/);
    return m!.replace(target, 'TARGET');
  });
  assert.equal(new Set(shown).size, 1, shown.join('\n'));
  assert.match(shown[0]!, /cannot read config file TARGET: it is outside the workspace/);
});

test('a link inside the workspace that points out is outside too, dangling or not', () => {
  const shown = ['/etc/passwd', '/no/such/file.yaml'].map((target) => {
    const dir = workspace({ 'pm.md': '' });
    symlinkSync(target, join(dir, '.postmortem.yaml'));
    return messages(dir).map((m) => m.replace(dir, 'WS'));
  });
  assert.deepEqual(shown[0], ['cannot read config file WS/.postmortem.yaml: it is outside the workspace']);
  assert.deepEqual(shown[1], shown[0]);
});

test('a file that is not a config is named so, and none of its content is quoted', () => {
  const dir = workspace({
    '.postmortem.yaml': 'extends: ./creds.yaml\n',
    'creds.yaml': 'aws_access_key_id: AKIAEXAMPLE\naws_secret_access_key: hunter2\n',
    'shadow/.postmortem.yaml': 'root:*:20228:0:99999:7:::\ndaemon:*:20228:0:99999:7:::\n',
    'broken/.postmortem.yaml': 'password: "s3cret\n',
  });
  const all = [...messages(dir), ...messages(join(dir, 'shadow'), {}), ...messages(join(dir, 'broken'), {})];
  for (const m of all) assert.doesNotMatch(m, /aws|AKIA|hunter2|root|daemon|20228|password|s3cret/, m);
  assert.deepEqual(all, [
    'not a valid config file: none of its keys is extends, rules, sections or frontmatter',
    'not a valid config file: none of its keys is extends, rules, sections or frontmatter',
    'not a valid config file: a missing comma, colon, closing bracket or quote',
  ]);
});

test('a config over the size cap is refused before it is read', () => {
  const dir = workspace({ '.postmortem.yaml': `# ${'x'.repeat(300 * 1024)}\nextends: default\n` });
  assert.deepEqual(messages(dir), [`cannot read config file ${join(dir, '.postmortem.yaml')} (too large: over 64 KB)`]);
});

test('extends inside the workspace still works, through links that stay inside', () => {
  const dir = workspace({ '.postmortem.yaml': 'extends: ./shared/link.yaml\n', 'shared/base.yaml': 'extends: wikimedia\n' });
  symlinkSync('base.yaml', join(dir, 'shared/link.yaml'));
  const r = loadSchemaFor(join(dir, 'pm.md'), { roots: [dir] });
  assert.deepEqual(r.problems, []);
  assert.deepEqual(titles(r.schema), titles(getPreset('wikimedia')!));
});

test('the configFile setting may leave the workspace only where the user setting allows', () => {
  const outside = workspace({ 'team.yaml': 'extends: pagerduty\n' });
  const dir = workspace({ 'pm.md': '' });
  const settings = { ...DEFAULT_SETTINGS, configFile: join(outside, 'team.yaml') };
  const uri = `file://${join(dir, 'pm.md')}`;
  const refused = schemaFor(uri, settings, true, [dir]);
  assert.match(refused.problems[0]?.problem.message ?? '', /outside the workspace \(add its folder to the postmortem\.allowedConfigPaths user setting/);
  const allowed = schemaFor(uri, { ...settings, allowedConfigPaths: [outside] }, true, [dir]);
  assert.deepEqual(allowed.problems, []);
  assert.deepEqual(titles(allowed.schema), titles(getPreset('pagerduty')!));
});

test('the CLI confines extends to the working folder and the paths it was given, but not --config', () => {
  const outside = workspace({ 'team.yaml': 'extends: pagerduty\n' });
  const dir = workspace({ '.postmortem.yaml': `extends: ${join(outside, 'team.yaml')}\n`, 'pm.md': '## Summary\n' });
  const cli = (args: string[]) => spawnSync(process.execPath, [resolve('dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8' });
  const r = cli(['pm.md']);
  assert.equal(r.status, 2);
  assert.match(r.stdout, /it is outside the workspace \(name it with --config, or run from a folder that holds it\)/);
  const own = cli(['--config', join(outside, 'team.yaml'), 'pm.md']);
  assert.doesNotMatch(own.stdout, /outside the workspace/);
});

test('the CLI refuses a device or a FIFO named as a postmortem, without reading it', { timeout: 10_000 }, () => {
  const dir = workspace({});
  assert.equal(spawnSync('mkfifo', [join(dir, 'pipe.md')]).status, 0);
  const r = spawnSync(process.execPath, [resolve('dist/cli.js'), '/dev/zero', join(dir, 'pipe.md')], { cwd: dir, encoding: 'utf8', timeout: 8_000 });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /cannot read '\/dev\/zero': not a regular file \(a device\)/);
  assert.match(r.stderr, /pipe\.md': not a regular file \(a pipe\)/);
});
