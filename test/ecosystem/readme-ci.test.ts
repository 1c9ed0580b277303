/**
 * The README's "Use in CI" section: every snippet refers to what exists (the Action's inputs, the
 * hook's id, the package's version) and every postmortem-lint command in it runs as written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readAction } from './action-runner';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('\n## Use in CI\n'), readme.indexOf('\n## ', readme.indexOf('\n## Use in CI\n') + 1));
const blocks = (lang: string): string[] => [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
const yamlBlocks = blocks('yaml').map((b) => parse(b) as Record<string, any>);
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

test('the section shows the Action, pre-commit, GitLab CI and plain npx', () => {
  assert.ok(section.length > 100, 'README has a "Use in CI" section');
  assert.ok(yamlBlocks.some((y) => y.jobs), 'a GitHub workflow');
  assert.ok(yamlBlocks.some((y) => y.repos), 'a pre-commit config');
  assert.ok(yamlBlocks.some((y) => Object.values(y).some((job: any) => job?.artifacts?.reports)), 'a GitLab CI job');
  assert.ok(blocks('sh').some((b) => /^npx /m.test(b)), 'plain npx');
  for (const v of section.matchAll(/postmortem-language-tools@v?(\d+\.\d+\.\d+)/g)) assert.equal(v[1], VERSION, 'snippets name the current version');
});

test('the workflow passes only inputs the Action has', () => {
  const inputs = Object.keys(readAction().inputs);
  const steps = yamlBlocks.flatMap((y) => Object.values(y.jobs ?? {}).flatMap((j: any) => j.steps));
  const ours = steps.filter((s: any) => String(s.uses ?? '').startsWith('postmortem-language-tools/postmortem-language-tools@'));
  assert.equal(ours.length, 1);
  for (const key of Object.keys(ours[0].with ?? {})) assert.ok(inputs.includes(key), `input ${key}`);
  const upload = steps.find((s: any) => String(s.uses ?? '').startsWith('github/codeql-action/upload-sarif'));
  assert.equal(upload.with.sarif_file, readAction().inputs.report!.default, 'the uploaded file is the one the Action writes');
});

test('the pre-commit config names a hook this repository defines', () => {
  const hooks = (parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Array<{ id: string }>).map((h) => h.id);
  const used = yamlBlocks.flatMap((y) => (y.repos ?? []).flatMap((r: any) => r.hooks.map((h: any) => h.id)));
  assert.ok(used.length > 0);
  for (const id of used) assert.ok(hooks.includes(id), id);
});

test('every postmortem-lint command in the section runs as written: a draft with errors exits 1, never 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-readme-ci-'));
  mkdirSync(join(dir, 'postmortems'));
  copyFileSync('examples/dns-migration-draft.postmortem.md', join(dir, 'postmortems', 'draft.md'));
  const commands = [...section.matchAll(/postmortem-lint((?: [^\s|>&`]+)+)/g)].map((m) => m[1]!.trim().split(' ')).filter((a) => a.some((x) => x.startsWith('postmortems')));
  assert.ok(commands.length >= 3, `found ${commands.length} commands`);
  for (const args of commands) {
    const r = spawnSync(process.execPath, [resolve('dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, `postmortem-lint ${args.join(' ')}: ${r.stderr}`);
    assert.ok(r.stdout.length > 0);
  }
});
