/**
 * Completion and hover in `.postmortem.yaml`, from the same JSON Schema that `yamlValidation` gives
 * the YAML extension, so a writer without that extension still gets keys, preset names, rule
 * codes and severities, section ids, and each key's description.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Hover } from 'vscode-languageserver-types';
import type { Position } from '../model';
import { allowedValues, pathAt, schemaAt, shape, slotAt, type SchemaNode } from './config-path';

function linesOf(text: string): string[] {
  return text.split(/\r?\n/);
}

function isContainer(node: SchemaNode | undefined): 'object' | 'array' | null {
  if (node?.type === 'object' || node?.properties) return 'object';
  if (node?.type === 'array' || node?.items) return 'array';
  return null;
}

/** `key: ` with the allowed values as a choice, or the start of a nested block. */
function keySnippet(key: string, node: SchemaNode | undefined, col: number): string {
  const values = allowedValues(node);
  if (values.length > 0 && values.length <= 12) return `${key}: \${1|${values.map((v) => v.replace(/[\\$}|,]/g, '\\$&')).join(',')}|}`;
  const container = isContainer(node);
  const inner = ' '.repeat(col + 2);
  if (container === 'object') return `${key}:\n${inner}$0`;
  if (container === 'array') return `${key}:\n${inner}- $0`;
  return `${key}: $0`;
}

/** Completion items at `position` in a config file's text. */
export function configCompletions(text: string, position: Position): CompletionItem[] {
  const lines = linesOf(text);
  const line = lines[position.line];
  if (line === undefined) return [];
  const slot = slotAt(line.slice(0, position.character));
  if (!slot) return [];
  const parents = pathAt(lines, position.line, slot.col, slot.dash);
  const range = { start: { line: position.line, character: position.character - slot.typed.length }, end: position };
  if (slot.kind === 'value') {
    const node = schemaAt([...parents, slot.key]);
    return allowedValues(node).map((value, k) => ({
      label: value,
      kind: CompletionItemKind.EnumMember,
      detail: `${slot.key}`,
      documentation: node?.description,
      textEdit: { range, newText: value },
      sortText: String(k).padStart(3, '0'),
    }));
  }
  const mapping = schemaAt(parents);
  const present = siblingKeys(lines, position.line, slot.col, slot.dash);
  return Object.entries(mapping?.properties ?? {})
    .filter(([key]) => !present.has(key))
    .map(([key, node], k) => ({
      label: key,
      kind: CompletionItemKind.Property,
      documentation: schemaAt([...parents, key])?.description ?? node.description,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: keySnippet(key, schemaAt([...parents, key]), slot.col) },
      sortText: String(k).padStart(3, '0'),
    }));
}

/** Keys already written in the same mapping: same column, up to a shallower line or another sequence item. */
function siblingKeys(lines: readonly string[], line: number, col: number, dash: number): Set<string> {
  const keys = new Set<string>();
  const scan = (from: number, step: number): void => {
    for (let k = from; k >= 0 && k < lines.length; k += step) {
      const s = shape(lines[k]!);
      if (!s) continue;
      if (s.dash >= 0 && s.col === col) {
        if (step < 0 && s.key !== null) keys.add(s.key); // the first line of this item
        return;
      }
      if ((s.dash >= 0 ? s.dash : s.col) < col) return;
      if (s.col === col && s.key !== null) keys.add(s.key);
    }
  };
  // A new `- ` item on the cursor line starts a new mapping: the keys above belong to another item.
  if (dash < 0) scan(line - 1, -1);
  scan(line + 1, 1);
  return keys;
}

const KEY_AT = /^( *)(- +)?([\w-]+)[ \t]*:(?=[ \t]|$)/;

/** The description of the key under the cursor, with its allowed values. */
export function configHover(text: string, position: Position): Hover | null {
  const lines = linesOf(text);
  const m = KEY_AT.exec(lines[position.line] ?? '');
  if (!m) return null;
  const start = m[1]!.length + (m[2]?.length ?? 0);
  const end = start + m[3]!.length;
  if (position.character < start || position.character > end) return null;
  const parents = pathAt(lines, position.line, start, m[2] ? m[1]!.length : -1);
  const node = schemaAt([...parents, m[3]!]);
  if (!node?.description) return null;
  const values = allowedValues(node);
  const list = values.length > 0 ? `\n\nOne of: ${values.map((v) => `\`${v}\``).join(', ')}` : '';
  return {
    contents: { kind: MarkupKind.Markdown, value: `**${m[3]}**: ${node.description}${list}` },
    range: { start: { line: position.line, character: start }, end: { line: position.line, character: end } },
  };
}
