/**
 * Reading one config file safely: confined to the workspace when the repository named it, only a
 * regular file, never more than the size cap, and decoded as UTF-8. Every refusal is a short
 * message that quotes nothing from the file.
 */
import { realpathSync } from 'node:fs';
import { MAX_YAML_LENGTH, parseConfig, type ParsedConfig } from '../service';
import { locateInside } from './confine';
import { readRegularFile, ReadRefused } from './safe-read';

/** Long enough for a slow disk, short enough that a stuck read does not stall the editor. */
export const CONFIG_READ_TIMEOUT_MS = 2000;

export type ConfigRead = { parsed: ParsedConfig } | { error: string; outside?: boolean };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function describe(e: unknown): string {
  if (e instanceof ReadRefused) return e.message;
  const code = (e as { code?: string }).code;
  return code ?? (e instanceof Error ? e.message : String(e));
}

/**
 * Reads and parses the config at `path`. With `roots`, the file and every link on the way to it
 * must stay inside them; without, it is the user's own file and read wherever it is.
 */
export function readConfigFile(path: string, roots: readonly string[] | null): ConfigRead {
  let real: string;
  try {
    if (roots) {
      const at = locateInside(path, roots);
      if ('outside' in at) return { error: 'it is outside the workspace', outside: true };
      if ('error' in at) return { error: describe(at.error) };
      real = at.real;
    } else {
      real = realpathSync(path);
    }
    const bytes = readRegularFile(real, { maxBytes: MAX_YAML_LENGTH, timeoutMs: CONFIG_READ_TIMEOUT_MS });
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { error: 'not a valid config file: it is not UTF-8 text' };
    }
    // Editors hide a byte-order mark, so columns must not count it.
    return { parsed: parseConfig(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { error: describe(e) };
  }
}
