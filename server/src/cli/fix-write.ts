/**
 * Writing a fixed postmortem back without harming the file system it lives on. The new text goes
 * to a temporary file beside the real file (a link's target, not the link), with the original's
 * owner and full mode, and is renamed over it only if the file still holds what was read. Anything
 * that cannot be kept (hard links, an owner we cannot give) makes us leave the file alone.
 */
import {
  accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, readdirSync, readFileSync,
  realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IoError, reason } from './files';

/** `--fix` left this file alone on purpose; the CLI exits 2. */
export class FixRefused extends IoError {}

const TMP = /^\.(.+)\.(\d+)\.postmortem-fix\.tmp$/;
const tmpName = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.postmortem-fix.tmp`);

/** Why `--fix` must not write `path` (stat of its target), or null. */
function refusal(path: string, st: Stats): string | null {
  if ((st.mode & 0o222) === 0) return `not fixing '${path}': it is read-only`;
  try {
    accessSync(path, constants.W_OK);
  } catch (e) {
    return `cannot write '${path}': ${reason(e)}`;
  }
  if (st.nlink > 1) return `not fixing '${path}': it has ${st.nlink} hard links, and replacing it would split them`;
  return null;
}

/**
 * Replaces the file at `path` (or its link target) with `content`, if it still holds `original`.
 * Throws FixRefused when it leaves the file alone, IoError when writing failed.
 */
export function writeFixed(path: string, original: Buffer, content: Buffer): void {
  let target: string;
  let st: Stats;
  try {
    target = realpathSync(path);
    st = statSync(target);
  } catch (e) {
    throw new IoError(`cannot write '${path}': ${reason(e)}`);
  }
  const why = refusal(path, st);
  if (why) throw new FixRefused(why);
  const tmp = tmpName(target);
  try {
    writeTemp(tmp, content, st, path);
    // An editor may have saved while we worked; its text wins, and ours is dropped.
    if (!readFileSync(target).equals(original)) throw new FixRefused(`not fixing '${path}': it changed while it was being fixed`);
    renameSync(tmp, target);
  } catch (e) {
    removeQuietly(tmp);
    if (e instanceof IoError) throw e;
    throw new IoError(`cannot write '${path}': ${reason(e)}`);
  }
}

function writeTemp(tmp: string, content: Buffer, st: Stats, path: string): void {
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, content);
    try {
      fchownSync(fd, st.uid, st.gid);
    } catch {
      throw new FixRefused(`not fixing '${path}': its owner could not be kept`);
    }
    // After chown, which clears set-id bits; the umask does not apply to fchmod.
    fchmodSync(fd, st.mode & 0o7777);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* never created, or already gone */
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

/** Removes temporary files that a killed `--fix` left in `dir`; returns their names. */
export function sweepStaleTemps(dir: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TMP.exec(name);
    if (!m || Number(m[2]) === process.pid || alive(Number(m[2]))) continue;
    const p = join(dir, name);
    try {
      if (!lstatSync(p).isFile()) continue;
      unlinkSync(p);
      removed.push(p);
    } catch {
      /* someone else's file, or gone already */
    }
  }
  return removed;
}
