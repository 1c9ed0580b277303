// `npm run test:e2e`: one test through the real UI. It installs the packaged .vsix into a fresh
// code-server, opens the fixtures workspace in headless chromium, opens a postmortem from the
// Explorer, and checks what a writer sees: squiggles, Problems rows, the hover on a timeline
// entry and the outline. Screenshots go to test/output/ and, for the README, docs/images/.
// Every wait is on something appearing in the page (Playwright's locators), never a timer.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, ensureCodeServer, launchChromium, onExit, root, startCodeServer, workbenchUrl } from './code-server.mjs';
import { centreOf, images, installVsix, output, runCommand, shot, step, vsix, writeSettings } from './e2e-helpers.mjs';

const FILE = 'payments-draft.postmortem.md';

async function main() {
  assert.ok(existsSync(vsix), `${vsix} is missing: run \`npm run package\` first`);
  const bin = ensureCodeServer();
  mkdirSync(output, { recursive: true });
  mkdirSync(images, { recursive: true });
  const scratch = mkdtempSync(join(cacheDir, 'e2e-'));
  onExit(() => rmSync(scratch, { recursive: true, force: true }));
  const profile = { userData: join(scratch, 'user-data'), extensions: join(scratch, 'extensions') };
  const workspace = join(scratch, 'workspace');
  cpSync(join(root, 'test/vscode/workspace'), workspace, { recursive: true });
  writeSettings(profile.userData);
  step('install the .vsix with code-server --install-extension');
  installVsix(bin, profile);

  const server = await startCodeServer({ userDataDir: profile.userData, extensionsDir: profile.extensions });
  const browser = await launchChromium({ viewport: { width: 1200, height: 760 } });
  const { page } = browser;
  try {
    step(`open ${server.url} on the fixtures workspace`);
    await page.goto(workbenchUrl(server.url, { folder: workspace }));
    const file = page.getByRole('treeitem', { name: FILE });
    await file.waitFor({ timeout: 60_000 });
    step(`open ${FILE} from the Explorer`);
    await file.click();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-line', { hasText: 'Card payments declined' }).first().waitFor();

    step('squiggles appear');
    await editor.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
    await editor.locator('.squiggly-warning').first().waitFor();

    step('the status bar shows the incident and its problems; clicking it opens Problems');
    const status = page.locator('.statusbar-item', { hasText: /1h 10m .* 5 problems/ });
    await status.waitFor();
    await status.click();
    const rows = page.locator('.markers-panel .monaco-list-row');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'Placeholder "TODO"' }).waitFor();
    const texts = await rows.allInnerTexts();
    const problems = texts.join('\n');
    for (const expected of ['must be one of SEV1, SEV2, SEV3, SEV4', 'Placeholder "TODO"', '08:20 is 11m earlier than the entry before it', 'Missing section "Root Cause"', 'Action item has no owner']) {
      assert.ok(problems.includes(expected), `Problems shows "${expected}":\n${problems}`);
    }
    assert.ok(problems.includes('missing-section'), 'rows show the rule code');
    step(`Problems lists ${texts.length - 1} rows under ${FILE}`);
    await shot(page, 'diagnostics', { clip: { x: 348, y: 30, width: 852, height: 700 } });

    step('go to the timeline-order problem, then hover the 08:31 entry above it');
    await rows.filter({ hasText: '08:20 is 11m earlier' }).click();
    const entry = editor.locator('.view-line', { hasText: '08:31' }).first();
    await entry.waitFor();
    await page.mouse.move(...(await centreOf(entry, '08:31')));
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content', { hasText: 'T+' });
    await hover.waitFor({ timeout: 15_000 });
    const hoverText = await hover.innerText();
    assert.match(hoverText, /08:31/);
    assert.match(hoverText, /T\+29m/);
    assert.match(hoverText, /Since previous entry: \+22m/);
    step(`the hover says: ${hoverText.replace(/\s+/g, ' ').trim()}`);
    await shot(page, 'hover', { clip: { x: 348, y: 60, width: 760, height: 300 } });
    await page.keyboard.press('Escape');

    step('the outline lists the sections, fields and timeline entries');
    await page.keyboard.press('Control+J'); // View: Toggle Panel
    await page.locator('.markers-panel').waitFor({ state: 'hidden' });
    await page.locator('.pane-header', { hasText: 'Workspace' }).first().click(); // fold the file tree: room for the outline
    await runCommand(page, 'Explorer: Focus on Outline View');
    const outline = page.locator('.outline-pane');
    for (const row of ['Front matter', 'Summary', 'Timeline', '08:31 Rotation order identified', 'Resolution', 'Action Items']) {
      await outline.locator('.monaco-list-row', { hasText: row }).first().waitFor();
    }
    await shot(page, 'outline', { clip: { x: 0, y: 0, width: 900, height: 560 } });
  } catch (e) {
    await page.screenshot({ path: join(output, 'e2e-failure.png') }).catch(() => {});
    console.error('  (the page at the failure: test/output/e2e-failure.png)');
    throw e;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

const started = Date.now();
main().then(
  () => {
    console.log(`test:e2e passed in ${Math.round((Date.now() - started) / 1000)}s`);
    process.exit(0);
  },
  (e) => {
    console.error(`test:e2e failed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  },
);
