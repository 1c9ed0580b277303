/**
 * The Mermaid writer: its blocks parse with Mermaid's own parser (the dev dependency, under plain
 * Node), for every timeline style and for entry text that would break a naive writer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { timelineMermaid, timelineMermaidBlock, DIAGRAM_MARKER } from '../../../server/src/service/edits/timeline-mermaid';
import { analyze } from '../fixture';

interface Mermaid {
  parse(text: string): Promise<{ diagramType: string }>;
}

let mermaid: Promise<Mermaid> | undefined;
// Mermaid is an ES module; the test bundle is CommonJS, so it is loaded at run time.
const load = (): Promise<Mermaid> => (mermaid ??= import('mermaid').then((m) => (m as unknown as { default: Mermaid }).default));

const STYLES = [
  'test/fixtures/features/markdown-style.md',
  'test/fixtures/features/update-log.txt',
  'test/fixtures/features/wiki-style.wiki',
  'test/fixtures/features/label-style.txt',
  'test/fixtures/timelines/timeline-date-column.md',
  'test/fixtures/timelines/timeline-date-lines.md',
  'test/fixtures/timelines/timeline-statuspage-headings.md',
  'test/fixtures/styles/multi-incident.md',
  'test/fixtures/render/problems.md',
];

test("every timeline style gives a gantt block that Mermaid's parser accepts", async () => {
  const m = await load();
  for (const path of STYLES) {
    const body = timelineMermaid(analyze(readFileSync(path, 'utf8')).doc);
    assert.ok(body, path);
    const parsed = await m.parse(body);
    assert.equal(parsed.diagramType, 'gantt', path);
  }
});

test('the parser does reject a broken block, so the test above can fail', async () => {
  const m = await load();
  await assert.rejects(m.parse('gantt\n  section A\n  a task with no colon\n'));
});

test('entry text with colons, semicolons, hashes, comments and keywords stays one task name', async () => {
  const text = [
    '## Timeline',
    '',
    'All times UTC on 2025-02-03.',
    '',
    '- 10:00 Section 3: the API; #ops paged %% not a comment',
    '- 10:05 title: <b>bold</b> `code` "quoted" {braces} [brackets]',
    '- 10:20 dateFormat changed back',
    '',
  ].join('\n');
  const body = timelineMermaid(analyze(text).doc)!;
  const tasks = body.split('\n').filter((l) => l.includes(': milestone'));
  assert.equal(tasks.length, 3);
  for (const t of tasks) assert.doesNotMatch(t.slice(0, t.indexOf(' : milestone')), /[:;#%<>`"{}[\]]/, t);
  assert.ok(tasks.every((t) => /^ {2}– /.test(t)), 'names that start with a keyword are prefixed');
  await (await load()).parse(body);
});

test('the block is fenced, carries the marker, and is the same for the same timeline', () => {
  const doc = analyze(readFileSync(STYLES[0]!, 'utf8')).doc;
  const block = timelineMermaidBlock(doc)!;
  assert.match(block, /^```mermaid\ngantt\n {2}%% postmortem-timeline/);
  assert.ok(block.endsWith('\n```'));
  assert.ok(block.includes(DIAGRAM_MARKER));
  assert.equal(timelineMermaidBlock(analyze(readFileSync(STYLES[0]!, 'utf8')).doc), block);
  assert.match(block, /Detecting : p\d+, 2024-09-17 14:00, 15m/);
  assert.equal(timelineMermaid(analyze('## Summary\n\nNothing.\n').doc), null);
});
