import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentLinks } from '../../../server/src/service/features';
import { analyze } from '../fixture';
import { load } from './load';

const PHAB = 'https://phabricator.example.org/{id}';

test('ticket ids in action items link through the template', () => {
  const { doc } = load('wiki-style.wiki');
  const links = documentLinks(doc, PHAB);
  assert.deepEqual(links.map((l) => l.target), ['https://phabricator.example.org/T401122', 'https://phabricator.example.org/T401130']);
  assert.deepEqual(links[0]!.range, { start: { line: 10, character: 1 }, end: { line: 10, character: 8 } });
  assert.deepEqual(documentLinks(load('markdown-style.md').doc, PHAB).map((l) => l.target), ['https://phabricator.example.org/T308952', 'https://phabricator.example.org/T308960']);
});

test('no template, no links; ids are URL-encoded; a template without {id} gets the id appended', () => {
  assert.deepEqual(documentLinks(load('wiki-style.wiki').doc, undefined), []);
  assert.deepEqual(documentLinks(load('wiki-style.wiki').doc, ''), []);
  const hash = analyze('## Action Items\n\n- [ ] Add a retry budget (owner: kim, #482)\n').doc;
  assert.deepEqual(documentLinks(hash, 'https://git.example.org/issues?id={id}').map((l) => l.target), ['https://git.example.org/issues?id=%23482']);
  assert.deepEqual(documentLinks(load('wiki-style.wiki').doc, 'https://jira.example.org/browse/').map((l) => l.target)[0], 'https://jira.example.org/browse/T401122');
});
