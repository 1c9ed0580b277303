import { defineRule } from './types';
import { isContent } from '../parse/blocks';
import { topLevelSections } from '../edits/sections';
import { underlinesAbove } from '../edits/setext';

/**
 * A section heading with nothing under it reads as done when it is not. Labels inside a section and
 * per-incident subsections are parts of something larger (see topLevelSections).
 */
export const emptySection = defineRule({
  code: 'empty-section',
  description: 'A section has a heading but no content.',
  defaultSeverity: 'warning',
  groups: ['structure'],
  check({ doc, schema }) {
    return topLevelSections(doc)
      .filter((s) => {
        for (let i = s.bodyStart; i <= s.end; i++) if (isContent(doc.lines[i]!.kind)) return false;
        return true;
      })
      .map((s) => {
        const spec = schema.sections.find((x) => s.ids.includes(x.id));
        const heading = s.heading;
        const at = { line: heading.range.end.line, character: doc.lines[heading.range.end.line]!.text.length };
        // A `---` or `===` line right below would turn the outline's last line into a setext heading.
        const skeleton = (spec?.skeleton.trim() ?? '') + (underlinesAbove(doc.lines[at.line + 1]) && spec?.skeleton.trim() ? '\n' : '');
        return {
          range: heading.range,
          message: `Section "${heading.text}" is empty. ${spec?.description ?? 'Write its content or remove the heading.'}`.trim(),
          fixes: skeleton
            ? [{ title: `Insert an outline for "${heading.text}"`, edits: [{ range: { start: at, end: at }, newText: `\n\n${skeleton}` }], safe: true }]
            : [],
        };
      });
  },
});
