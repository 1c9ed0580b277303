import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_POSTMORTEM_FILES, hasPostmortemExtension, postmortemReason } from '../../../server/src/service';

test('the reasons a file is a postmortem, in order', () => {
  assert.equal(postmortemReason({ path: '/x/notes.md', languageId: 'postmortem' }), 'language');
  assert.equal(postmortemReason({ path: '/x/db.postmortem.md' }), 'name');
  assert.equal(postmortemReason({ path: '/x/db.Postmortem.TXT' }), 'name');
  assert.equal(postmortemReason({ path: '/repo/postmortems/2024/db.md' }), 'files');
  assert.equal(postmortemReason({ path: 'C:\\repo\\incidents\\db.md' }), 'files', 'Windows separators');
  assert.equal(postmortemReason({ path: '/x/notes.md', head: '---\ntitle: a\ntype: "postmortem"\n---\n' }), 'front-matter');
  assert.equal(postmortemReason({ path: '/x/notes.md', head: '\uFEFF---\r\ntype: postmortem\r\n---\r\n' }), 'front-matter');
});

test('files that are not postmortems', () => {
  assert.equal(postmortemReason({ path: '/x/README.md' }), null);
  assert.equal(postmortemReason({ path: '/x/notes.md', head: 'type: postmortem\n' }), null, 'not front matter');
  assert.equal(postmortemReason({ path: '/x/notes.md', head: '---\ntype: postmortems\n---\n' }), null);
  assert.equal(postmortemReason({ path: '/repo/postmortems/db.md' }, []), null, 'an empty postmortem.files turns the globs off');
  assert.equal(postmortemReason({ path: '/repo/postmortems/db.txt' }), null, 'the default globs are Markdown');
  assert.equal(postmortemReason({ path: '/repo/postmortems/db.md' }, ['', '   ']), null, 'blank globs match nothing');
});

test('globs work as VS Code reads postmortem.files', () => {
  assert.equal(postmortemReason({ path: '/repo/docs/ops/db.md' }, ['**/docs/ops/*.md']), 'files');
  assert.equal(postmortemReason({ path: '/repo/docs/ops/2024/db.md' }, ['**/docs/ops/*.md']), null);
  assert.equal(postmortemReason({ path: '/repo/.github/incidents/db.md' }, DEFAULT_POSTMORTEM_FILES), 'files', 'dot folders count');
  assert.equal(postmortemReason({ path: '/repo/rfc/db.markdown' }, ['**/rfc/*.{md,markdown}']), 'files');
});

test('the folder walks read these extensions', () => {
  for (const name of ['a.md', 'a.MARKDOWN', 'a.txt', 'a.wiki']) assert.equal(hasPostmortemExtension(name), true, name);
  for (const name of ['a.yaml', 'a.png', 'md']) assert.equal(hasPostmortemExtension(name), false, name);
});
