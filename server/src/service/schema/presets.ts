/**
 * The bundled presets. Each is YAML text in the config-file shape, parsed by the same validator
 * as a user's `.postmortem.yaml`, once, on first use.
 */
import defaultYaml from './presets/default.yaml';
import googleSreYaml from './presets/google-sre.yaml';
import pagerdutyYaml from './presets/pagerduty.yaml';
import wikimediaYaml from './presets/wikimedia.yaml';
import type { Schema } from './types';
import { parseConfig, type ConfigProblem } from './config';
import { applyConfig, emptySchema, type ConfigLayer } from './apply-config';
import { PRESET_NAMES, isPresetName, type PresetName } from './preset-names';

export { PRESETS, PRESET_NAMES, isPresetName, presetList, type PresetName } from './preset-names';

const SOURCES: Record<PresetName, string> = {
  default: defaultYaml,
  'google-sre': googleSreYaml,
  wikimedia: wikimediaYaml,
  pagerduty: pagerdutyYaml,
};

/** The names `extends:`, `--preset` and the settings accept. */
export const presetNames: string[] = [...PRESET_NAMES];

export interface LoadedPreset {
  schema: Schema;
  /** Problems in the bundled YAML. Always empty in a good build; the unit tests make sure. */
  problems: ConfigProblem[];
}

const cache = new Map<PresetName, LoadedPreset>();

/**
 * A preset with the problems found in its YAML. A preset may `extends:` another preset, never a
 * path. Broken parts are skipped rather than thrown, so a bad build degrades instead of crashing.
 */
export function loadPreset(name: string, seen: string[] = []): LoadedPreset | undefined {
  if (!isPresetName(name)) return undefined;
  const cached = cache.get(name);
  if (cached) return cached;
  const parsed = parseConfig(SOURCES[name]);
  const problems = [...parsed.problems];
  let base = emptySchema(name);
  const ext = parsed.extends;
  if (ext && (ext.kind === 'path' || seen.includes(ext.value))) {
    problems.push({ message: `preset '${name}' cannot extend '${ext.value}'`, range: ext.range, severity: 'error' });
  } else if (ext) {
    const parent = loadPreset(ext.value, [...seen, name]);
    if (parent) base = parent.schema;
  }
  const loaded = { schema: applyConfig(base, parsed.patch, name), problems };
  cache.set(name, loaded);
  return loaded;
}

/** The named preset's schema, or undefined for an unknown name. Shared: never mutate it. */
export function getPreset(name: string): Schema | undefined {
  return loadPreset(name)?.schema;
}

/**
 * Applies config layers (base-most first: the file that others extend comes first) on top of a
 * preset; an unknown preset name falls back to `default`. The result is named after the last
 * layer, the config closest to the document.
 */
export function resolveSchema(preset: string, layers: ConfigLayer[]): Schema {
  let schema = getPreset(preset) ?? getPreset('default')!;
  for (const layer of layers) schema = applyConfig(schema, layer.patch, layer.name);
  return schema;
}
