import type { TextEdit } from 'vscode-languageserver-types';
import type { Rule, Finding } from './types';
import type { Field, PostmortemDocument, Section } from '../model';
import type { FieldSpec } from '../schema/types';

/** Required fields (Duration, Impact, Root Cause) of each section that is present. */
export const missingField: Rule = {
  code: 'missing-field',
  description: 'A field the schema requires (such as Duration) is missing or has no value.',
  defaultSeverity: 'error',
  check({ doc, schema }) {
    const out: Finding[] = [];
    for (const spec of schema.sections) {
      const required = spec.fields.filter((f) => f.required);
      if (required.length === 0) continue;
      const section = doc.sections.find((s) => s.ids.includes(spec.id) && !s.subsection);
      if (!section) continue; // missing-section already says so
      for (const field of required) {
        // A field counts wherever the writer put it: many postmortems keep Duration in a header table.
        const found = doc.fields.filter((f) => f.id === field.id);
        if (found.some((f) => f.value.trim() !== '')) continue;
        out.push(found.length > 0 ? emptyValue(found[0]!, field) : missing(doc, section, field));
      }
    }
    return out;
  },
};

function emptyValue(f: Field, spec: FieldSpec): Finding {
  return { range: f.keyRange, message: `"${f.key}" has no value. ${spec.description}`.trim() };
}

function missing(doc: PostmortemDocument, section: Section, spec: FieldSpec): Finding {
  return {
    range: section.heading.textRange,
    message: `Section "${section.heading.text}" has no "${spec.label}" field. ${spec.description}`.trim(),
    fixes: [{ title: `Add "${spec.label}:"`, edits: [insertFieldEdit(doc, section, spec)], safe: true }],
  };
}

/** Adds `Label: TODO` after the section's last field, in the style its fields already use. */
export function insertFieldEdit(doc: PostmortemDocument, section: Section, spec: FieldSpec): TextEdit {
  const siblings = doc.fields.filter((f) => f.section === section.index && f.style !== 'front-matter');
  const last = siblings[siblings.length - 1];
  const style = last?.style ?? 'bold';
  const lineText =
    style === 'list' ? `- ${spec.label}: TODO`
    : style === 'plain' ? `${spec.label}: TODO`
    : style === 'table' ? `| ${spec.label} | TODO |`
    : last && doc.lines[last.line]!.kind === 'list-item' ? `- **${spec.label}:** TODO`
    : `**${spec.label}:** TODO`;
  const line = last ? last.line : section.heading.range.end.line;
  const at = { line, character: doc.lines[line]!.text.length };
  // Bold fields in paragraphs are separated by blank lines; list, plain and table fields are not.
  const sep = !last || (style === 'bold' && doc.lines[last.line]!.kind !== 'list-item') ? '\n\n' : '\n';
  // A `---` or `===` line right below would turn the new field into a setext heading.
  const end = /^(?:-+|=+)$/.test(doc.lines[line + 1]?.text.trim() ?? '') ? '\n' : '';
  return { range: { start: at, end: at }, newText: `${sep}${lineText}${end}` };
}
