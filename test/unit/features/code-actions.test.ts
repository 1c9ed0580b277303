import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { ADD_MISSING_SECTIONS, CONVERT_HEADINGS, codeActions } from '../../../server/src/service/features';
import { applyEdits, lineStartsOf, offsetAt } from '../../../server/src/service/edits/apply';
import type { Analysis, Range } from '../../../server/src/service';
import { analyze, schemaNamed } from '../fixture';
import { fixtureText, load } from './load';

const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };
const schema = schemaNamed();

function editsOf(a: CodeAction, uri: string): TextEdit[] {
  return a.edit!.changes![uri]!;
}

function actionsFor(a: Analysis, range: Range = WHOLE, only?: string[]): CodeAction[] {
  return codeActions(a, schema, range, a.diagnostics, only);
}

function apply(text: string, edits: TextEdit[]): string {
  const r = applyEdits(text, edits);
  assert.deepEqual(r.skipped, [], 'edits of one action must not overlap');
  return r.text;
}

test('each fix in a diagnostic becomes a quick fix tied to that diagnostic', () => {
  const a = load('broken.md');
  const fixes = actionsFor(a, WHOLE, ['quickfix']);
  assert.deepEqual(fixes.map((f) => f.title), [
    'Delete this conflict marker line (keeps both versions)',
    'Delete this conflict marker line (keeps both versions)',
    'Delete this conflict marker line (keeps both versions)',
    'Add "Duration:"',
    'Replace with "“"',
    'Add section "Root Cause"',
    'Add section "Resolution"',
    'Add section "Action Items"',
    'Add all 3 missing sections',
  ]);
  const single = fixes.slice(0, -1);
  assert.ok(single.every((f) => f.kind === 'quickfix' && f.diagnostics!.length === 1));
  assert.equal(fixes.at(-1)!.diagnostics!.length, 3, 'the "Add all" fix is tied to every missing-section diagnostic');
  // Safe single fixes are preferred; deleting a conflict marker is a choice the writer makes.
  assert.equal(fixes[3]!.isPreferred, true);
  assert.equal(fixes[0]!.isPreferred, undefined);
  const durationFix = apply(a.text, editsOf(fixes[3]!, a.doc.uri));
  assert.match(durationFix, /throughout\.\n\n\*\*Duration:\*\* TODO\n\n## Timeline/);
});

test('only the diagnostics under the cursor give quick fixes', () => {
  const a = load('broken.md');
  const onEncoding = { start: { line: 10, character: 70 }, end: { line: 10, character: 70 } };
  assert.deepEqual(actionsFor(a, onEncoding, ['quickfix']).map((f) => f.title), ['Replace with "“"']);
});

test('a quick fix removes nothing outside its diagnostic: at most the conflict marker line', () => {
  const a = load('broken.md');
  const starts = lineStartsOf(a.text);
  for (const action of actionsFor(a, WHOLE, ['quickfix'])) {
    const d: Diagnostic = action.diagnostics![0]!;
    for (const e of editsOf(action, a.doc.uri)) {
      const removed = a.text.slice(offsetAt(a.text, starts, e.range.start), offsetAt(a.text, starts, e.range.end));
      if (removed === '') continue;
      const from = offsetAt(a.text, starts, d.range.start);
      const to = offsetAt(a.text, starts, { line: d.range.end.line + 1, character: 0 });
      const at = offsetAt(a.text, starts, e.range.start);
      assert.ok(at >= from && at + removed.length <= to, `${action.title} removes ${JSON.stringify(removed)}`);
      if (d.code === 'merge-conflict') assert.match(removed, /^(<{7}|={7}|>{7}).*\n$/);
    }
  }
});

test('applying every quick fix, one at a time, clears those diagnostics and keeps the prose', () => {
  let text = fixtureText('broken.md');
  const fixedCodes = new Set<string>();
  for (let round = 0; round < 30; round++) {
    const a = analyze(text);
    const next = actionsFor(a, WHOLE, ['quickfix'])[0];
    if (!next) break;
    fixedCodes.add(String(next.diagnostics![0]!.code));
    text = apply(text, editsOf(next, a.doc.uri));
  }
  assert.deepEqual([...fixedCodes].sort(), ['encoding', 'merge-conflict', 'missing-field', 'missing-section']);
  const after = analyze(text).diagnostics;
  for (const code of fixedCodes) {
    const left = after.filter((d) => d.code === code && !/only placeholder text/.test(String(d.message)));
    assert.deepEqual(left.map((d) => d.message), [], `${code} is still reported:\n${text}`);
  }
  // Scaffolding never turns the check green: each inserted TODO stays an error until it is written.
  const unwritten = after.filter((d) => /only placeholder text/.test(String(d.message)));
  assert.deepEqual(unwritten.map((d) => [d.code, d.severity]).sort(), [
    ['missing-field', 1], ['missing-section', 1], ['missing-section', 1], ['missing-section', 1],
  ]);
  for (const line of fixtureText('broken.md').split('\n')) {
    if (/^(<{7}|={7}|>{7})/.test(line) || line.includes('â€')) continue;
    assert.ok(text.split('\n').includes(line), `lost ${JSON.stringify(line)}`);
  }
});

test('"Add all missing sections" adds them in schema order, and missing-section is gone', () => {
  const a = load('broken.md');
  const [add] = actionsFor(a, WHOLE, ['source']);
  assert.equal(add!.title, 'Add all missing sections');
  assert.equal(add!.kind, ADD_MISSING_SECTIONS);
  const text = apply(a.text, editsOf(add!, a.doc.uri));
  const headings = text.split('\n').filter((l) => l.startsWith('## '));
  assert.deepEqual(headings, ['## Summary', '## Timeline', '## Root Cause', '## Resolution', '## Action Items']);
  assert.ok(!analyze(text).diagnostics.some((d) => d.code === 'missing-section' && String(d.message).startsWith('Missing section')));
  // Sections missing from the middle go between the ones that are there.
  const gap = analyze('## Summary\n\nText.\n\n## Action Items\n\n- [ ] Do it (owner: kim)\n');
  const filled = apply(gap.doc.text, editsOf(actionsFor(gap, WHOLE, ['source.addMissingSections'])[0]!, gap.doc.uri));
  assert.deepEqual(filled.split('\n').filter((l) => l.startsWith('## ')), ['## Summary', '## Timeline', '## Root Cause', '## Resolution', '## Action Items']);
});

test('the lightbulb on a missing-section diagnostic offers "Add all N missing sections"', () => {
  const a = analyze('## Summary\n\nText.\n');
  const missing = a.diagnostics.filter((d) => d.code === 'missing-section');
  assert.ok(missing.length >= 2);
  const at = missing[0]!.range;
  const all = codeActions(a, schema, at, [missing[0]!], ['quickfix']).find((c) => c.title.startsWith('Add all'));
  assert.ok(all, 'offered among the quick fixes');
  assert.equal(all.title, `Add all ${missing.length} missing sections`);
  assert.ok(all.kind!.startsWith('quickfix'));
  const text = apply(a.doc.text, editsOf(all, a.doc.uri));
  assert.ok(!analyze(text).diagnostics.some((d) => d.code === 'missing-section' && String(d.message).startsWith('Missing section')));
  // Not on other diagnostics, and not when only one section is missing (it has its own fix).
  assert.equal(codeActions(a, schema, at, [], ['quickfix']).filter((c) => c.title.startsWith('Add all')).length, 0);
  const one = analyze(text.replace(/## Resolution[\s\S]*?(?=## |$)/, ''));
  const lone = one.diagnostics.filter((d) => d.code === 'missing-section' && String(d.message).startsWith('Missing section'));
  assert.equal(lone.length, 1);
  assert.equal(codeActions(one, schema, lone[0]!.range, lone, ['quickfix']).filter((c) => c.title.startsWith('Add all')).length, 0);
});

/** The text with every heading marker and all white space taken out: what a writer wrote. */
const prose = (text: string): string => text.replace(/[#=*:\s]/g, '');

test('"Convert headings to Markdown": wiki keeps its level, labels go under their heading or to ##', () => {
  const wiki = load('wiki-style.wiki');
  const [convert] = actionsFor(wiki, WHOLE, ['refactor']);
  assert.equal(convert!.kind, CONVERT_HEADINGS);
  const out = apply(wiki.text, editsOf(convert!, wiki.doc.uri));
  assert.deepEqual(out.split('\n').filter((l) => l.startsWith('#')), ['## Summary', '## Timeline', '## Actionables']);
  assert.equal(prose(out), prose(wiki.text));

  const label = load('label-style.txt');
  const labelOut = apply(label.text, editsOf(actionsFor(label, WHOLE, ['refactor.rewrite'])[0]!, label.doc.uri));
  assert.deepEqual(labelOut.split('\n').filter((l) => l.startsWith('#')), ['## Issue Summary', '## Timeline', '## Root Cause and Resolution', '## Corrective and Preventative Measures']);
  assert.equal(prose(labelOut), prose(label.text));
  assert.deepEqual(analyze(labelOut).doc.sections.map((s) => s.ids), label.doc.sections.map((s) => s.ids));

  const bold = analyze('# Review\n\n#### Root Cause and Resolution\n\n**Root Cause:**\nA bad deploy.\n\n**Resolution:**\nRolled back.\n');
  const boldOut = apply(bold.doc.text, editsOf(actionsFor(bold, WHOLE, ['refactor'])[0]!, bold.doc.uri));
  assert.equal(boldOut, '# Review\n\n#### Root Cause and Resolution\n\n##### Root Cause\nA bad deploy.\n\n##### Resolution\nRolled back.\n');
});

test('kinds filter the actions; the refactoring shows unasked only on a heading it would change', () => {
  const wiki = load('wiki-style.wiki');
  const onText = { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } };
  const onHeading = { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } };
  assert.deepEqual(actionsFor(wiki, onText).map((a) => a.kind).filter((k) => k !== 'quickfix'), [ADD_MISSING_SECTIONS]);
  assert.deepEqual(actionsFor(wiki, onHeading).map((a) => a.kind).filter((k) => k !== 'quickfix'), [ADD_MISSING_SECTIONS, CONVERT_HEADINGS]);
  assert.deepEqual(actionsFor(wiki, onText, ['quickfix']), []);
  const md = load('markdown-style.md');
  assert.deepEqual(actionsFor(md, WHOLE, ['refactor', 'source']), [], 'an ATX document with every section has nothing to do');
});
