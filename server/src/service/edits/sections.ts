/**
 * Where and how a missing section is written into a document: after the present section that comes
 * before it in the schema, in the heading style the document already uses.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Heading, HeadingStyle, PostmortemDocument, Section } from '../model';
import type { SectionSpec, Schema } from '../schema/types';
import { atxLine, HEADING_STYLES } from '../parse/heading-styles';

/** Top-level sections the schema knows, in document order. */
export function knownSections(doc: PostmortemDocument): Section[] {
  return doc.sections.filter((s) => s.ids.length > 0 && !s.subsection);
}

/**
 * Known sections at the top of the document's structure: not a `**Root causes:**` label, and not
 * the Root Cause of one incident in a report that covers several. Only a level-1 title may sit
 * above them.
 */
export function topLevelSections(doc: PostmortemDocument): Section[] {
  return knownSections(doc).filter((s) => !HEADING_STYLES[s.heading.style].weak && !isNested(doc, s));
}

function isNested(doc: PostmortemDocument, s: Section): boolean {
  for (let p = s.parent; p !== -1; p = doc.sections[p]!.parent) {
    const parent = doc.sections[p]!;
    if (parent.heading.level > 1 || parent.ids.length > 0) return true;
  }
  return false;
}

/**
 * A heading in `style`, or in ATX when the style cannot carry this title or level (a weak style
 * falls back to `##`, the usual level of a top section, since it has no level of its own).
 */
export function headingLine(style: HeadingStyle, level: number, title: string): string {
  const entry = HEADING_STYLES[style];
  return entry.write(level, title) ?? atxLine(entry.weak ? 2 : level, title);
}

/** The style and level new sections should use: that of the sections already there. */
function houseStyle(doc: PostmortemDocument): { style: HeadingStyle; level: number } {
  const first: Heading | undefined = knownSections(doc)[0]?.heading;
  if (!first) return { style: 'atx', level: 2 };
  return { style: first.style, level: Math.min(first.level, 6) };
}

/** Where a section with these ids sits in the schema's order (the earliest of them). */
export function schemaPosition(schema: Schema, ids: readonly string[]): number {
  return Math.min(...ids.map((id) => positionOf(schema, id)));
}

function positionOf(schema: Schema, id: string): number {
  return schema.sections.find((s) => s.id === id)?.position ?? Number.MAX_SAFE_INTEGER;
}

/** The text of a new section: heading, blank line, skeleton. */
export function sectionText(doc: PostmortemDocument, spec: SectionSpec): string {
  const { style, level } = houseStyle(doc);
  // A bold or `Label:` line that ends like a sentence is read as prose, so "How'd We Do?" gets `##`.
  const heading = headingLine(style, level, spec.title);
  return spec.skeleton.trim() === '' ? heading : `${heading}\n\n${spec.skeleton.trimEnd()}`;
}

/**
 * The edit that inserts `spec` where the schema says it belongs. Only adds text: the inserted block
 * is separated by blank lines and never splits a line.
 */
export function insertSectionEdit(doc: PostmortemDocument, schema: Schema, spec: SectionSpec): TextEdit {
  const { anchor, after } = insertionAnchor(doc, schema, spec);
  const body = sectionText(doc, spec);
  if (anchor && after) {
    const line = anchor.end;
    const at = { line, character: doc.lines[line]!.text.length };
    return { range: { start: at, end: at }, newText: `${closeOpenBlock(doc, line)}\n\n${body}` };
  }
  if (anchor) {
    const at = { line: anchor.heading.line, character: 0 };
    return { range: { start: at, end: at }, newText: `${body}\n\n` };
  }
  return appendEdit(doc, body);
}

/** The present section the new one goes after (or, failing that, before). */
export function insertionAnchor(doc: PostmortemDocument, schema: Schema, spec: SectionSpec): { anchor: Section | null; after: boolean } {
  const known = knownSections(doc);
  let before: Section | null = null;
  for (const s of known) {
    const p = schemaPosition(schema, s.ids);
    if (p < spec.position) before = s;
  }
  if (before) return { anchor: before, after: true };
  const next = known.find((s) => schemaPosition(schema, s.ids) > spec.position);
  return { anchor: next ?? null, after: false };
}

function appendEdit(doc: PostmortemDocument, body: string): TextEdit {
  let last = doc.lines.length - 1;
  while (last > 0 && doc.lines[last]!.kind === 'blank') last--;
  const lastLine = doc.lines[last]!;
  const empty = doc.text.trim() === '';
  // In a document of only white space, after a tab or four spaces the heading would be indented code.
  const at = empty ? { line: 0, character: 0 } : { line: last, character: lastLine.text.length };
  return { range: { start: at, end: at }, newText: empty ? `${body}\n` : `${closeOpenBlock(doc, last)}\n\n${body}` };
}

/**
 * A code fence or comment left open at the end of the document runs to its end, so a section
 * appended at `line` would land inside it. Closing it there first changes nothing that is already
 * written; returns `\n` and the closer, or '' when nothing is open.
 */
export function closeOpenBlock(doc: PostmortemDocument, line: number): string {
  const lines = doc.lines;
  let k = lines.length - 1;
  const kind = lines[k]!.kind;
  if (line !== k || (kind !== 'code' && kind !== 'fence' && kind !== 'comment')) return '';
  if (kind === 'comment') {
    const t = lines[k]!.text;
    return t.indexOf('-->', t.trimStart().startsWith('<!--') ? t.indexOf('<!--') + 4 : 0) === -1 ? '\n-->' : '';
  }
  // A fence line after code (or after another fence) closes a block; one after anything else opens one.
  if (kind === 'fence' && k > 0 && (lines[k - 1]!.kind === 'code' || lines[k - 1]!.kind === 'fence')) return '';
  while (k > 0 && lines[k]!.kind === 'code') k--;
  // Indented code is closed by any line that is indented less; only a fence needs its closer.
  if (lines[k]!.kind !== 'fence') return '';
  const t = lines[k]!.text.trimStart();
  let n = 0;
  while (t[n] === t[0]) n++;
  return `\n${t.slice(0, n)}`;
}
