/**
 * The generated Mermaid block inside a document: finding it by its marker comment, telling whether
 * it still matches the timeline, and the edit that writes it (in place when it is already there,
 * after the timeline otherwise).
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { PostmortemDocument, Range } from '../model';
import { DIAGRAM_MARKER, timelineMermaid, timelineMermaidBlock } from './timeline-mermaid';

export interface DiagramBlock {
  /** From the opening fence to the closing one. */
  range: Range;
  /** The lines between the fences. */
  body: string;
}

/** The first fenced block whose body carries the marker comment, or null. */
export function findDiagramBlock(doc: PostmortemDocument): DiagramBlock | null {
  const lines = doc.lines;
  const marker = lines.findIndex((l) => l.kind === 'code' && l.text.trimStart().startsWith(DIAGRAM_MARKER));
  if (marker < 0) return null;
  let open = marker;
  while (open > 0 && lines[open]!.kind !== 'fence') open--;
  let close = marker;
  while (close < lines.length - 1 && lines[close]!.kind !== 'fence') close++;
  if (lines[open]!.kind !== 'fence') return null;
  const body = lines.slice(open + 1, lines[close]!.kind === 'fence' ? close : close + 1).map((l) => l.text.trimEnd());
  const end = lines[close]!;
  return { range: { start: { line: open, character: 0 }, end: { line: close, character: end.text.length } }, body: body.join('\n') };
}

/** True when the document has a generated block that no longer matches its timeline. */
export function diagramIsStale(doc: PostmortemDocument, block: DiagramBlock | null = findDiagramBlock(doc)): boolean {
  if (block === null) return false;
  return block.body.trim() !== (timelineMermaid(doc) ?? '').trim();
}

/** The edit that writes the diagram, or null when the timeline has no entries to draw. */
export function diagramEdit(doc: PostmortemDocument): TextEdit | null {
  const block = timelineMermaidBlock(doc);
  if (block === null) return null;
  const found = findDiagramBlock(doc);
  if (found) return { range: found.range, newText: block };
  const line = lastLineOfTimeline(doc);
  const at = { line, character: doc.lines[line]?.text.length ?? 0 };
  return { range: { start: at, end: at }, newText: `\n\n${block}` };
}

/** The last non-blank line of the timeline section, or of the last entry when there is no section. */
function lastLineOfTimeline(doc: PostmortemDocument): number {
  const section = doc.sections[doc.timeline.section];
  let line = section ? section.end : Math.max(...doc.timeline.entries.map((e) => e.range.end.line));
  const floor = section ? section.heading.line : 0;
  while (line > floor && (doc.lines[line]?.kind === 'blank' || doc.lines[line] === undefined)) line--;
  return line;
}
