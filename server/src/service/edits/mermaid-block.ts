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

/**
 * The first Mermaid block whose body carries the marker comment, or null. The block must be whole:
 * a ```` ```mermaid ```` fence, the marker among its code lines, and a closing fence. A marker in
 * any other code, or in a block whose closing fence is gone, is not ours to rewrite: replacing up
 * to some other fence would take the writer's own text with it.
 */
export function findDiagramBlock(doc: PostmortemDocument): DiagramBlock | null {
  const lines = doc.lines;
  for (let marker = 0; marker < lines.length; marker++) {
    const l = lines[marker]!;
    if (l.kind !== 'code' || !l.text.trimStart().startsWith(DIAGRAM_MARKER)) continue;
    let open = marker;
    while (open > 0 && lines[open - 1]!.kind === 'code') open--;
    let close = marker;
    while (close < lines.length - 1 && lines[close + 1]!.kind === 'code') close++;
    const opening = lines[open - 1];
    const closing = lines[close + 1];
    if (!opening || opening.kind !== 'fence' || !MERMAID_FENCE.test(opening.text) || !closing || closing.kind !== 'fence') continue;
    const body = lines.slice(open, close + 1).map((x) => x.text.trimEnd());
    return { range: { start: { line: open - 1, character: 0 }, end: { line: close + 1, character: closing.text.length } }, body: body.join('\n') };
  }
  return null;
}

const MERMAID_FENCE = /^\s{0,3}(?:`{3,}|~{3,})\s*mermaid\s*$/i;

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
