/** Which schema governs a document: config files and presets from the host, rule overrides from settings. */
import { dirname, isAbsolute, join, sep } from 'node:path';
import { URI } from './uri';
import { loadSchemaFor, type ConfigFileProblem } from '../host/config-files';
import { getPreset, type Schema } from '../service';
import type { Settings } from './settings';

export interface SchemaChoice {
  schema: Schema;
  configPath: string | null;
  problems: ConfigFileProblem[];
}

const OUTSIDE_HINT = ' (add its folder to the postmortem.allowedConfigPaths user setting to read it)';

const withRules = new WeakMap<Schema, Map<string, Schema>>();

/**
 * The same inputs give the same Schema object, so the service's cache (keyed on schema identity)
 * keeps hitting while the user types.
 */
function applyRuleSettings(schema: Schema, rules: Settings['rules']): Schema {
  const key = JSON.stringify(rules);
  if (key === '{}') return schema;
  let byKey = withRules.get(schema);
  if (!byKey) withRules.set(schema, (byKey = new Map()));
  let s = byKey.get(key);
  if (!s) byKey.set(key, (s = { ...schema, rules: { ...schema.rules, ...rules } }));
  return s;
}

/** A relative `configFile` setting is relative to the workspace folder that holds the document. */
function configPath(setting: string, docPath: string, folders: readonly string[]): string | undefined {
  if (!setting) return undefined;
  if (isAbsolute(setting)) return setting;
  const folder = folders.filter((f) => docPath.startsWith(f + sep)).sort((a, b) => b.length - a.length)[0] ?? folders[0];
  return folder ? join(folder, setting) : setting;
}

/** Which config file and schema check a document, in words for the log. */
export function describeSchemaChoice(choice: SchemaChoice, preset: string, trusted: boolean): string {
  if (!trusted) return `untrusted workspace, preset ${preset}`;
  if (choice.configPath === null) return `no config file, preset ${preset}`;
  const broken = choice.problems.some((p) => p.problem.severity === 'error');
  return `config file ${choice.configPath}${broken ? ' (it has errors: its preset applies instead)' : ''}`;
}

export function schemaFor(uri: string, settings: Settings, trusted: boolean, folders: readonly string[] = []): SchemaChoice {
  const path = URI.toFsPath(uri);
  const preset = getPreset(settings.preset) ? settings.preset : 'default';
  const problems: ConfigFileProblem[] = [];
  if (preset !== settings.preset) {
    problems.push({ file: '', problem: { message: `Unknown preset "${settings.preset}" in the postmortem.preset setting; using "default".`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 'warning' } });
  }
  if (path === null) return { schema: applyRuleSettings(getPreset(preset)!, settings.rules), configPath: null, problems };
  const loaded = loadSchemaFor(path, {
    preset,
    configFile: configPath(settings.configFile, path, folders),
    trustWorkspace: trusted,
    // Without a workspace folder, the document's own folder stands in for it.
    roots: [...(folders.length > 0 ? folders : [dirname(path)]), ...settings.allowedConfigPaths.filter((p) => isAbsolute(p))],
    outsideHint: OUTSIDE_HINT,
  });
  return { schema: applyRuleSettings(loaded.schema, settings.rules), configPath: loaded.configPath, problems: [...problems, ...loaded.problems] };
}
