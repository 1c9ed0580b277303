import { defineRule, type Finding } from './types';
import { diagramEdit, diagramIsStale, findDiagramBlock } from '../edits/mermaid-block';

/**
 * A Mermaid block written by "Insert timeline diagram" that no longer matches the timeline: a
 * reader who trusts the picture gets the old incident. Only blocks carrying the generator's marker
 * comment are compared; a diagram the writer drew by hand is theirs.
 */
export const timelineDiagramStale = defineRule({
  code: 'timeline-diagram-stale',
  description: 'A generated timeline diagram no longer matches the timeline it was drawn from.',
  defaultSeverity: 'warning',
  groups: ['time'],
  check({ doc }) {
    const block = findDiagramBlock(doc);
    if (!block || !diagramIsStale(doc, block)) return [];
    const edit = diagramEdit(doc);
    // The whole block: the regenerating fix replaces exactly what the diagnostic points at.
    const finding: Finding = {
      range: block.range,
      message: edit
        ? 'The timeline diagram no longer matches the timeline; regenerate it (Postmortem: Insert Timeline Diagram).'
        : 'The timeline diagram was drawn from entries the timeline no longer has; remove it or add timed entries.',
    };
    // Not safe for --fix: the writer may have edited the generated block by hand.
    if (edit) finding.fixes = [{ title: 'Regenerate the timeline diagram', edits: [edit], safe: false }];
    return [finding];
  },
});
