#!/usr/bin/env node
// Stands in for the VS Code executable, so that @vscode/test-electron's runTests can drive
// code-server: `runTests({ vscodeExecutablePath: <this file>, ... })`. It takes VS Code's
// command-line arguments, starts code-server, opens the workbench in headless chromium with the
// development extension and the tests in the URL's payload, and exits with the code the
// workbench reports through `codeAutomationExit` when the tests are done.
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cacheDir, launchChromium, onExit, remoteUri, startCodeServer, workbenchUrl } from './code-server.mjs';

const TIMEOUT_MS = Number(process.env.VSCODE_TEST_TIMEOUT_MS ?? 10 * 60_000);
const verbose = process.env.VSCODE_TEST_VERBOSE === '1';
// The test runner prefixes its output with this (see suite/index.ts): the extension host's console
// reaches us only through the browser's console, among the workbench's own messages.
const marker = process.env.PM_TEST_OUTPUT_MARKER;

/** The subset of VS Code's command line that matters here; other flags are desktop-only. */
function parseArgs(argv) {
  const a = { extensionDevelopmentPath: [], folder: undefined, extensionTestsPath: undefined, userDataDir: undefined, extensionsDir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(arg);
    if (!m) {
      a.folder ??= resolve(arg);
      continue;
    }
    const [, name, inline] = m;
    const takesValue = ['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir'].includes(name);
    const value = takesValue ? (inline ?? argv[++i]) : inline;
    if (name === 'extensionDevelopmentPath') a.extensionDevelopmentPath.push(resolve(value));
    else if (name === 'extensionTestsPath') a.extensionTestsPath = resolve(value);
    else if (name === 'user-data-dir') a.userDataDir = resolve(value);
    else if (name === 'extensions-dir') a.extensionsDir = resolve(value);
  }
  return a;
}

/** A test asks for a screenshot of the whole workbench with this line (see suite/screenshot.ts). */
const SCREENSHOT = /^screenshot: ([\w-]+)$/;

/** Written under a temporary name and renamed, so a test waiting for the file never reads half of it. */
async function screenshot(page, name) {
  const dir = join(cacheDir, '..', 'test', 'output');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path: `${path}.partial.png`, animations: 'disabled' });
  renameSync(`${path}.partial.png`, path);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.extensionTestsPath) throw new Error('launcher.mjs: --extensionTestsPath is required');
  // A fresh profile per run unless one is given: no state leaks from one run into the next.
  const scratch = mkdtempSync(join(cacheDir, 'vscode-run-'));
  onExit(() => rmSync(scratch, { recursive: true, force: true }));
  const server = await startCodeServer({
    userDataDir: args.userDataDir ?? join(scratch, 'user-data'),
    extensionsDir: args.extensionsDir ?? join(scratch, 'extensions'),
    log: verbose ? (line) => console.log(`[code-server] ${line}`) : undefined,
  });
  let browser;
  try {
    browser = await launchChromium();
    const { page } = browser;
    const exitCode = new Promise((res) => {
      // Called by the workbench when the extension host's test runner finishes.
      void page.exposeFunction('codeAutomationExit', (code) => res(Number(code)));
    });
    page.on('console', (msg) => {
      const text = msg.text();
      const at = marker ? text.indexOf(marker) : -1;
      const shot = at >= 0 ? SCREENSHOT.exec(text.slice(at + marker.length)) : null;
      if (shot) void screenshot(page, shot[1]);
      else if (at >= 0) console.log(text.slice(at + marker.length));
      else if (verbose) console.log(`[workbench] ${text}`);
    });
    const failure = new Promise((_, rej) => {
      page.on('crash', () => rej(new Error('the workbench page crashed')));
      void server.exited.then((code) => rej(new Error(`code-server exited (${code}) before the tests finished`)));
      setTimeout(() => rej(new Error(`tests did not finish within ${TIMEOUT_MS / 1000}s`)), TIMEOUT_MS).unref();
    });
    const payload = [
      ...args.extensionDevelopmentPath.map((p) => ['extensionDevelopmentPath', remoteUri(server.url, p)]),
      ['extensionTestsPath', remoteUri(server.url, args.extensionTestsPath)],
    ];
    await page.goto(workbenchUrl(server.url, { folder: args.folder, payload }));
    return await Promise.race([exitCode, failure]);
  } finally {
    await browser?.close();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`launcher.mjs: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
