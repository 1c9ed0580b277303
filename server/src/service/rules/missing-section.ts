import type { Rule } from './types';
import { insertionAnchor, insertSectionEdit } from '../edits/sections';
import type { Range } from '../model';

/** Every section the schema requires is present, under its title or an alias. */
export const missingSection: Rule = {
  code: 'missing-section',
  description: 'A section the schema requires is missing.',
  defaultSeverity: 'error',
  check({ doc, schema }) {
    const present = new Set(doc.sections.flatMap((s) => s.ids));
    return schema.sections
      .filter((spec) => spec.required && !present.has(spec.id))
      .map((spec) => {
        const { anchor, after } = insertionAnchor(doc, schema, spec);
        // Point at where the section belongs: the heading it should follow or precede.
        const range: Range = anchor
          ? after
            ? { start: { line: anchor.end, character: 0 }, end: { line: anchor.end, character: doc.lines[anchor.end]!.text.length } }
            : anchor.heading.range
          : { start: { line: 0, character: 0 }, end: { line: 0, character: doc.lines[0]!.text.length } };
        const aliases = spec.aliases.length > 0 ? ` (or ${spec.aliases.slice(0, 3).map((a) => `"${a}"`).join(', ')})` : '';
        return {
          range,
          message: `Missing section "${spec.title}"${aliases}. ${spec.description}`.trim(),
          fixes: [{ title: `Add section "${spec.title}"`, edits: [insertSectionEdit(doc, schema, spec)], safe: true }],
        };
      });
  },
};
