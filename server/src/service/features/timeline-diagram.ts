/**
 * "Insert timeline diagram" on the timeline heading: writes the Mermaid block after the timeline,
 * or updates the one it wrote before. The block itself comes from the renderer.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { PostmortemDocument, Range } from '../model';
import { diagramEdit, findDiagramBlock } from '../edits/mermaid-block';

export const INSERT_TIMELINE_DIAGRAM = 'refactor.insertTimelineDiagram';

/** The action, when `range` touches the timeline's heading and the timeline has timed entries. */
export function timelineDiagramActions(doc: PostmortemDocument, range: Range): CodeAction[] {
  const heading = doc.sections[doc.timeline.section]?.heading;
  if (!heading || range.end.line < heading.range.start.line || range.start.line > heading.range.end.line) return [];
  const edit = diagramEdit(doc);
  if (!edit) return [];
  const title = findDiagramBlock(doc) ? 'Update timeline diagram' : 'Insert timeline diagram';
  return [{ title, kind: INSERT_TIMELINE_DIAGRAM, edit: { changes: { [doc.uri]: [edit] } } }];
}
