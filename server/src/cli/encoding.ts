/**
 * Which text encoding a postmortem file is in. UTF-8 (with or without a byte-order mark) and
 * UTF-16 with a byte-order mark are read and written back as they were; Latin-1 is read but not
 * rewritten. Any other text encoding is named in the message: text is never called "binary".
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1';

export type Decoded = { text: string; encoding: Encoding; bom: boolean } | { refused: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function swapPairs(bytes: Uint8Array): Buffer {
  const out = Buffer.from(bytes);
  out.swap16();
  return out;
}

/** UTF-32 by its byte-order mark, or UTF-16 without one by where its NUL bytes fall, or null. */
function unreadableText(b: Buffer): string | null {
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'is UTF-32 LE text';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'is UTF-32 BE text';
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return null;
  let even = 0;
  let odd = 0;
  const n = Math.min(b.length, 4096);
  for (let i = 0; i < n; i++) if (b[i] === 0) i % 2 === 0 ? even++ : odd++;
  // ASCII text in UTF-16 has a NUL in every other byte, all on one side.
  if (n >= 4 && b.length % 2 === 0 && odd >= n / 4 && even === 0) return 'looks like UTF-16 LE text without a byte-order mark';
  if (n >= 4 && b.length % 2 === 0 && even >= n / 4 && odd === 0) return 'looks like UTF-16 BE text without a byte-order mark';
  return null;
}

export function decode(bytes: Buffer, path: string): Decoded {
  const other = unreadableText(bytes);
  if (other) return { refused: `'${path}' ${other}; save it as UTF-8 (or UTF-16 with a byte-order mark)` };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', path);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be', path);
  if (bytes.includes(0)) return { refused: `'${path}' is a binary file (it contains NUL bytes), not a postmortem` };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8', bom };
  } catch {
    return { text: body.toString('latin1'), encoding: 'latin1', bom };
  }
}

function utf16(body: Buffer, encoding: 'utf-16le' | 'utf-16be', path: string): Decoded {
  const name = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  if (body.length % 2 !== 0) return { refused: `'${path}' starts like ${name} text but has an odd number of bytes` };
  const le = encoding === 'utf-16le' ? body : swapPairs(body);
  return { text: le.toString('utf16le'), encoding, bom: true };
}

/** The bytes of `text` in the file's own encoding, byte-order mark included. */
export function encode(text: string, encoding: Encoding, bom: boolean): Buffer {
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf-16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), swapPairs(Buffer.from(text, 'utf16le'))]);
  if (encoding === 'latin1') return Buffer.from(text, 'latin1');
  return Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
}
