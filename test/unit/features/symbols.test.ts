import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import { documentSymbols } from '../../../server/src/service/features';
import type { Range } from '../../../server/src/service';
import { load } from './load';

function inside(inner: Range, outer: Range): boolean {
  const le = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

/** Every selection range lies in its range, and every child in its parent. */
function assertWellFormed(symbols: DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const s of symbols) {
    assert.ok(inside(s.selectionRange, s.range), `${s.name}: selectionRange outside range`);
    if (parent) assert.ok(inside(s.range, parent.range), `${s.name} lies outside ${parent.name}`);
    assertWellFormed(s.children ?? [], s);
  }
}

const named = (symbols: DocumentSymbol[] | undefined, name: string): DocumentSymbol => {
  const s = symbols?.find((x) => x.name === name);
  assert.ok(s, `no symbol "${name}" among ${symbols?.map((x) => x.name).join(', ')}`);
  return s;
};

test('Markdown style: front matter, then the title with its sections nested inside', () => {
  const symbols = documentSymbols(load('markdown-style.md').doc);
  assert.deepEqual(symbols.map((s) => s.name), ['Front matter', 'Search index stall on 17 September 2024']);
  assert.deepEqual(symbols[0]!.children!.map((c) => c.name), ['title', 'id', 'date', 'severity']);
  const title = symbols[1]!;
  assert.deepEqual(title.children!.map((c) => c.name), ['Summary', 'Timeline', 'Root Cause', 'Resolution', 'Action Items']);
  const summary = named(title.children, 'Summary');
  assert.deepEqual(summary.children!.map((c) => [c.name, c.kind]), [['Duration', SymbolKind.Property], ['Impact', SymbolKind.Property], ['Root Cause', SymbolKind.Property]]);
  assert.equal(summary.children![0]!.detail, 'September 17, 2024, 14:00 - 16:30 UTC');
  assertWellFormed(symbols);
});

test('timeline entries are named by their time and text, with their offset as detail', () => {
  const timeline = named(documentSymbols(load('markdown-style.md').doc)[1]!.children, 'Timeline');
  const entries = timeline.children!;
  assert.equal(entries[0]!.name, '14:00 UTC Indexer lag started climbing after the schema migration ran.');
  assert.equal(entries[0]!.kind, SymbolKind.Event);
  assert.deepEqual(entries.map((e) => e.detail), ['T+0m', 'T+15m', 'T+35m', 'T+1h 10m', 'T+2h 30m']);
  // The selection is the timestamp itself: `- **14:00 UTC:**` puts it after the marker and stars.
  assert.deepEqual(entries[0]!.selectionRange, { start: { line: 21, character: 4 }, end: { line: 21, character: 13 } });
});

test('an entry that crosses midnight is 12h 45m after the first', () => {
  const symbols = documentSymbols(load('overnight.txt').doc);
  const timeline = named(symbols, 'Timeline');
  const last = timeline.children![timeline.children!.length - 1]!;
  assert.equal(last.name, '02:30 UTC Checkout latency fully recovered and back to normal.');
  assert.equal(last.detail, 'T+12h 45m');
  assertWellFormed(symbols);
});

test('a newest-first update log measures from the incident start, as the hover does', () => {
  const { doc } = load('update-log.txt');
  const symbols = documentSymbols(doc);
  const entries = symbols.filter((s) => s.kind === SymbolKind.Event);
  assert.deepEqual(entries.map((e) => e.detail), ['T+6h 20m', 'T+4h 45m', 'T+0m']);
  assert.deepEqual(doc.timeline.entries.map((e) => e.offsetMinutes), [0, -95, -380], 'offsets stay from the first entry in document order');
  assertWellFormed(symbols);
});

test('label and wiki styles: sections at the top, entries and fields inside them', () => {
  const label = documentSymbols(load('label-style.txt').doc);
  assert.deepEqual(label.map((s) => s.name), ['Issue Summary', 'Timeline', 'Root Cause and Resolution', 'Corrective and Preventative Measures']);
  assert.deepEqual(named(label, 'Timeline').children!.map((e) => e.name), [
    '11:30 PM Upload errors began and a monitoring alert fired.',
    '11:50 PM Engineers noticed the certificate had expired at midnight…',
    '12:40 AM New certificate deployed as a workaround through the…',
    '1:15 AM Uploads restored for all apps.',
  ]);
  assertWellFormed(label);
  const wiki = documentSymbols(load('wiki-style.wiki').doc);
  assert.deepEqual(named(wiki, 'Timeline').children!.map((e) => e.name), [
    '09:10 UTC thumbnail error rate alert fired',
    '09:25 UTC thumbnailer pods restarted, errors persisted',
    '09:40 UTC large uploads rate-limited as a workaround',
  ]);
  assertWellFormed(wiki);
});
