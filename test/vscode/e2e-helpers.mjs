// Shared by the UI tests (e2e.mjs, e2e-first-minutes.mjs): installing the .vsix into a fresh
// profile, settings that make screenshots repeatable, screenshots, and driving the command palette.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeServerEnv, root } from './code-server.mjs';

export const vsix = join(root, 'dist/postmortem-language-tools.vsix');
export const output = join(root, 'test/output');
export const images = join(root, 'docs/images');
export const step = (what) => console.log(`  - ${what}`);

export function installVsix(bin, profile) {
  const r = spawnSync(bin, ['--extensions-dir', profile.extensions, '--user-data-dir', profile.userData, '--install-extension', vsix], {
    encoding: 'utf8',
    env: codeServerEnv(),
  });
  assert.equal(r.status, 0, `code-server --install-extension failed:\n${r.stdout}${r.stderr}`);
  assert.match(r.stdout, /successfully installed/);
}

export function writeSettings(userData) {
  mkdirSync(join(userData, 'User'), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.colorTheme': 'Default Light Modern',
    'editor.minimap.enabled': false,
    'editor.fontSize': 14,
    'editor.hover.delay': 300,
    'editor.stickyScroll.enabled': false,
    'workbench.reduceMotion': 'on', // no fade-in: a screenshot shows the hover fully drawn
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'window.commandCenter': false,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
  };
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

export async function shot(page, name, options = {}) {
  const path = join(output, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled', ...options });
  copyFileSync(path, join(images, `${name}.png`));
  step(`screenshot test/output/${name}.png (copied to docs/images/)`);
}

/** The centre of `text` inside an editor line, however the grammar split the line into spans. */
export async function centreOf(line, text) {
  return line.evaluate((el, needle) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let seen = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (seen + node.data).indexOf(needle);
      const middle = at + Math.floor(needle.length / 2);
      if (at >= 0 && middle >= seen.length && middle < seen.length + node.data.length) {
        const range = document.createRange();
        range.setStart(node, middle - seen.length);
        range.setEnd(node, middle - seen.length + 1);
        const r = range.getBoundingClientRect();
        return [r.x + r.width / 2, r.y + r.height / 2];
      }
      seen += node.data;
    }
    throw new Error(`"${needle}" is not on the line`);
  }, text);
}

/**
 * Runs a command from the palette. The palette lists the commands known when it opens; right after
 * a page load the extension's commands may not be registered yet, so it is opened again (three
 * tries) until the command is listed.
 */
export async function runCommand(page, title, tries = 3) {
  for (let k = 1; ; k++) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    try {
      await row.waitFor({ timeout: k < tries ? 10_000 : 30_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (e) {
      if (k >= tries) throw e;
      await page.keyboard.press('Escape');
      await input.waitFor({ state: 'hidden' });
    }
  }
}

