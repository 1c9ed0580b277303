/**
 * The `.postmortem.yaml` config file: parsed by hand from the YAML node tree so that every
 * problem has a line and column, and so that nothing in a config can ever run code.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Range } from 'vscode-languageserver-types';
import type { RuleSetting } from './types';
import { RULE_CODES, RULE_TAGS, isRuleCode, isRuleTag } from './rule-codes';
import { PRESET_NAMES, isPresetName } from './preset-names';
import { didYouMean } from './did-you-mean';
import { invalidConfigMessage, NOT_A_CONFIG } from './yaml-errors';
import { put } from '../own';
import { MAX_ALIAS_COUNT, MAX_YAML_LENGTH, findExcessNesting, parseYaml, rangeAt } from './yaml-source';
import { bool, deref, entries, num, problem, rangeOf, str, strList, type Reader } from './yaml-readers';

export { applyConfig, emptySchema, type ConfigLayer } from './apply-config';

export type { ConfigExtends, ConfigPatch, ConfigProblem, FieldPatch, FrontMatterPatch, ParsedConfig, SectionPatch } from './config-types';
import type { ConfigExtends, ConfigPatch, FieldPatch, FrontMatterPatch, ParsedConfig, SectionPatch } from './config-types';

export const SEVERITY_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const TOP_KEYS = ['extends', 'rules', 'sections', 'frontmatter'];
const SECTION_KEYS = ['id', 'title', 'aliases', 'required', 'position', 'fields', 'description', 'skeleton', 'meets', 'cues'];
const FIELD_KEYS = ['id', 'label', 'aliases', 'required', 'description', 'meets', 'cues'];
const FRONTMATTER_KEYS = ['required', 'values'];
const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A patch that changes nothing. */
export function emptyPatch(): ConfigPatch {
  return { rules: {}, sections: [], frontmatter: { values: {} } };
}

/**
 * Parses and validates a config file. Never throws: syntax errors, wrong types, unknown keys and
 * unexpected failures all come back as problems, and the patch holds only what was valid.
 */
export function parseConfig(text: string): ParsedConfig {
  const result: ParsedConfig = { extends: null, patch: emptyPatch(), problems: [] };
  try {
    if (text.length > MAX_YAML_LENGTH) {
      return fail(result, `config file is too large (over ${MAX_YAML_LENGTH / 1024} KB)`, rangeAt(text, 0));
    }
    const deep = findExcessNesting(text);
    if (deep >= 0) return fail(result, 'config file is nested too deeply', rangeAt(text, deep));
    const src = parseYaml(text);
    for (const e of src.doc.errors) {
      result.problems.push({ message: invalidConfigMessage(e.code), range: src.range(e.pos[0], e.pos[1]), severity: 'error' });
    }
    if (result.problems.length > 0) return result;
    for (const w of src.doc.warnings) {
      result.problems.push({ message: invalidConfigMessage(w.code), range: src.range(w.pos[0], w.pos[1]), severity: 'warning' });
    }
    readTop({ src, problems: result.problems, aliasesLeft: MAX_ALIAS_COUNT }, result);
  } catch (err) {
    result.patch = emptyPatch();
    result.extends = null;
    fail(result, `could not read config: ${err instanceof Error ? err.message : String(err)}`, rangeAt('', 0));
  }
  return result;
}

function fail(result: ParsedConfig, message: string, range: Range): ParsedConfig {
  result.problems.push({ message, range, severity: 'error' });
  return result;
}

function readTop(r: Reader, out: ParsedConfig): void {
  const root = r.src.doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return;
  // A mapping with none of our keys is some other file; its keys are not quoted back.
  const keys = isMap(root) ? root.items.map((p) => (isScalar(p.key) ? p.key.value : null)) : [];
  if (keys.length > 0 && !keys.some((k) => typeof k === 'string' && TOP_KEYS.includes(k))) {
    const first = root as YAMLMap;
    problem(r, NOT_A_CONFIG, rangeOf(r, first.items[0]!.key as Node, null));
    return;
  }
  for (const [key, value, pair] of entries(r, root, null, 'the config file', TOP_KEYS)) {
    if (key === 'extends') out.extends = readExtends(r, value, pair);
    else if (key === 'rules') out.patch.rules = readRules(r, value, pair);
    else if (key === 'sections') out.patch.sections = readList(r, value, pair, 'sections', readSection);
    else if (key === 'frontmatter') out.patch.frontmatter = readFrontMatter(r, value, pair);
  }
}

function readExtends(r: Reader, node: Node | null, pair: Pair): ConfigExtends | null {
  const value = str(r, node, pair, 'extends');
  if (value === undefined) return null;
  const range = rangeOf(r, node, pair);
  if (isPresetName(value)) return { value, range, kind: 'preset' };
  if (/[\\/]|\.ya?ml$/i.test(value)) return { value, range, kind: 'path' };
  problem(r, `unknown preset '${value}'${didYouMean(value, PRESET_NAMES)} (presets: ${PRESET_NAMES.join(', ')}; or give a path to a .yaml file)`, range);
  return null;
}

function readRules(r: Reader, node: Node | null, pair: Pair): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const [code, value, p] of entries(r, node, pair, "'rules'", null)) {
    if (!isRuleCode(code) && !isRuleTag(code)) {
      problem(r, `unknown rule '${code}'${didYouMean(code, [...RULE_CODES, ...RULE_TAGS])}`, rangeOf(r, p.key as Node, p), 'warning');
      continue;
    }
    const v = deref(r, value);
    const setting = isScalar(v) && v.value === false ? 'off' : isScalar(v) ? v.value : undefined;
    if (typeof setting === 'string' && (SEVERITY_SETTINGS as string[]).includes(setting)) {
      rules[code] = setting as RuleSetting;
    } else {
      const hint = typeof setting === 'string' ? didYouMean(setting, SEVERITY_SETTINGS) : '';
      problem(r, `rule '${code}' should be one of ${SEVERITY_SETTINGS.join(', ')}${hint}`, rangeOf(r, value, p));
    }
  }
  return rules;
}

function readSection(r: Reader, node: Node): SectionPatch | undefined {
  const s: Partial<SectionPatch> = {};
  for (const [key, value, pair] of entries(r, node, null, 'a section', SECTION_KEYS)) {
    if (key === 'id') s.id = readId(r, value, pair);
    else if (key === 'title' || key === 'description' || key === 'skeleton') s[key] = str(r, value, pair, key);
    else if (key === 'aliases' || key === 'meets' || key === 'cues') s[key] = strList(r, value, pair, key);
    else if (key === 'required') s.required = bool(r, value, pair, key);
    else if (key === 'position') s.position = num(r, value, pair, key);
    else if (key === 'fields') s.fields = readList(r, value, pair, 'fields', readField);
  }
  return withId(r, node, s, 'section');
}

function readField(r: Reader, node: Node): FieldPatch | undefined {
  const f: Partial<FieldPatch> = {};
  for (const [key, value, pair] of entries(r, node, null, 'a field', FIELD_KEYS)) {
    if (key === 'id') f.id = readId(r, value, pair);
    else if (key === 'label' || key === 'description') f[key] = str(r, value, pair, key);
    else if (key === 'aliases' || key === 'meets' || key === 'cues') f[key] = strList(r, value, pair, key);
    else if (key === 'required') f.required = bool(r, value, pair, key);
  }
  return withId(r, node, f, 'field');
}

/** Drops undefined (invalid) values and insists on an id. */
function withId<T extends { id: string }>(r: Reader, node: Node, item: Partial<T>, what: string): T | undefined {
  const clean = Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as Partial<T>;
  if (clean.id !== undefined) return clean as T;
  if (!('id' in item)) problem(r, `${what} needs an 'id'`, r.src.range(node.range![0], node.range![0]));
  return undefined;
}

function readId(r: Reader, node: Node | null, pair: Pair): string | undefined {
  const id = str(r, node, pair, 'id');
  if (id !== undefined && !ID_PATTERN.test(id)) {
    problem(r, `id '${id}' should be kebab-case, like 'action-items'`, rangeOf(r, node, pair));
    return undefined;
  }
  return id;
}

function readFrontMatter(r: Reader, node: Node | null, pair: Pair): FrontMatterPatch {
  const fm: FrontMatterPatch = { values: {} };
  for (const [key, value, p] of entries(r, node, pair, "'frontmatter'", FRONTMATTER_KEYS)) {
    if (key === 'required') {
      const list = strList(r, value, p, 'required');
      if (list) fm.required = list;
    } else if (key === 'values') {
      for (const [name, allowed, vp] of entries(r, value, p, "'values'", null)) {
        const list = strList(r, allowed, vp, name, true);
        if (list) put(fm.values, name, list);
      }
    }
  }
  return fm;
}

/** Reads a list of mappings, warning about repeated ids. */
function readList<T extends { id: string }>(
  r: Reader,
  node: Node | null,
  pair: Pair,
  key: string,
  read: (r: Reader, node: Node) => T | undefined,
): T[] {
  const seq = deref(r, node);
  if (!isSeq(seq)) {
    problem(r, `'${key}' should be a list`, rangeOf(r, node, pair));
    return [];
  }
  const out: T[] = [];
  for (const raw of seq.items) {
    const itemNode = deref(r, raw as Node);
    const item = itemNode ? read(r, itemNode) : undefined;
    if (!item) continue;
    if (out.some((o) => o.id === item.id)) {
      problem(r, `'${item.id}' is listed twice in '${key}'; the later entry's keys override the earlier one's`, rangeOf(r, raw as Node, pair), 'warning');
    }
    out.push(item);
  }
  return out;
}
