import type { Finding } from './types';
import { defineRule } from './types';
import { insertionAnchor, insertSectionEdit } from '../edits/sections';
import type { PostmortemDocument, Range, Section } from '../model';
import type { Schema, SectionSpec } from '../schema/types';
import { isPlaceholderOnly } from '../parse/markers';
import { stated } from './stated';

/**
 * Every section the schema requires is there, in any reasonable form (see stated.ts). A section
 * that holds only the scaffolding a fix inserted still fails, without a fix, until someone writes it.
 */
export const missingSection = defineRule({
  code: 'missing-section',
  description: 'A section the schema requires is missing, or holds only placeholder text.',
  defaultSeverity: 'error',
  groups: ['structure'],
  check({ doc, schema }) {
    const facts = stated(doc, schema);
    if (facts.shape !== 'postmortem') return [];
    const out: Finding[] = [];
    for (const spec of schema.sections) {
      if (!spec.required) continue;
      if (!facts.sections.has(spec.id)) out.push(missing(doc, schema, spec));
      else {
        const unwritten = scaffoldOnly(doc, spec.id);
        if (unwritten) out.push({ range: unwritten.heading.textRange, message: `Section "${unwritten.heading.text}" holds only placeholder text. ${spec.description}`.trim(), unwritten: true });
      }
    }
    return out;
  },
});

function missing(doc: PostmortemDocument, schema: Schema, spec: SectionSpec): Finding {
  const aliases = spec.aliases.length > 0 ? ` (or ${spec.aliases.slice(0, 3).map((a) => `"${a}"`).join(', ')})` : '';
  return {
    range: whereItBelongs(doc, schema, spec),
    message: `Missing section "${spec.title}"${aliases}. ${spec.description}`.trim(),
    fixes: [{ title: `Add section "${spec.title}"`, edits: [insertSectionEdit(doc, schema, spec)], safe: true }],
  };
}

/**
 * The end of the section the missing one belongs after, or the top of the document: the squiggle
 * says "it goes here" without underlining a heading that is fine.
 */
function whereItBelongs(doc: PostmortemDocument, schema: Schema, spec: SectionSpec): Range {
  const { anchor, after } = insertionAnchor(doc, schema, spec);
  if (!anchor || !after) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const at = { line: anchor.end, character: doc.lines[anchor.end]!.text.length };
  return { start: at, end: at };
}

/** The section with this id when every one written holds only lines that start with a placeholder. */
function scaffoldOnly(doc: PostmortemDocument, id: string): Section | null {
  const written = doc.sections.filter((s) => s.ids.includes(id));
  if (written.length === 0 || !written.every((s) => isScaffold(doc, s))) return null;
  return written[0]!;
}

function isScaffold(doc: PostmortemDocument, s: Section): boolean {
  let content = 0;
  for (let i = s.bodyStart; i <= s.end; i++) {
    const line = doc.lines[i]!;
    if (line.kind !== 'text' && line.kind !== 'list-item') continue;
    content++;
    const text = line.text.slice(line.contentColumn ?? 0);
    if (!isPlaceholderOnly(text) && !isPlaceholderOnly(stripLead(text))) return false;
  }
  return content > 0;
}

/** `- [ ] **Duration:** TODO` → `TODO`: the checkbox and the field label are scaffolding too. */
function stripLead(text: string): string {
  return text
    .trim()
    .replace(/^\[[ xX]\]\s*/, '')
    .replace(/^(?:\*\*|__)[^*_]{1,40}:(?:\*\*|__)\s*/, '')
    .replace(/^[A-Z][\w ]{0,30}:\s+/, '');
}
