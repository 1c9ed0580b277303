import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldingRanges } from '../../../server/src/service/features';
import { analyze } from '../fixture';
import { load } from './load';

test('front matter, sections, the timeline list, a table, fenced code and the action items fold', () => {
  const { doc } = load('markdown-style.md');
  const folds = foldingRanges(doc).map((f) => `${f.startLine}-${f.endLine} ${doc.lines[f.startLine]!.text}`);
  assert.deepEqual(folds, [
    '0-5 ---',
    '7-48 # Search index stall on 17 September 2024',
    '9-17 ## Summary',
    '19-25 ## Timeline',
    '21-25 - **14:00 UTC:** Indexer lag started climbing after the schema migration ran.',
    '27-29 ## Root Cause',
    '31-42 ## Resolution',
    '35-38 | Step | Owner |',
    '40-42 ```sh',
    '44-48 ## Action Items',
    '46-48 - [ ] Decode messages by field id, not name (owner: dana, ticket: T308952)',
  ]);
});

test('a list of two items does not fold; one of three does, with its sub-bullets', () => {
  const two = analyze('## Notes\n\n- one\n- two\n').doc;
  assert.deepEqual(foldingRanges(two).map((f) => [f.startLine, f.endLine]), [[0, 3]]);
  const three = analyze('## Notes\n\n- one\n  - detail\n- two\n\n- three\n\nAfter.\n').doc;
  assert.deepEqual(foldingRanges(three).map((f) => [f.startLine, f.endLine]), [[0, 8], [2, 6]]);
});
