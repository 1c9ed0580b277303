// `npm start`: build the extension, print the CLI's report on examples/, then open examples/ in a
// real VS Code with the extension loaded from this checkout, the draft example in front:
//   - desktop VS Code (`code --extensionDevelopmentPath=...`) when `code` is on PATH;
//   - otherwise code-server on 127.0.0.1 (installed into .cache/ on first use), whose URL is
//     printed; it stays in the foreground until Ctrl-C.
// POSTMORTEM_EDITOR=code-server forces code-server; PORT picks its port (default 8080, or any
// free port when 8080 is taken).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { cacheDir, ensureCodeServer, root, startCodeServer } from '../../test/vscode/code-server.mjs';
import { draft, examples, startSettings, startUrl } from './start-layout.mjs';

function run(cmd, args) {
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status;
}

function hasDesktopCode() {
  if (process.env.POSTMORTEM_EDITOR === 'code-server') return false;
  const r = spawnSync('code', ['--version'], { stdio: 'ignore' });
  return r.status === 0;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function openInCodeServer() {
  console.log('\nNo desktop `code` on PATH: opening examples/ in code-server instead.');
  ensureCodeServer(); // first use: test/vscode/install.sh (apt packages and code-server, about 2 minutes)
  const wanted = Number(process.env.PORT ?? 8080);
  const port = (await portIsFree(wanted)) ? wanted : 0;
  const userDataDir = join(cacheDir, 'start/user-data');
  startSettings(userDataDir);
  const server = await startCodeServer({
    userDataDir,
    extensionsDir: join(cacheDir, 'start/extensions'),
    port,
  });
  const url = startUrl(server.url);
  console.log(`\ncode-server ${server.url} is serving VS Code with this extension loaded from ${root}.`);
  console.log(`Open examples/ in a browser:\n\n  ${url}\n`);
  console.log('After `npm run build`, reload the page to pick up changes. Press Ctrl-C to stop.');
  const code = await server.exited;
  process.exit(code ?? 0);
}

console.log('> npm run build');
if (run('npm', ['run', '--silent', 'build']) !== 0) process.exit(1);
console.log('\n> node dist/cli.js examples');
// Exit code 1 means "errors found": the examples have some on purpose.
if ((run(process.execPath, ['dist/cli.js', 'examples']) ?? 2) > 1) process.exit(1);

if (hasDesktopCode()) {
  console.log('\n> code --extensionDevelopmentPath=. examples examples/dns-migration-draft.postmortem.md');
  const child = spawn('code', [`--extensionDevelopmentPath=${root}`, examples, draft], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  await openInCodeServer();
}
