/**
 * Completion. Each provider answers for one place: front-matter keys and values, a new timeline
 * entry, a missing field of the section, a missing section's heading at the start of a line.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import type { PostmortemDocument, Position, Section } from '../model';
import type { Schema, SectionSpec } from '../schema/types';
import { sectionText } from '../edits/sections';
import { fieldLine, lastFieldIn } from '../edits/fields';
import { enclosingWithId, lastAtOrBefore, sectionBeingWritten } from './locate';
import { own } from '../own';

/** Front-matter keys offered even when the schema does not require them. */
export const KNOWN_FRONT_MATTER_KEYS = ['title', 'date', 'severity', 'status', 'authors'];

/**
 * Values offered when the schema does not restrict a key: the ones most teams use. With the
 * default preset `severity:` would otherwise offer nothing at all.
 */
export const COMMON_FRONT_MATTER_VALUES: Record<string, string[]> = {
  severity: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
  status: ['draft', 'in review', 'final'],
};

function valuesFor(schema: Schema, key: string): { values: string[]; allowed: boolean } {
  const allowed = own(schema.frontmatter.values, key);
  if (allowed && allowed.length > 0) return { values: allowed, allowed: true };
  return { values: own(COMMON_FRONT_MATTER_VALUES, key) ?? [], allowed: false };
}

/** Completion items at `position`, best first within each group. */
export function completions(doc: PostmortemDocument, schema: Schema, at: Position): CompletionItem[] {
  const line = doc.lines[at.line];
  if (!line) return [];
  // Past the end of the line is the end of the line: edits must stay inside the document.
  const position = { line: at.line, character: Math.max(0, Math.min(at.character, line.text.length)) };
  const before = line.text.slice(0, position.character);
  if (line.kind === 'front-matter') return frontMatterItems(doc, schema, position, before);
  if (line.kind === 'code' || line.kind === 'fence' || line.kind === 'comment') return [];
  // Line-start completions write a whole line, so they are offered only where that line is still empty after the cursor.
  if (line.text.slice(position.character).trim() !== '') return [];
  const section = sectionBeingWritten(doc, position.line);
  return [
    ...timelineEntryItems(doc, section, position, before),
    ...fieldItems(doc, schema, section, position, before),
    ...sectionItems(doc, schema, position, before),
  ];
}

/** `$`, `}` and `\` are snippet syntax; text from the schema must not be read as tab stops. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

function lineStartEdit(position: Position, newText: string): CompletionItem['textEdit'] {
  return { range: { start: { line: position.line, character: 0 }, end: position }, newText };
}

function snippetItem(label: string, kind: CompletionItemKind, position: Position, snippet: string, filterText: string): CompletionItem {
  return { label, kind, insertTextFormat: InsertTextFormat.Snippet, textEdit: lineStartEdit(position, snippet), filterText };
}

const HEADING_START = /^(?:#{1,6} ?|={1,6} ?|\*\*)?[\p{L}\p{N} ]*$/u;

/** Headings of the sections the document lacks, in schema order, each with its skeleton. */
function sectionItems(doc: PostmortemDocument, schema: Schema, position: Position, before: string): CompletionItem[] {
  if (!HEADING_START.test(before)) return [];
  const present = new Set(doc.sections.flatMap((s) => s.ids));
  return schema.sections
    .filter((spec) => !present.has(spec.id))
    .map((spec, k) => {
      const text = sectionText(doc, spec);
      const snippet = escapeSnippet(text).replace('TODO', '${1:TODO}');
      const item = snippetItem(spec.title, CompletionItemKind.Module, position, snippet, text.split('\n')[0]!);
      item.detail = `${spec.required ? 'Required' : 'Optional'} section`;
      item.documentation = spec.description;
      item.sortText = `2${String(k).padStart(3, '0')}`;
      return item;
    });
}

// Spaces are matched in one place only: a class that overlaps the leading white space backtracks quadratically on a long run of it.
const FIELD_START = /^[ \t]*(?:[-*+] +)?(?:\*\* *)?(?:[\p{L}\p{N}][\p{L}\p{N} ]*)?$/u;

/** The labels of fields the section's schema lists and the document does not have yet. */
function fieldItems(doc: PostmortemDocument, schema: Schema, section: Section | null, position: Position, before: string): CompletionItem[] {
  if (!section || !FIELD_START.test(before)) return [];
  const specs = section.ids.map((id) => schema.sections.find((s) => s.id === id)).filter((s): s is SectionSpec => s !== undefined);
  const present = new Set(doc.fields.map((f) => f.id));
  const last = lastFieldIn(doc, section);
  return specs.flatMap((spec) => spec.fields.filter((f) => !present.has(f.id))).map((field, k) => {
    const snippet = fieldLine(doc, last, escapeSnippet(field.label), '$0');
    const item = snippetItem(field.label, CompletionItemKind.Field, position, snippet, snippet.replace('$0', '').trimEnd());
    item.detail = `${field.required ? 'Required' : 'Optional'} field`;
    item.documentation = field.description;
    item.sortText = `1${field.required ? 0 : 1}${String(k).padStart(3, '0')}`;
    return item;
  });
}

const ENTRY_START = /^[ \t]*(?:[-*+] ?)?(?:\*\*?)?$/;
const CLOCK = /\d{1,2}:\d{2}(?::\d{2})?/;

/** A new entry written like the one above it: same list marker, emphasis, date and zone; the clock is a tab stop. */
function timelineEntryItems(doc: PostmortemDocument, section: Section | null, position: Position, before: string): CompletionItem[] {
  const timeline = enclosingWithId(doc, section, 'timeline');
  if (!timeline || !ENTRY_START.test(before)) return [];
  const entries = doc.timeline.entries;
  const k = lastAtOrBefore(entries, position.line - 1, (e) => e.line);
  const above = entries[k] && entries[k]!.line > timeline.heading.line ? entries[k] : undefined;
  const model = above ?? entries.find((e) => e.line > position.line && e.line <= timeline.end);
  let shape = { prefix: '- ', clock: 'HH:MM', rest: ' UTC: ' };
  if (model) shape = entryShape(doc, model.timeRange.start.line, model.timeRange.start.character, model.timeRange.end.character);
  const snippet = `${escapeSnippet(shape.prefix)}\${1:${escapeSnippet(shape.clock)}}${escapeSnippet(shape.rest)}$0`;
  const label = `${shape.prefix}${shape.clock}${shape.rest}`.trimEnd();
  const item = snippetItem(label, CompletionItemKind.Event, position, snippet, label);
  item.detail = 'New timeline entry';
  item.documentation = model ? `Written like the entry at ${model.written}.` : 'A new timeline entry.';
  item.sortText = '0';
  item.preselect = true;
  return [item];
}

/** Splits an entry's line into its markup before the time, the clock, and the rest of the timestamp and separator. */
function entryShape(doc: PostmortemDocument, line: number, from: number, to: number): { prefix: string; clock: string; rest: string } {
  const text = doc.lines[line]!.text;
  const written = text.slice(from, to);
  const separator = /^[^\p{L}\p{N}]*/u.exec(text.slice(to))![0];
  const m = CLOCK.exec(written);
  if (!m) return { prefix: text.slice(0, from), clock: written, rest: separator };
  return {
    prefix: text.slice(0, from) + written.slice(0, m.index),
    clock: m[0],
    rest: written.slice(m.index + m[0].length) + separator,
  };
}

function frontMatterItems(doc: PostmortemDocument, schema: Schema, position: Position, before: string): CompletionItem[] {
  const fm = doc.frontMatter;
  if (!fm || position.line === fm.range.start.line || (position.line === fm.range.end.line && !fm.unterminated)) return [];
  const value = /^([\w-]+):[ \t]*(\S*)$/.exec(before);
  if (value) return valueItems(schema, position, value[1]!, value[2]!);
  if (!/^[\w-]*$/.test(before)) return [];
  const present = new Set(fm.entries.filter((e) => e.keyRange.start.line !== position.line).map((e) => e.key));
  const keys = [...new Set([...schema.frontmatter.required, ...KNOWN_FRONT_MATTER_KEYS, ...Object.keys(schema.frontmatter.values)])];
  const items = keys.filter((k) => !present.has(k)).map((key, k) => keyItem(schema, position, key, k));
  // Every field the schema knows may also be given in front matter (`root-cause: ...`).
  const fields = new Map(schema.sections.flatMap((s) => s.fields.map((f) => [f.id, { field: f, section: s.title }] as const)));
  const presentIds = new Set(doc.fields.filter((f) => f.line !== position.line).map((f) => f.id));
  for (const [id, { field, section }] of fields) {
    if (keys.includes(id) || present.has(id) || presentIds.has(id)) continue;
    const item = keyItem(schema, position, id, items.length);
    item.detail = `Field "${field.label}" of ${section}`;
    item.documentation = field.description;
    item.sortText = `2${String(items.length).padStart(3, '0')}`;
    items.push(item);
  }
  return items;
}

function keyItem(schema: Schema, position: Position, key: string, k: number): CompletionItem {
  const allowed = valuesFor(schema, key).values;
  const choices = allowed.map((v) => v.replace(/[\\$}|,]/g, '\\$&')).join(',');
  const snippet = allowed.length > 0 ? `${key}: \${1|${choices}|}` : `${key}: $0`;
  const required = schema.frontmatter.required.includes(key);
  return {
    label: key,
    kind: CompletionItemKind.Property,
    detail: required ? 'Required front-matter key' : 'Front-matter key',
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: lineStartEdit(position, snippet),
    sortText: `${required ? 0 : 1}${String(k).padStart(3, '0')}`,
  };
}

function valueItems(schema: Schema, position: Position, key: string, typed: string): CompletionItem[] {
  const { values, allowed } = valuesFor(schema, key);
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  return values.map((v, k) => ({
    label: v,
    kind: CompletionItemKind.EnumMember,
    detail: allowed ? `Allowed value of "${key}"` : `Common value of "${key}"`,
    textEdit: { range, newText: v },
    sortText: String(k).padStart(3, '0'),
  }));
}
