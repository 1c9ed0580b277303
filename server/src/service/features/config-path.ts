/**
 * Where the cursor is in a `.postmortem.yaml`, and what the config's JSON Schema says about that
 * place. Read from the lines and their indentation, not from a YAML parse: while a key is half
 * typed the file is often not valid YAML, and completion must still know it is under `rules:`.
 */
import jsonSchema from '../../../schemas/postmortem-config.schema.json';

/** The part of JSON Schema that the config schema uses. */
export interface SchemaNode {
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  $ref?: string;
}

/** A line as the path reader needs it: where its key starts, and whether it opens a sequence item. */
interface LineShape {
  /** Column of the `-` of a sequence item, or -1. */
  dash: number;
  /** Column where the key (or the scalar) starts. */
  col: number;
  key: string | null;
  /** True when nothing but a comment follows `key:`, i.e. the key opens a block. */
  opensBlock: boolean;
}

const LINE = /^( *)(- +)?(?:([\w-]+)[ \t]*:(?=[ \t]|$)[ \t]*(.*))?/;

export function shape(text: string): LineShape | null {
  if (text.trim() === '' || text.trimStart().startsWith('#')) return null;
  const m = LINE.exec(text)!;
  const indent = m[1]!.length;
  const dash = m[2] ? indent : -1;
  const col = indent + (m[2]?.length ?? 0);
  const rest = m[4] ?? '';
  return { dash, col, key: m[3] ?? null, opensBlock: m[3] !== undefined && (rest === '' || rest.startsWith('#')) };
}

/**
 * The keys leading to the mapping that holds column `col` on line `line`, outermost first; `[]`
 * stands for "an item of a sequence". `dash` is the cursor line's own `- `, when it has one.
 */
export function pathAt(lines: readonly string[], line: number, col: number, dash: number): string[] {
  const path: string[] = [];
  let threshold = col;
  if (dash >= 0) {
    path.push('[]');
    threshold = dash;
  }
  for (let k = line - 1; k >= 0 && threshold > 0; k--) {
    const s = shape(lines[k]!);
    if (!s) continue;
    if (s.col === threshold && s.dash >= 0) {
      // A sibling key that opened this sequence item: the mapping is the item.
      path.push('[]');
      threshold = s.dash;
    } else if (s.col < threshold && s.key !== null && s.opensBlock) {
      path.push(s.key);
      threshold = s.col;
      if (s.dash >= 0 && s.dash < threshold) {
        path.push('[]');
        threshold = s.dash;
      }
    } else if (s.col < threshold && s.dash < 0 && s.key === null) {
      return path.reverse(); // a scalar further left: not a place the schema describes
    }
  }
  return path.reverse();
}

function deref(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const name = node.$ref.replace('#/definitions/', '');
  return (jsonSchema.definitions as Record<string, SchemaNode>)[name];
}

/** The schema of the value at `path` (keys and `[]`), or undefined when the schema knows no such place. */
export function schemaAt(path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = jsonSchema as SchemaNode;
  for (const step of path) {
    node = deref(node);
    if (!node) return undefined;
    if (step === '[]') node = node.items;
    else node = node.properties?.[step] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
  }
  return deref(node);
}

/** Every value an enum (directly or in an `anyOf` branch) or a boolean type allows. */
export function allowedValues(node: SchemaNode | undefined): string[] {
  if (!node) return [];
  const own = (node.enum ?? []).map(String);
  const branches = (node.anyOf ?? []).flatMap((b) => allowedValues(deref(b)));
  const bool = node.type === 'boolean' ? ['true', 'false'] : [];
  return [...new Set([...own, ...branches, ...bool])];
}

/** What the cursor line holds before the cursor: a key being typed, or the value of `key`. */
export type ConfigSlot =
  | { kind: 'key'; typed: string; col: number; dash: number }
  | { kind: 'value'; key: string; typed: string; col: number; dash: number };

const KEY_SLOT = /^( *)(- +)?([\w-]*)$/;
const VALUE_SLOT = /^( *)(- +)?([\w-]+)[ \t]*:[ \t]+([\w.\/-]*)$/;

export function slotAt(before: string): ConfigSlot | null {
  const v = VALUE_SLOT.exec(before);
  const m = v ?? KEY_SLOT.exec(before);
  if (!m) return null;
  const indent = m[1]!.length;
  const dash = m[2] ? indent : -1;
  const col = indent + (m[2]?.length ?? 0);
  if (v) return { kind: 'value', key: v[3]!, typed: v[4]!, col, dash };
  return { kind: 'key', typed: m[3]!, col, dash };
}
