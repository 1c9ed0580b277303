import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { completions, escapeSnippet } from '../../../server/src/service/features';
import type { Schema } from '../../../server/src/service';
import { schemaNamed } from '../fixture';
import { CURSOR, atCursor, fixtureText, mark } from './load';

function complete(marked: string, schema: Schema = schemaNamed()): CompletionItem[] {
  const a = atCursor(marked, schema);
  return completions(a.doc, schema, a.position);
}

const edit = (item: CompletionItem): TextEdit => item.textEdit as TextEdit;
const md = fixtureText('markdown-style.md');

test('at the start of a line: the missing sections, in schema order, as snippets', () => {
  const items = complete(`${md}\n$$CURSOR$$`).filter((i) => i.detail?.endsWith('section'));
  assert.deepEqual(items.map((i) => i.label), ['Impact', 'Detection', 'Contributing Factors', 'Remediation', 'Lessons Learned', 'Scorecard', 'Supporting Information']);
  const impact = items[0]!;
  assert.equal(impact.insertTextFormat, InsertTextFormat.Snippet);
  assert.equal(edit(impact).newText, '## Impact\n\n${1:TODO}: who was affected, how, and how many (requests failed, users, regions).');
  assert.equal(impact.filterText, '## Impact');
  assert.equal(impact.detail, 'Optional section');
  // Labelled by title, never by a snippet prefix such as pm-section-impact.
  assert.ok(items.every((i) => !i.label.startsWith('pm-')));
});

test('section headings follow the document style and escape snippet syntax in skeletons', () => {
  const base = schemaNamed();
  const schema: Schema = { ...base, sections: base.sections.map((s) => (s.id === 'impact' ? { ...s, skeleton: 'Cost: $5 per {user} in C:\\data, TODO' } : s)) };
  const label = complete(`${fixtureText('overnight.txt')}\n$$CURSOR$$`, schema).find((i) => i.label === 'Impact')!;
  assert.equal(edit(label).newText, 'Impact:\n\nCost: \\$5 per {user\\} in C:\\\\data, ${1:TODO}');
  assert.equal(escapeSnippet('a$b}c\\d'), 'a\\$b\\}c\\\\d');
});

test('in the summary: the missing fields, written like the fields already there', () => {
  const bold = complete(mark(md, '## Timeline', -1, `\n${CURSOR}`));
  const fields = bold.filter((i) => i.detail?.endsWith('field'));
  // Date and Severity are already in the front matter.
  assert.deepEqual(fields.map((i) => i.label), ['Start', 'End', 'Detected', 'Mitigated', 'Time to Detection', 'Time to Mitigation', 'Time to Recovery', 'Authors', 'Status']);
  assert.equal(edit(fields[0]!).newText, '**Start:** $0');
  const list = complete(mark(fixtureText('overnight.txt'), '- Root Cause: A connection', 0, `${CURSOR}\n`));
  assert.equal(edit(list.find((i) => i.label === 'Severity')!).newText, '- Severity: $0');
  assert.equal(list.find((i) => i.label === 'Severity')!.documentation, "The incident's severity level, such as SEV1.");
});

test('in the timeline: a new entry shaped like the one above, with the clock as a tab stop', () => {
  const items = complete(mark(md, '\n## Root Cause', 0, `${CURSOR}\n`));
  assert.equal(items[0]!.label, '- **16:30 UTC:**');
  assert.equal(edit(items[0]!).newText, '- **${1:16:30} UTC:** $0');
  const twelveHour = complete(mark(fixtureText('label-style.txt'), 'Root Cause and Resolution:', 0, `${CURSOR}\n`));
  assert.equal(edit(twelveHour[0]!).newText, '${1:1:15} AM: $0');
  const typed = complete(mark(md, '\n## Root Cause', 0, `- ${CURSOR}\n`));
  assert.deepEqual(edit(typed[0]!).range, { start: { line: 26, character: 0 }, end: { line: 26, character: 2 } });
});

test('in front matter: keys not yet written, then the allowed values of a key', () => {
  const schema: Schema = { ...schemaNamed(), frontmatter: { required: ['title', 'owner'], values: { severity: ['SEV1', 'SEV2', 'SEV3'], status: ['draft', 'final'] } } };
  const keys = complete(mark(md, '---\n\n#', 0, `${CURSOR}\n`), schema);
  assert.deepEqual(keys.slice(0, 3).map((i) => i.label), ['owner', 'status', 'authors']);
  // Then every field the schema knows that the document does not give yet (issue 14: only `authors` was offered).
  const fieldKeys = keys.slice(3).map((i) => i.label);
  assert.ok(fieldKeys.includes('detected') && fieldKeys.includes('start'), fieldKeys.join(' '));
  assert.ok(!fieldKeys.includes('duration') && !fieldKeys.includes('root-cause'), 'the document has these fields already');
  assert.equal(keys[0]!.detail, 'Required front-matter key');
  assert.equal(edit(keys[1]!).newText, 'status: ${1|draft,final|}');
  const values = complete(md.split('severity: SEV2').join(`severity: SE${CURSOR}`), schema);
  assert.deepEqual(values.map((i) => i.label), ['SEV1', 'SEV2', 'SEV3']);
  assert.deepEqual(edit(values[1]!), { range: { start: { line: 4, character: 10 }, end: { line: 4, character: 12 } }, newText: 'SEV2' });
});

test('with no allowed values in the schema, front matter offers the common ones: SEV1-SEV4, statuses', () => {
  const schema: Schema = { ...schemaNamed(), frontmatter: { required: [], values: {} } };
  const severity = complete(md.split('severity: SEV2').join(`severity: ${CURSOR}`), schema);
  assert.deepEqual(severity.map((i) => i.label), ['SEV1', 'SEV2', 'SEV3', 'SEV4']);
  assert.equal(severity[0]!.detail, 'Common value of "severity"');
  const status = complete(md.split('severity: SEV2').join(`status: ${CURSOR}`), schema);
  assert.deepEqual(status.map((i) => i.label), ['draft', 'in review', 'final']);
});

test('nothing in the middle of prose or inside code', () => {
  assert.deepEqual(complete(mark(md, 'the indexer stopped')), []);
  assert.deepEqual(complete(mark(md, 'indexer replay')), []);
});
