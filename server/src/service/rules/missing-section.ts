import type { Rule } from './types';
import { insertionAnchor, insertSectionEdit, knownSections, schemaPosition } from '../edits/sections';
import type { PostmortemDocument, Range } from '../model';
import type { Schema, SectionSpec } from '../schema/types';

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
        const range = whereItBelongs(doc, schema, spec);
        const aliases = spec.aliases.length > 0 ? ` (or ${spec.aliases.slice(0, 3).map((a) => `"${a}"`).join(', ')})` : '';
        return {
          range,
          message: `Missing section "${spec.title}"${aliases}. ${spec.description}`.trim(),
          fixes: [{ title: `Add section "${spec.title}"`, edits: [insertSectionEdit(doc, schema, spec)], safe: true }],
        };
      });
  },
};

/**
 * The heading the missing section should come before, so the squiggle says "it goes here" without
 * underlining someone else's text; at the end of the document, the last line of the section it
 * should follow; in a document with no sections, the first line.
 */
function whereItBelongs(doc: PostmortemDocument, schema: Schema, spec: SectionSpec): Range {
  const next = knownSections(doc).find((s) => schemaPosition(schema, s.ids) > spec.position);
  if (next) return next.heading.range;
  const { anchor } = insertionAnchor(doc, schema, spec);
  const line = anchor ? anchor.end : 0;
  return { start: { line, character: 0 }, end: { line, character: doc.lines[line]!.text.length } };
}
