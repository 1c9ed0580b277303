// `npm run test:vscode`: runs the mocha suite in test/vscode/suite/ inside a real VS Code.
//
//   VSCODE_TEST_TARGET=code-server (default)  code-server 1.100 in headless chromium, via launcher.mjs
//   VSCODE_TEST_TARGET=desktop                desktop VS Code, downloaded by @vscode/test-electron
//                                             (VSCODE_TEST_VERSION, default 1.100.3; needs a display
//                                             or xvfb-run on Linux)
//   VSCODE_TEST_TARGET=auto                   desktop if the download works, else code-server
//
// The suite, the extension and the fixtures are the same in every case; only the executable differs.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { cacheDir, ensureCodeServer, root } from './code-server.mjs';

const target = process.env.VSCODE_TEST_TARGET ?? 'code-server';
const version = process.env.VSCODE_TEST_VERSION ?? '1.100.3';
const outDir = join(cacheDir, 'vscode-tests');

async function bundleSuite() {
  await esbuild.build({
    entryPoints: [join(root, 'test/vscode/suite/index.ts')],
    outfile: join(outDir, 'suite.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    // vscode is the API the extension host provides; mocha is loaded from node_modules.
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return join(outDir, 'suite.js');
}

/** A fresh copy of the fixtures, so the tests can never edit the ones in git. */
function copyWorkspace() {
  mkdirSync(outDir, { recursive: true });
  const dir = mkdtempSync(join(outDir, 'workspace-'));
  cpSync(join(root, 'test/vscode/workspace'), dir, { recursive: true });
  return dir;
}

/** Quiet defaults: nothing opens by itself or reaches for the network while the tests run. */
function writeSettings(userDataDir) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
  };
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

async function executable() {
  if (target !== 'code-server') {
    try {
      return { path: await downloadAndUnzipVSCode({ version, cachePath: join(cacheDir, 'vscode-test') }), desktop: true };
    } catch (e) {
      if (target === 'desktop') throw e;
      console.log(`Desktop VS Code could not be downloaded (${e instanceof Error ? e.message : e}); using code-server.`);
    }
  }
  ensureCodeServer();
  return { path: join(root, 'test/vscode/launcher.mjs'), desktop: false };
}

const started = Date.now();
const [suite, vscode] = await Promise.all([bundleSuite(), executable()]);
const workspace = copyWorkspace();
// A fresh profile per run: no editors, state or settings carried over from an earlier run.
const profile = mkdtempSync(join(outDir, 'profile-'));
writeSettings(join(profile, 'user-data'));
let code = 1;
try {
  code = await runTests({
    vscodeExecutablePath: vscode.path,
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    launchArgs: [
      workspace,
      '--disable-extensions', // only the extension under test
      `--user-data-dir=${join(profile, 'user-data')}`,
      `--extensions-dir=${join(profile, 'extensions')}`,
    ],
    extensionTestsEnv: vscode.desktop ? {} : { PM_TEST_OUTPUT_MARKER: '[postmortem-test] ' },
  });
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
} finally {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
console.log(`test:vscode ${code === 0 ? 'passed' : 'failed'} in ${Math.round((Date.now() - started) / 1000)}s (${vscode.desktop ? `VS Code ${version}` : 'code-server'})`);
process.exit(code);
