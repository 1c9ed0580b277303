/** Finding and reading postmortem files. Every failure becomes a one-line message, never a stack trace. */
import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { HEAD_LENGTH, hasPostmortemExtension, isPostmortemFile } from '../service';
import { decode, type Encoding } from './encoding';

export class IoError extends Error {}

export interface Collected {
  files: string[];
  /** Entries inside folders that could not be followed (dangling links, link loops), with why. */
  skipped: string[];
}

/**
 * Expands files and folders into the postmortem files under them, in a stable order. A file named
 * on the command line is always checked. Inside folders, every text file is, unless `globs` are
 * given: then only postmortems are, by the same test the editor uses (`isPostmortemFile`).
 */
export function collectFiles(paths: readonly string[], globs: readonly string[] = []): Collected {
  const out: Collected = { files: [], skipped: [] };
  const seen = new Set<string>();
  const wanted = globs.length === 0 ? () => true : (path: string) => isPostmortemFile({ path: resolve(path), head: headOf(path) }, globs);
  for (const p of paths) {
    const st = statOrThrow(p);
    if (st.isDirectory()) walk(p, out, seen, wanted);
    else out.files.push(p);
  }
  return out;
}

/** The start of a file, for its front matter; empty when it cannot be read (reading it later says why). */
function headOf(path: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(HEAD_LENGTH);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, HEAD_LENGTH, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function statOrThrow(p: string): import('node:fs').Stats {
  try {
    return statSync(p);
  } catch (e) {
    throw new IoError(`cannot read '${p}': ${reason(e)}`);
  }
}

function walk(dir: string, out: Collected, seen: Set<string>, wanted: (path: string) => boolean): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    throw new IoError(`cannot read '${dir}': ${reason(e)}`);
  }
  // A symlink back up the tree would otherwise be walked forever.
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new IoError(`cannot read folder '${dir}': ${reason(e)}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        // Not fatal: the user named the folder, not this link. But say so rather than skip silently.
        out.skipped.push(`skipped '${p}': ${reason(err)}`);
        continue;
      }
    }
    if (isDir) walk(p, out, seen, wanted);
    else if (isFile && hasPostmortemExtension(e.name) && wanted(p)) out.files.push(p);
  }
}

export interface ReadResult {
  text: string;
  /** The bytes as read: `--fix` writes only if the file still holds them. */
  bytes: Buffer;
  /** 'latin1' when the bytes were not valid UTF-8; `--fix` leaves such a file alone. */
  encoding: Encoding;
  bom: boolean;
  eol: '\n' | '\r\n';
}

/** Far above any postmortem (the benchmark's largest is 5 MB); a bound on what one file may cost. */
export const MAX_POSTMORTEM_BYTES = 64 * 1024 * 1024;

export function readPostmortem(path: string): ReadResult {
  let bytes: Buffer;
  try {
    // A device never ends and a FIFO may never answer: only regular files are read.
    const st = statSync(path);
    if (!st.isFile()) throw new IoError(`cannot read '${path}': not a regular file (${st.isFIFO() ? 'a pipe' : st.isSocket() ? 'a socket' : 'a device'})`);
    if (st.size > MAX_POSTMORTEM_BYTES) throw new IoError(`cannot read '${path}': too large (over ${MAX_POSTMORTEM_BYTES / 1048576} MB)`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof IoError) throw e;
    throw new IoError(`cannot read '${path}': ${reason(e)}`);
  }
  const decoded = decode(bytes, path);
  if ('refused' in decoded) throw new IoError(decoded.refused);
  const eol = decoded.text.includes('\r\n') ? '\r\n' : '\n';
  return { ...decoded, bytes, eol };
}

export function reason(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links (a link loop?)';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return e instanceof Error ? e.message.split('\n')[0]! : String(e);
  }
}

/** Paths in output are relative to the working folder, as editors' problem matchers expect. */
export function displayPath(p: string): string {
  const r = relative(process.cwd(), p);
  return r === '' ? p : r.startsWith('..') ? p : r;
}
