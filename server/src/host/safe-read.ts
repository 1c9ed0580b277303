/**
 * Reading a file that a stranger may have named: a config's `extends:`, a configFile setting.
 * Only regular files are read (a device never ends, a FIFO never answers), the size cap is checked
 * before the first byte is read and again while reading (a /proc file says it has size 0), and a
 * read that takes too long is abandoned between chunks.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';

export class ReadRefused extends Error {
  constructor(
    message: string,
    /** 'ENOENT', 'EACCES', ... for the file system's own errors; ours are 'ENOTREG', 'EFBIG', 'ETIMEDOUT'. */
    readonly code: string,
  ) {
    super(message);
  }
}

const CHUNK = 64 * 1024;

export interface ReadLimits {
  maxBytes: number;
  /** Checked between chunks; a single blocked read (a hung network mount) is not interruptible. */
  timeoutMs: number;
}

function notRegular(st: Stats): string | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return 'it is a folder';
  if (st.isSymbolicLink()) return 'it is a symbolic link';
  if (st.isFIFO()) return 'it is a pipe';
  if (st.isSocket()) return 'it is a socket';
  return 'it is a device';
}

/**
 * The bytes of the regular file at `path`, which must already be free of symbolic links (see
 * confine.ts). Throws ReadRefused for anything else.
 */
export function readRegularFile(path: string, limits: ReadLimits): Buffer {
  const st = lstatSync(path);
  const why = notRegular(st);
  if (why) throw new ReadRefused(`not a regular file: ${why}`, 'ENOTREG');
  if (st.size > limits.maxBytes) throw new ReadRefused(`too large: over ${limits.maxBytes / 1024} KB`, 'EFBIG');
  // O_NONBLOCK: should the file be swapped for a FIFO after the lstat, opening it does not wait.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const now = fstatSync(fd);
    if (!now.isFile() || now.ino !== st.ino || now.dev !== st.dev) throw new ReadRefused('not a regular file: it changed while being opened', 'ENOTREG');
    return readAll(fd, limits);
  } finally {
    closeSync(fd);
  }
}

function readAll(fd: number, limits: ReadLimits): Buffer {
  const deadline = Date.now() + limits.timeoutMs;
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(CHUNK);
    const n = readSync(fd, buf, 0, CHUNK, null);
    if (n === 0) break;
    total += n;
    if (total > limits.maxBytes) throw new ReadRefused(`too large: over ${limits.maxBytes / 1024} KB`, 'EFBIG');
    chunks.push(buf.subarray(0, n));
    if (Date.now() > deadline) throw new ReadRefused(`too slow: reading took over ${limits.timeoutMs} ms`, 'ETIMEDOUT');
  }
  return Buffer.concat(chunks, total);
}
