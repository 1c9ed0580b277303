import type { TextEdit } from 'vscode-languageserver-types';
import type { Finding } from './types';
import { defineRule } from './types';
import type { Field, PostmortemDocument, Section } from '../model';
import type { FieldSpec, Schema } from '../schema/types';
import { hasValue, stated } from './stated';
import { fieldLine, lastFieldIn } from '../edits/fields';
import { underlinesAbove } from '../edits/setext';

/**
 * Required facts (Duration, Impact, Root Cause) of each section that is present. A fact counts
 * wherever and however the document states it (see stated.ts); a field whose value is only `TODO`
 * states nothing and still fails, without a fix, until someone writes it.
 */
export const missingField = defineRule({
  code: 'missing-field',
  description: 'A fact the schema requires (such as Duration) is stated nowhere in the document, or only as a placeholder.',
  defaultSeverity: 'error',
  groups: ['structure'],
  check({ doc, schema }) {
    const facts = stated(doc, schema);
    if (facts.shape !== 'postmortem') return [];
    const out: Finding[] = [];
    for (const spec of schema.sections) {
      const section = doc.sections.find((s) => s.ids.includes(spec.id) && !s.subsection);
      if (!section) continue; // missing-section already says so
      for (const field of spec.fields) {
        if (!field.required || facts.fields.has(field.id)) continue;
        // The same fact as a required section that is missing: missing-section says it once.
        if (isMissingSection(schema, facts.sections, field.id)) continue;
        const written = doc.fields.find((f) => f.id === field.id && !hasValue(f));
        out.push(written ? emptyValue(written, field) : missing(doc, section, field));
      }
    }
    return out;
  },
});

function isMissingSection(schema: Schema, present: ReadonlySet<string>, id: string): boolean {
  return schema.sections.some((s) => s.id === id && s.required) && !present.has(id);
}

function emptyValue(f: Field, spec: FieldSpec): Finding {
  const empty = f.value.trim() === '';
  const what = empty ? 'has no value' : 'holds only placeholder text';
  return { range: f.keyRange, message: `"${f.key}" ${what}. ${spec.description}`.trim(), unwritten: !empty };
}

function missing(doc: PostmortemDocument, section: Section, spec: FieldSpec): Finding {
  return {
    range: section.heading.textRange,
    message: `No ${spec.label} is given: no "${spec.label}:" field or ${spec.label} section, and the summary does not say it. ${spec.description}`.trim(),
    fixes: [{ title: `Add "${spec.label}:"`, edits: [insertFieldEdit(doc, section, spec)], safe: true }],
  };
}

/** Adds `Label: TODO` after the section's last field, in the style its fields already use. */
export function insertFieldEdit(doc: PostmortemDocument, section: Section, spec: FieldSpec): TextEdit {
  const last = lastFieldIn(doc, section);
  const style = last?.style ?? 'bold';
  const lineText = fieldLine(doc, last, spec.label, 'TODO');
  const line = last ? last.line : section.heading.range.end.line;
  const at = { line, character: doc.lines[line]!.text.length };
  // Bold fields in paragraphs are separated by blank lines; list, plain and table fields are not.
  const sep = !last || (style === 'bold' && doc.lines[last.line]!.kind !== 'list-item') ? '\n\n' : '\n';
  const next = doc.lines[line + 1];
  // A `---` or `===` line right below would turn the new field into a setext heading, and prose
  // right below would run on into it: a blank line keeps both apart.
  const end = next && next.kind !== 'blank' && sep === '\n\n' ? '\n' : underlinesAbove(next) ? '\n' : '';
  return { range: { start: at, end: at }, newText: `${sep}${lineText}${end}` };
}
