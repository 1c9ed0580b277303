import type { Finding } from './types';
import { defineRule } from './types';
import { topLevelSections } from '../edits/sections';

/**
 * The same section twice splits what a reader needs across two places. Only sections at the top of
 * the document's structure count: `**Root causes:**` labels, and the Root Cause of each incident in
 * a report that covers several, are parts of something larger, not second copies.
 */
export const duplicateSection = defineRule({
  code: 'duplicate-section',
  description: 'A top-level section appears more than once.',
  defaultSeverity: 'warning',
  groups: ['structure'],
  check({ doc, schema }) {
    const first = new Map<string, number>();
    const out: Finding[] = [];
    for (const s of topLevelSections(doc)) {
      for (const id of s.ids) {
        const seen = first.get(id);
        if (seen === undefined) {
          first.set(id, s.heading.line);
          continue;
        }
        const title = schema.sections.find((x) => x.id === id)?.title ?? id;
        out.push({
          range: s.heading.range,
          message: `"${title}" already appears on line ${seen + 1}. Merge the two sections into one.`,
        });
      }
    }
    return out;
  },
});
