/**
 * Finding, reading and caching `.postmortem.yaml` files for the CLI and the server. This is the
 * only schema code that touches the file system; parsing and merging live in the pure service.
 */
import { lstatSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Range } from 'vscode-languageserver-types';
import { getPreset, isPresetName, resolveSchema, type ConfigLayer, type ConfigProblem, type ParsedConfig, type Schema } from '../service';
import { isWithin, locateInside } from './confine';
import { readConfigFile } from './config-read';

/** Looked for in this order in each folder. */
export const CONFIG_FILE_NAMES = ['.postmortem.yaml', '.postmortem.yml'];
/** How many configs an `extends` chain may hold before we call it a mistake. */
export const MAX_EXTENDS_DEPTH = 8;

export interface LoadOptions {
  /** The preset to use when no config file says otherwise (settings or `--preset`). */
  preset?: string;
  /** An explicit config file (`--config`); wins over any file found near the document. */
  configFile?: string;
  /** When false, no config file is read at all: an untrusted workspace gets the plain preset. */
  trustWorkspace?: boolean;
  /**
   * The folders (or files) a repository's config may reach: the workspace folders and what the
   * user's own settings allow. `configFile`, `extends:` targets and config files found inside
   * them must stay inside them, links included. A config found outside them by walking up from
   * the document is the user's own and may extend anything. Undefined: nothing is confined.
   */
  roots?: string[];
  /** `configFile` is the user's own choice (the CLI's --config), so it is not confined. */
  configFileIsOwn?: boolean;
  /** Appended to "it is outside the workspace": how this shell lets the user allow a place. */
  outsideHint?: string;
}

/** A problem and the file it belongs to; `file` is '' for a bad `preset` option. */
export interface ConfigFileProblem {
  file: string;
  problem: ConfigProblem;
}

export interface LoadedSchema {
  schema: Schema;
  /** The config file that applies to the document, or null when only a preset does. */
  configPath: string | null;
  problems: ConfigFileProblem[];
}

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** [path, mtime, size]; mtime -1 for a file that could not be read. */
type Stamp = [string, number, number];

const parsedCache = new Map<string, { stamp: Stamp; parsed: ParsedConfig }>();
const resultCache = new Map<string, { stamps: Stamp[]; result: LoadedSchema }>();

/** Forgets every cached config; the server calls it when a config file changes. */
export function clearConfigCache(): void {
  parsedCache.clear();
  resultCache.clear();
}

function stampOf(path: string): Stamp {
  try {
    const st = statSync(path);
    return st.isFile() ? [path, st.mtimeMs, st.size] : [path, -1, 0];
  } catch {
    return [path, -1, 0];
  }
}

/**
 * Whether a config-file name is taken by anything but a folder. lstat, not stat: whether a link's
 * target exists (perhaps outside the workspace) must not change which config applies.
 */
function isEntry(path: string): boolean {
  try {
    return !lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The nearest config file, looking in the document's folder and then each parent, up to and
 * including `stopAt` (or the file-system root). The nearest one wins, as with markdownlint.
 */
export function findConfigFile(docPath: string, stopAt?: string): string | null {
  let dir = dirname(resolve(docPath));
  const stop = stopAt === undefined ? undefined : resolve(stopAt);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (isEntry(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (dir === stop || parent === dir) return null;
    dir = parent;
  }
}

/**
 * Reads and parses one config file, cached by path, mtime and size. A confined path is located
 * first, so that even the time stamp of a file outside the workspace is never read.
 */
function readConfig(path: string, roots: readonly string[] | null): { parsed: ParsedConfig; stamp: Stamp } | { error: string; outside?: boolean } {
  const at = roots ? locateInside(path, roots) : null;
  if (at && 'outside' in at) return { error: 'it is outside the workspace', outside: true };
  const stamp = stampOf(at && 'real' in at ? at.real : path);
  const key = `${roots ? 'confined' : 'own'}\0${path}`;
  const hit = parsedCache.get(key);
  if (hit && hit.stamp[1] === stamp[1] && hit.stamp[2] === stamp[2] && stamp[1] >= 0) return hit;
  const read = readConfigFile(path, roots);
  if ('error' in read) return read;
  parsedCache.set(key, { stamp, parsed: read.parsed });
  return { parsed: read.parsed, stamp };
}

interface Chain {
  layers: ConfigLayer[];
  preset: string | undefined;
  problems: ConfigFileProblem[];
  stamps: Stamp[];
}

interface Reach {
  roots: readonly string[] | undefined;
  /** The file in hand was named by the repository (or a setting it may write): confine it. */
  confined: boolean;
  hint: string;
}

function refusal(current: string, read: { error: string; outside?: boolean }, hint: string): string {
  return read.outside ? `cannot read config file ${current}: it is outside the workspace${hint}` : `cannot read config file ${current} (${read.error})`;
}

/** Follows `extends:` from `start`, collecting layers (base-most first) and problems. */
function readChain(start: string, reach: Reach): Chain {
  const chain: Chain = { layers: [], preset: undefined, problems: [], stamps: [] };
  const seen: string[] = [];
  let current = start;
  let from: { file: string; range: Range } | null = null;
  for (;;) {
    const at = from ?? { file: current, range: ZERO };
    if (seen.includes(current)) {
      const loop = [...seen.slice(seen.indexOf(current)), current].join(' → ');
      chain.problems.push({ file: at.file, problem: { message: `'extends' makes a cycle: ${loop}`, range: at.range, severity: 'error' } });
      return chain;
    }
    if (seen.length >= MAX_EXTENDS_DEPTH) {
      const message = `'extends' chain is longer than ${MAX_EXTENDS_DEPTH} files`;
      chain.problems.push({ file: at.file, problem: { message, range: at.range, severity: 'error' } });
      return chain;
    }
    seen.push(current);
    const read = readConfig(current, reach.confined ? reach.roots! : null);
    if ('error' in read) {
      // Nothing outside is looked at, not even its time stamp.
      if (!read.outside) chain.stamps.push(stampOf(current));
      chain.problems.push({ file: at.file, problem: { message: refusal(current, read, reach.hint), range: at.range, severity: 'error' } });
      return chain;
    }
    chain.stamps.push(read.stamp);
    for (const problem of read.parsed.problems) chain.problems.push({ file: current, problem });
    chain.layers.unshift({ name: current, patch: read.parsed.patch });
    const ext = read.parsed.extends;
    if (!ext) return chain;
    if (ext.kind === 'preset') {
      chain.preset = ext.value;
      return chain;
    }
    from = { file: current, range: ext.range };
    current = resolve(dirname(current), ext.value);
    reach.confined ||= reach.roots !== undefined && isWithin(current, reach.roots);
  }
}

function presetOnly(preset: string | undefined): LoadedSchema {
  const problems: ConfigFileProblem[] = [];
  if (preset !== undefined && !isPresetName(preset)) {
    const message = `unknown preset '${preset}'; using 'default'`;
    problems.push({ file: '', problem: { message, range: ZERO, severity: 'error' } });
  }
  return { schema: getPreset(preset ?? 'default') ?? getPreset('default')!, configPath: null, problems };
}

function build(configPath: string, options: LoadOptions): { result: LoadedSchema; stamps: Stamp[] } {
  const { preset, roots } = options;
  // A named config file is confined like the repository's own: settings may come from the repository.
  const named = options.configFile !== undefined;
  const confined = roots !== undefined && (named ? !options.configFileIsOwn : isWithin(configPath, roots));
  const chain = readChain(configPath, { roots, confined, hint: options.outsideHint ?? '' });
  const base = presetOnly(chain.preset ?? preset);
  const problems = [...base.problems, ...chain.problems];
  // A broken config is reported and ignored as a whole: half-applying it would check the
  // document against rules nobody wrote.
  const broken = problems.some((p) => p.problem.severity === 'error');
  const schema = broken ? base.schema : resolveSchema(chain.preset ?? preset ?? 'default', chain.layers);
  return { result: { schema, configPath, problems }, stamps: chain.stamps };
}

/**
 * The schema for a document: `configFile`, else the nearest config file, else `preset`, else
 * `default`. Never throws; problems (with their files) are returned for the caller to show, and a
 * config with errors falls back to its preset. Results are cached until a file in the chain
 * changes, so calling this on every validation is cheap and returns the same Schema object.
 */
export function loadSchemaFor(docPath: string, options: LoadOptions = {}): LoadedSchema {
  try {
    if (options.trustWorkspace === false) return presetOnly(options.preset);
    const configPath = options.configFile !== undefined ? resolve(options.configFile) : findConfigFile(docPath);
    if (configPath === null) return presetOnly(options.preset);
    const key = [configPath, options.preset ?? '', options.configFileIsOwn ? 'own' : '', options.roots?.join('\0') ?? '*'].join('\0');
    const hit = resultCache.get(key);
    if (hit && hit.stamps.every(([p, m, s]) => {
      const now = stampOf(p);
      return now[1] === m && now[2] === s;
    })) {
      return hit.result;
    }
    const { result, stamps } = build(configPath, options);
    resultCache.set(key, { stamps, result });
    return result;
  } catch (err) {
    const message = `could not load the config: ${err instanceof Error ? err.message : String(err)}`;
    const fallback = presetOnly(options.preset);
    return { ...fallback, problems: [...fallback.problems, { file: options.configFile ?? '', problem: { message, range: ZERO, severity: 'error' } }] };
  }
}
