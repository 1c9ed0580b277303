/** How a new field line is written: the one answer for the missing-field fix and field completion. */
import type { Field, PostmortemDocument, Section } from '../model';

/** The section's last field outside front matter: a new field is written like it. */
export function lastFieldIn(doc: PostmortemDocument, section: Section): Field | undefined {
  const siblings = doc.fields.filter((f) => f.section === section.index && f.style !== 'front-matter');
  return siblings[siblings.length - 1];
}

/**
 * A field line for `label` holding `value`, in the style of `last` (see {@link lastFieldIn}): a
 * list item, a plain `Label:` line, a table row, or bold (in a list item when `last` is in one),
 * which is also the style when the section has no field yet.
 */
export function fieldLine(doc: PostmortemDocument, last: Field | undefined, label: string, value: string): string {
  switch (last?.style) {
    case 'list': return `- ${label}: ${value}`;
    case 'plain': return `${label}: ${value}`;
    case 'table': return `| ${label} | ${value} |`;
    default: return last !== undefined && doc.lines[last.line]!.kind === 'list-item' ? `- **${label}:** ${value}` : `**${label}:** ${value}`;
  }
}
