import type { Finding } from './types';
import { defineRule } from './types';

/** Broken YAML front matter hides every key in it from the other checks. */
export const frontmatterSyntax = defineRule({
  code: 'frontmatter-syntax',
  description: 'The YAML front matter does not parse.',
  defaultSeverity: 'error',
  groups: ['front-matter'],
  check({ doc }) {
    const fm = doc.frontMatter;
    if (!fm) return [];
    const out: Finding[] = fm.errors.map((e) => ({ range: e.range, message: `Front matter: ${e.message}` }));
    if (fm.unterminated) {
      const last = fm.range.end.line;
      const at = { line: last, character: doc.lines[last]!.text.length };
      out.push({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
        message: 'Front matter opens with "---" but never closes. Add a "---" line after the last key.',
        fixes: [{ title: 'Close the front matter', edits: [{ range: { start: at, end: at }, newText: '\n---' }], safe: true }],
      });
    }
    return out;
  },
});
