// `npm run test:e2e`, second part (issue 14): a new user's first ten minutes, through the real UI.
// npm start's first page, a new postmortem from the template, pm- snippets while typing, Enter in
// a list, "Add all" in the Ctrl+. menu, a config file fixed and deleted, the Output channel, and
// the README's images inside the .vsix. Screenshots go to test/output/ and docs/images/. Every
// wait is on something appearing or going away in the page, never a timer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, ensureCodeServer, launchChromium, onExit, root, startCodeServer, workbenchUrl } from './code-server.mjs';
import { installVsix, output, runCommand, shot, step, vsix, writeSettings } from './e2e-helpers.mjs';
import { startSettings, startUrl } from '../../client/scripts/start-layout.mjs';

const CONFIG = 'configured/.postmortem.yaml';

/** Every image the README shows is a file inside the .vsix, so the details page has no broken images. */
function checkReadmeImages() {
  const list = spawnSync('unzip', ['-Z1', vsix], { encoding: 'utf8' });
  assert.equal(list.status, 0, list.stderr);
  const entries = new Set(list.stdout.split('\n'));
  const shown = spawnSync('unzip', ['-p', vsix, 'extension/readme.md'], { encoding: 'utf8' });
  assert.equal(shown.status, 0, 'the .vsix has a README');
  const readme = shown.stdout;
  assert.doesNotMatch(readme, /npm ci|npm test/, 'the details page is for users, not contributors');
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)|<img[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  assert.ok(images.length >= 3, `the README shows screenshots (found ${images.length})`);
  for (const src of images) {
    assert.doesNotMatch(src, /^[a-z]+:/i, `${src}: packaged images are linked relatively`);
    assert.ok(entries.has(`extension/${src.replace(/^\.\//, '')}`), `${src} is not inside the .vsix`);
  }
  step(`the README's ${images.length} images are all inside the .vsix`);
}

/** The Problems panel's rows; the panel is opened when it is not showing. */
async function problems(page) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await runCommand(page, 'View: Focus Problems');
  await panel.waitFor();
  return panel.locator('.monaco-list-row');
}

async function quickOpen(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name.split('/').pop() }).first().waitFor();
  await page.keyboard.press('Enter');
}

const activeEditor = (page) => page.locator('.editor-group-container.active .monaco-editor').first();
const line = (page, text) => activeEditor(page).locator('.view-line', { hasText: text }).first();

async function npmStartPage(page, server) {
  step('npm start: examples/ with the draft in front, no walkthrough');
  await page.goto(startUrl(server.url));
  await page.locator('.tab.active', { hasText: 'dns-migration-draft.postmortem.md' }).waitFor({ timeout: 60_000 });
  await line(page, 'Internal DNS outage').waitFor();
  assert.equal(await page.locator('.tab', { hasText: /Walkthrough|Welcome|Setup VS Code/ }).count(), 0, 'no welcome page or walkthrough tab');
  await page.locator('.statusbar-item', { hasText: /sections written|problems/ }).waitFor({ timeout: 30_000 });
  await activeEditor(page).locator('.codelens-decoration', { hasText: 'TTR' }).waitFor({ timeout: 30_000 }); // the server is done
  await shot(page, 'start');
  step('the Output channel has the start-up line');
  await runCommand(page, 'Postmortem: Show Output');
  await page.locator('.panel .view-line', { hasText: /postmortem-language-server\s\d+\.\d+\.\d+\sstarted/ }).waitFor({ timeout: 30_000 });
  await page.locator('.panel .view-line', { hasText: 'config file' }).first().waitFor();
  // The channel wraps long lines, and the editor draws spaces as no-break spaces: read it as one plain text.
  const channel = (await page.locator('.panel .view-lines').innerText()).replace(/\u00a0/g, ' ').replace(/\s*\n\s*/g, ' ');
  assert.match(channel, /started \(Node v\d+/);
  // Where a long path wraps depends on its length; compare with all white space taken out.
  assert.match(channel.replace(/\s+/g, ''), /openedfile:\S*dns-migration-draft\.postmortem\.md:configfile\S*\.postmortem\.yaml/);
  await shot(page, 'output', { clip: { x: 0, y: 380, width: 1200, height: 380 } });
}

async function newPostmortem(page) {
  step('New Postmortem…: the cursor is on the title, no error from the template');
  await runCommand(page, 'Postmortem: New Postmortem');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'default' }).first().waitFor();
  await page.keyboard.press('Enter');
  await line(page, 'TODO: incident title').waitFor();
  await page.keyboard.type('Checkout outage');
  await line(page, 'title: "Checkout outage"').waitFor();
  const progress = page.locator('.statusbar-item', { hasText: /0\sof\s\d+\ssections\swritten/ });
  await progress.waitFor({ timeout: 30_000 });
  step('its tooltip is the checklist of sections');
  await progress.hover();
  const checklist = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Sections' });
  await checklist.locator('li', { hasText: 'Root Cause' }).waitFor({ timeout: 15_000 });
  await shot(page, 'checklist', { clip: { x: 0, y: 300, width: 700, height: 460 } });
  await page.mouse.move(600, 300);
  await checklist.waitFor({ state: 'hidden' });
  const rows = await problems(page);
  await rows.filter({ hasText: 'Placeholder "TODO"' }).first().waitFor({ timeout: 30_000 });
  assert.equal(await rows.locator('.codicon-error').count(), 0, `errors in a new postmortem:\n${(await rows.allInnerTexts()).join('\n')}`);
  await shot(page, 'new-postmortem');
}

async function typing(page) {
  step('typing pm- opens the suggest widget with the snippets');
  await activeEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('pm-', { delay: 80 });
  const suggest = page.locator('.editor-widget.suggest-widget.visible');
  await suggest.locator('.monaco-list-row', { hasText: 'pm-section' }).first().waitFor({ timeout: 15_000 });
  await shot(page, 'snippets', { clip: { x: 300, y: 200, width: 900, height: 500 } });
  await page.keyboard.press('Escape');
  await suggest.waitFor({ state: 'hidden' });
  for (let k = 0; k < 3; k++) await page.keyboard.press('Backspace');
  step('in a Markdown postmortem (postmortems/*.md), typing pm opens the suggestions too');
  await quickOpen(page, 'postmortems/2025-02-search-outage.md');
  await line(page, 'Search results empty').waitFor();
  await activeEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('pm', { delay: 80 });
  await suggest.locator('.monaco-list-row', { hasText: 'pm-section' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Escape');
  await suggest.waitFor({ state: 'hidden' });
  await page.keyboard.press('Control+Z');
}

async function lightbulb(page) {
  step('Ctrl+. on a missing section lists "Add all N missing sections"');
  await quickOpen(page, 'new-sections.postmortem.md');
  // The missing sections are reported on the last line, where they would be inserted.
  await activeEditor(page).locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
  await line(page, 'Consumer timeout raised').click();
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.locator('.monaco-list-row', { hasText: /Add\sall\s\d+\smissing\ssections/ }).waitFor({ timeout: 15_000 });
  await shot(page, 'quick-fix');
  await page.keyboard.press('Escape');
  await page.locator('.action-widget').waitFor({ state: 'hidden' });
  step('Enter after a timeline entry starts the next one, written like it');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const suggest = page.locator('.editor-widget.suggest-widget.visible');
  await suggest.locator('.monaco-list-row.focused', { hasText: '16:40 UTC:' }).waitFor({ timeout: 15_000 });
  await shot(page, 'next-entry', { clip: { x: 348, y: 200, width: 852, height: 300 } });
  await page.keyboard.press('Enter'); // the entry, its clock selected
  await page.keyboard.type('16:45');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Lag back to normal.');
  await line(page, '- 16:45 UTC: Lag back to normal.').waitFor();
}

async function configFile(page, workspace) {
  step(`${CONFIG}: an error on open, gone when fixed and saved`);
  await quickOpen(page, CONFIG);
  const rows = await problems(page);
  // Only this folder's rows: the new postmortem's 21 would push them out of the (virtual) list.
  await page.getByPlaceholder(/^Filter \(e\.g\. text/).fill('**/configured/**');
  const bad = rows.filter({ hasText: "rule 'placeholder' should be one of" });
  await bad.waitFor({ timeout: 30_000 });
  await shot(page, 'config-error');
  await activeEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.type('f');
  await page.keyboard.press('Control+S');
  await bad.waitFor({ state: 'detached', timeout: 30_000 });
  await shot(page, 'config-fixed');
  step('a bad extends shows at once; deleting the file leaves nothing behind');
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('extends: ./nowhere.yaml\n');
  await page.keyboard.press('Control+S');
  const unreadable = rows.filter({ hasText: 'cannot read config file' });
  await unreadable.waitFor({ timeout: 30_000 });
  rmSync(join(workspace, CONFIG));
  await unreadable.waitFor({ state: 'detached', timeout: 30_000 });
  await shot(page, 'config-deleted');
  assert.equal(await rows.filter({ hasText: '.postmortem.yaml' }).count(), 0, 'no row for the deleted config');
}

async function main() {
  assert.ok(existsSync(vsix), `${vsix} is missing: run \`npm run package\` first`);
  checkReadmeImages();
  const bin = ensureCodeServer();
  mkdirSync(output, { recursive: true });
  const scratch = mkdtempSync(join(cacheDir, 'e2e-first-'));
  onExit(() => rmSync(scratch, { recursive: true, force: true }));
  const profile = { userData: join(scratch, 'user-data'), extensions: join(scratch, 'extensions') };
  const workspace = join(scratch, 'workspace');
  cpSync(join(root, 'test/vscode/workspace'), workspace, { recursive: true });
  mkdirSync(join(workspace, 'configured'));
  writeFileSync(join(workspace, CONFIG), 'rules:\n  placeholder: of\n');
  startSettings(profile.userData); // exactly what npm start writes
  installVsix(bin, profile);
  const server = await startCodeServer({ userDataDir: profile.userData, extensionsDir: profile.extensions });
  const browser = await launchChromium({ viewport: { width: 1200, height: 760 } });
  const { page } = browser;
  try {
    await npmStartPage(page, server);
    writeSettings(profile.userData);
    await page.goto(workbenchUrl(server.url, { folder: workspace }));
    await page.getByRole('treeitem', { name: 'payments-draft.postmortem.md' }).waitFor({ timeout: 60_000 });
    await newPostmortem(page);
    await typing(page);
    await lightbulb(page);
    await configFile(page, workspace);
  } catch (e) {
    await page.screenshot({ path: join(output, 'e2e-first-minutes-failure.png') }).catch(() => {});
    console.error('  (the page at the failure: test/output/e2e-first-minutes-failure.png)');
    throw e;
  } finally {
    await browser.close();
    await server.stop();
  }
}

const started = Date.now();
main().then(
  () => {
    console.log(`test:e2e (first minutes) passed in ${Math.round((Date.now() - started) / 1000)}s`);
    process.exit(0);
  },
  (e) => {
    console.error(`test:e2e (first minutes) failed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  },
);
