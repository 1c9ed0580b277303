/** Insert timeline diagram: inserted after the timeline, updated in place, and stale when the timeline changes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeActions, INSERT_TIMELINE_DIAGRAM } from '../../../server/src/service/features';
import { applyEdits } from '../../../server/src/service/edits/apply';
import { findDiagramBlock } from '../../../server/src/service/edits/mermaid-block';
import type { DiagnosticData } from '../../../server/src/service';
import { analyze, schemaNamed } from '../fixture';

const DOC = ['# Disk full', '', '## Timeline', '', 'All times in UTC on 2025-03-01.', '', '- 10:00 Disk alert fired.', '- 10:40 Rolled back; resolved.', '', '## Root Cause', '', 'WAL archiving stopped.', ''].join('\n');
const HEADING = { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } };

function insert(text: string): { text: string; title: string } {
  const a = analyze(text);
  const action = codeActions(a, schemaNamed(), HEADING, [], [INSERT_TIMELINE_DIAGRAM])[0];
  assert.ok(action, 'an action on the timeline heading');
  const edits = action.edit!.changes![a.doc.uri]!;
  return { text: applyEdits(text, edits).text, title: action.title };
}

const stale = (text: string) => analyze(text).diagnostics.filter((d) => d.code === 'timeline-diagram-stale');

test('inserts the block at the end of the timeline section, before the next heading', () => {
  const { text, title } = insert(DOC);
  assert.equal(title, 'Insert timeline diagram');
  const lines = text.split('\n');
  assert.equal(lines[7], '- 10:40 Rolled back; resolved.');
  assert.equal(lines[8], '');
  assert.equal(lines[9], '```mermaid');
  assert.equal(lines[lines.indexOf('## Root Cause') - 2], '```');
  assert.equal(lines[lines.indexOf('## Root Cause') - 1], '');
  const after = analyze(text);
  assert.equal(after.doc.timeline.entries.length, 2, 'the block adds no timeline entries');
  const codes = (a: ReturnType<typeof analyze>) => a.diagnostics.map((d) => String(d.code)).sort();
  assert.deepEqual(codes(after), codes(analyze(DOC)), 'and no diagnostic of any rule');
});

test('running it again updates the block in place; a changed timeline makes it stale until regenerated', () => {
  const once = insert(DOC).text;
  const again = insert(once);
  assert.equal(again.title, 'Update timeline diagram');
  assert.equal(again.text, once, 'the same timeline gives the same block, and only one');
  const edited = once.replace('- 10:40 Rolled back; resolved.', '- 10:20 Old segments archived.\n- 10:40 Rolled back; resolved.');
  const found = stale(edited);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.range.start.line, findDiagramBlock(analyze(edited).doc)!.range.start.line);
  const fix = (found[0]!.data as DiagnosticData).fixes[0]!;
  assert.equal(fix.safe, false, '--fix leaves a block the writer may have edited');
  const fixed = applyEdits(edited, fix.edits).text;
  assert.deepEqual(stale(fixed), []);
  assert.equal(fixed.split('```mermaid').length, 2, 'still one block');
  assert.match(fixed, /Old segments archived\. : milestone/);
});

test('no action away from the heading, and none without timed entries', () => {
  const a = analyze(DOC);
  const body = { start: { line: 11, character: 0 }, end: { line: 11, character: 0 } };
  assert.deepEqual(codeActions(a, schemaNamed(), body, [], [INSERT_TIMELINE_DIAGRAM]), []);
  const empty = analyze('## Timeline\n\nTo be written.\n');
  assert.deepEqual(codeActions(empty, schemaNamed(), HEADING, [], [INSERT_TIMELINE_DIAGRAM]), []);
});

test('a block that lost its closing fence, or a marker outside a mermaid fence, is never rewritten: the writer\'s text stays', () => {
  const withBlock = insert(DOC).text;
  const lines = withBlock.split('\n');
  // The closing fence deleted: replacing "up to the next fence" would take Root Cause with it.
  const unclosed = lines.filter((l, i) => !(l === '```' && i > lines.indexOf('```mermaid'))).join('\n');
  assert.equal(findDiagramBlock(analyze(unclosed).doc), null);
  const after = insert(unclosed).text;
  assert.ok(after.includes('## Root Cause') && after.includes('WAL archiving stopped.'), 'Root Cause is kept');
  assert.deepEqual(stale(unclosed), [], 'and no stale report on a block that is not whole');
  // The marker as an indented code line under a fence of another kind.
  const elsewhere = DOC.replace('## Root Cause', '```text\nlog\n```\n\n    %% postmortem-timeline: pasted\n\n## Root Cause');
  assert.equal(findDiagramBlock(analyze(elsewhere).doc), null);
  assert.ok(insert(elsewhere).text.includes('All times in UTC on 2025-03-01.'), 'the timeline is kept');
});
