// Starts code-server (VS Code 1.100 served to a browser) and opens its workbench in Debian's
// chromium through playwright-core. Shared by the mocha launcher, the UI test and `npm start`.
// Everything started here is killed again on exit, Ctrl-C or a crash.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = join(root, '.cache');
const codeServerBin = join(cacheDir, 'code-server/node_modules/.bin/code-server');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Runs test/vscode/install.sh, which installs what is missing (a few minutes, once) and otherwise
 * only checks (under a second). Returns the code-server executable.
 */
export function ensureCodeServer() {
  const r = spawnSync('bash', [join(root, 'test/vscode/install.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 || !existsSync(codeServerBin)) throw new Error('test/vscode/install.sh failed');
  return codeServerBin;
}

/** code-server's own config, data and cache go under .cache/, never into $HOME. */
export function codeServerEnv(extraEnv) {
  const home = join(cacheDir, 'code-server-home');
  return {
    ...process.env,
    ...extraEnv,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CACHE_HOME: join(home, 'cache'),
  };
}

const cleanups = new Set();
let hooked = false;

/** Runs `fn` (synchronously) when this process ends, however it ends: kills and cleanups. */
export function onExit(fn) {
  cleanups.add(fn);
  if (hooked) return () => cleanups.delete(fn);
  hooked = true;
  const runAll = () => {
    for (const f of [...cleanups].reverse()) {
      try {
        f();
      } catch {
        // best effort: the process is going away
      }
    }
    cleanups.clear();
  };
  process.on('exit', runAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      runAll();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
  return () => cleanups.delete(fn);
}

/** SIGTERM to the whole process group (code-server, its extension host, our language server). */
function killGroup(pid, signal = 'SIGTERM') {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Starts code-server on 127.0.0.1 with a free port and resolves once it listens.
 * @param {{ userDataDir: string, extensionsDir: string, port?: number, env?: object, log?: (line: string) => void, args?: string[] }} o
 * @returns {Promise<{ url: string, port: number, pid: number, stop: () => Promise<void>, exited: Promise<number | null> }>}
 */
export async function startCodeServer(o) {
  if (!existsSync(codeServerBin)) throw new Error('code-server is not installed: run test/vscode/install.sh');
  mkdirSync(o.userDataDir, { recursive: true });
  mkdirSync(o.extensionsDir, { recursive: true });
  const args = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${o.port ?? 0}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', o.userDataDir,
    '--extensions-dir', o.extensionsDir,
    ...(o.args ?? []),
  ];
  // Its own process group, so that stopping it also stops the extension host and language server.
  const child = spawn(codeServerBin, args, { env: codeServerEnv(o.env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const removeHook = onExit(() => killGroup(child.pid, 'SIGKILL'));
  const exited = new Promise((res) => child.once('exit', (code) => res(code)));
  const stop = async () => {
    removeHook();
    if (child.exitCode !== null || child.signalCode !== null) return;
    killGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const url = await new Promise((res, rej) => {
    let pending = '';
    const onData = (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        o.log?.(line);
        const m = /HTTP server listening on (http:\/\/\S+?)\/?$/.exec(line);
        if (m) res(m[1]);
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => rej(new Error(`code-server exited with ${code} before it listened`)));
    child.once('error', rej);
  });
  return { url, port: Number(new URL(url).port), pid: child.pid, stop, exited };
}

/**
 * Opens a page in headless chromium. Playwright kills the browser itself if this process exits
 * without closing it.
 * @param {{ viewport?: { width: number, height: number } }} [o]
 */
export async function launchChromium(o = {}) {
  const { chromium } = await import('playwright-core');
  // Chromium keeps crash reports under $XDG_CONFIG_HOME/chromium whatever its profile: keep them in .cache/.
  const home = join(cacheDir, 'chromium-home');
  const env = { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache') };
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, env });
  const context = await browser.newContext({ viewport: o.viewport ?? { width: 1280, height: 800 } });
  const page = await context.newPage();
  return { browser, page, close: () => browser.close().catch(() => {}) };
}

/** The workbench URL that opens `folder` and, for tests, loads a development extension. */
export function workbenchUrl(serverUrl, { folder, payload }) {
  const u = new URL(serverUrl);
  if (folder) u.searchParams.set('folder', folder);
  if (payload?.length) u.searchParams.set('payload', JSON.stringify(payload));
  return u.toString();
}

/** A path on the code-server machine as the workbench names it. */
export function remoteUri(serverUrl, absPath) {
  return `vscode-remote://${new URL(serverUrl).host}${absPath}`;
}
