import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-types';
import { matchWorkspaceSymbols, workspaceSymbolEntries, type WorkspaceSymbolEntry } from '../../../server/src/service/features';
import { analyze } from '../fixture';
import { load } from './load';

function index(): WorkspaceSymbolEntry[] {
  return [
    ...workspaceSymbolEntries(load('markdown-style.md').doc, 'file:///pm/search.md'),
    ...workspaceSymbolEntries(load('overnight.txt').doc, 'file:///pm/checkout.txt'),
    ...workspaceSymbolEntries(load('wiki-style.wiki').doc, 'file:///pm/thumbs.wiki'),
    ...workspaceSymbolEntries(analyze('Nothing here yet.\n').doc, 'file:///pm/draft%20notes.md'),
  ];
}

test('each document is summarised by title, incident id and date', () => {
  const [search, checkout, thumbs, draft] = index();
  assert.deepEqual({ ...search!, range: undefined }, { uri: 'file:///pm/search.md', title: 'Search index stall', range: undefined, incidentId: 'INC-2041', date: '2024-09-17' });
  assert.deepEqual(search!.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 25 } });
  assert.equal(checkout!.title, 'Issue Summary');
  assert.equal(checkout!.date, '2024-03-10');
  assert.equal(thumbs!.title, 'Summary');
  assert.equal(thumbs!.date, null);
  assert.equal(draft!.title, 'draft notes.md');
});

test('matching is case-insensitive on title, id and date, best matches first, capped', () => {
  const entries = index();
  assert.deepEqual(matchWorkspaceSymbols(entries, 'inc-2041', 10).map((s) => s.name), ['Search index stall']);
  assert.deepEqual(matchWorkspaceSymbols(entries, '2024-03', 10).map((s) => s.name), ['Issue Summary']);
  assert.deepEqual(matchWorkspaceSymbols(entries, 'SUMMARY', 10).map((s) => s.name), ['Summary', 'Issue Summary']);
  assert.deepEqual(matchWorkspaceSymbols(entries, 'sxs', 10).map((s) => s.name), ['Search index stall']);
  assert.deepEqual(matchWorkspaceSymbols(entries, 'zzz', 10), []);
  assert.equal(matchWorkspaceSymbols(entries, '', 2).length, 2);
  const [hit] = matchWorkspaceSymbols(entries, 'stall', 1);
  assert.deepEqual(hit, {
    name: 'Search index stall',
    kind: SymbolKind.File,
    containerName: 'INC-2041 · 2024-09-17',
    location: { uri: 'file:///pm/search.md', range: { start: { line: 1, character: 7 }, end: { line: 1, character: 25 } } },
  });
});
