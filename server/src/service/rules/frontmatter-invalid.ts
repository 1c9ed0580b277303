import type { Finding } from './types';
import { defineRule } from './types';
import type { PostmortemDocument } from '../model';
import type { Schema } from '../schema/types';
import { own } from '../own';

/** Front matter keys the config requires, and the values it allows. */
export const frontmatterInvalid = defineRule({
  code: 'frontmatter-invalid',
  description: 'Front matter lacks a required key or has a value the config does not allow.',
  defaultSeverity: 'error',
  groups: ['front-matter', 'structure'],
  check({ doc, schema }) {
    const fm = doc.frontMatter;
    if (fm && fm.errors.length > 0) return []; // frontmatter-syntax speaks first
    if (fm && fm.data !== undefined && fm.data !== null && (typeof fm.data !== 'object' || Array.isArray(fm.data))) {
      return [{ range: fm.range, message: 'Front matter must be a set of "key: value" lines.' }];
    }
    return [...missingKeys(doc, schema), ...badValues(doc, schema)];
  },
});

function missingKeys(doc: PostmortemDocument, schema: Schema): Finding[] {
  const have = new Set(doc.frontMatter?.entries.map((e) => e.key) ?? []);
  const missing = schema.frontmatter.required.filter((k) => !have.has(k));
  if (missing.length === 0) return [];
  const fm = doc.frontMatter;
  const list = missing.map((k) => `"${k}"`).join(', ');
  if (!fm) {
    const at = { line: 0, character: 0 };
    return [{
      range: { start: at, end: { line: 0, character: doc.lines[0]!.text.length } },
      message: `The config requires front matter with ${list}. Add a "---" block at the top.`,
      fixes: [{ title: 'Add front matter', edits: [{ range: { start: at, end: at }, newText: `---\n${missing.map((k) => `${k}: TODO`).join('\n')}\n---\n\n` }], safe: true }],
    }];
  }
  const closing = fm.range.end.line;
  const at = { line: closing, character: 0 };
  return [{
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: doc.lines[0]!.text.length } },
    message: `Front matter is missing ${list}.`,
    fixes: fm.unterminated ? [] : [{ title: `Add ${list}`, edits: [{ range: { start: at, end: at }, newText: missing.map((k) => `${k}: TODO\n`).join('') }], safe: true }],
  }];
}

function badValues(doc: PostmortemDocument, schema: Schema): Finding[] {
  const out: Finding[] = [];
  for (const e of doc.frontMatter?.entries ?? []) {
    const allowed = own(schema.frontmatter.values, e.key);
    if (!allowed || allowed.length === 0) continue;
    const value = e.value === null || e.value === undefined ? '' : String(e.value);
    if (allowed.includes(value)) continue;
    const canonical = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    out.push({
      range: e.valueRange,
      message: `"${e.key}" must be one of ${allowed.join(', ')}; it is "${value}".`,
      fixes: canonical ? [{ title: `Change to "${canonical}"`, edits: [{ range: e.valueRange, newText: canonical }], safe: true }] : [],
    });
  }
  return out;
}
