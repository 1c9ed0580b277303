/**
 * The README's Neovim configuration, run as written in a headless Neovim against the
 * postmortem-language-server binary installed from the packed npm package (as the README says).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPackage } from '../ecosystem/installed-package';

test('the README Neovim config attaches the installed server and shows its diagnostics', () => {
  const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.equal(version.error, undefined, 'Neovim is not installed: test/setup.sh installs it (apt-get install neovim)');
  const readme = readFileSync('README.md', 'utf8');
  const lua = /```lua\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(lua, 'the README has a Lua block');
  assert.match(lua, /'postmortem-language-server'/, 'the config starts the installed binary, not a path into a checkout');
  const { dir, env } = installPackage();
  writeFileSync(join(dir, 'init.lua'), lua);
  copyFileSync('examples/dns-migration-draft.postmortem.md', join(dir, 'draft.postmortem.md'));
  const r = spawnSync(
    'nvim',
    [
      '--headless', '-u', join(dir, 'init.lua'),
      '-c', 'lua vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end, 50)',
      '-c', 'lua for _, d in ipairs(vim.diagnostic.get(0)) do io.stdout:write(d.lnum .. ":" .. tostring(d.code) .. "\\n") end',
      '-c', 'qa!',
      join(dir, 'draft.postmortem.md'),
    ],
    { cwd: dir, env, encoding: 'utf8', timeout: 30000 },
  );
  const got = r.stdout.trim().split('\n').filter((l) => /^\d+:/.test(l));
  assert.ok(got.includes('27:missing-section'), `${r.stdout}\n${r.stderr}`);
  assert.ok(got.includes('25:timeline-order'), r.stdout);
});
