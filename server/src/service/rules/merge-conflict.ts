import { defineRule } from './types';

/** Conflict markers mean two versions of the text were merged and nobody chose. */
export const mergeConflict = defineRule({
  code: 'merge-conflict',
  description: 'An unresolved merge-conflict marker (<<<<<<<, =======, >>>>>>>) is in the text.',
  defaultSeverity: 'error',
  groups: ['text'],
  check({ doc }) {
    return doc.markers
      .filter((m) => m.kind.startsWith('conflict-'))
      .map((m) => {
        const line = m.range.start.line;
        const next = line + 1 < doc.lines.length ? { line: line + 1, character: 0 } : m.range.end;
        return {
          range: m.range,
          message: 'Unresolved merge conflict. Decide which version to keep, then delete the markers.',
          // Removing only the marker line keeps both versions of the text; the writer still has to choose,
          // so --fix leaves it alone.
          fixes: [{ title: 'Delete this conflict marker line (keeps both versions)', edits: [{ range: { start: { line, character: 0 }, end: next }, newText: '' }], safe: false }],
        };
      });
  },
});
