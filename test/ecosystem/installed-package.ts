/**
 * The npm package as a user gets it: `npm pack` of this checkout, installed into an empty folder.
 * Needs no network: every runtime dependency is inside the bundles.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface InstalledPackage {
  /** The folder the tarball was installed into (it has node_modules/.bin). */
  dir: string;
  /** Files in the tarball, as `npm pack --json` lists them. */
  files: string[];
  /** Environment whose PATH finds the installed binaries first, as `npx` and an editor would. */
  env: NodeJS.ProcessEnv;
}

function npm(args: string[], cwd: string): string {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}): ${r.stderr}${r.error ?? ''}`);
  return r.stdout;
}

export function installPackage(): InstalledPackage {
  const out = mkdtempSync(join(tmpdir(), 'pm-pack-'));
  // --ignore-scripts: prepack would rebuild dist/ while other test files run it; the build that
  // `npm test` made before the tests is the one to check.
  const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', out], process.cwd())) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const dir = join(out, 'project');
  spawnSync('mkdir', [dir]);
  writeFileSync(join(dir, 'package.json'), '{ "name": "pm-user", "version": "1.0.0", "private": true }\n');
  npm(['install', '--no-audit', '--no-fund', '--offline', join(out, packed[0]!.filename)], dir);
  const env = { ...process.env, PATH: `${join(dir, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };
  return { dir, files: packed[0]!.files.map((f) => f.path).sort(), env };
}
