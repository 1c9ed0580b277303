/** Every editor feature over the real protocol, against fixture documents. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  CodeActionRequest,
  CompletionRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  CodeLensRequest,
  WorkspaceSymbolRequest,
  DocumentDiagnosticRequest,
  type CodeAction,
  type CompletionItem,
  type DocumentSymbol,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { fileUri, startServer, type TestClient } from './client';
import { applyEdits } from '../../server/src/service/edits/apply';

let client: TestClient;
const overnight = fileUri('test/fixtures/features/overnight.txt');
const overnightText = readFileSync('test/fixtures/features/overnight.txt', 'utf8');
const draft = fileUri('examples/dns-migration-draft.postmortem.md');
const draftText = readFileSync('examples/dns-migration-draft.postmortem.md', 'utf8');
const wiki = fileUri('examples/wiki/edge-cache-overload.wiki');

before(async () => {
  client = await startServer({ settings: { ticketUrl: 'https://phabricator.example.org/{id}' }, rootPath: 'examples' });
  for (const [uri, text] of [[overnight, overnightText], [draft, draftText], [wiki, readFileSync('examples/wiki/edge-cache-overload.wiki', 'utf8')]] as const) {
    const got = client.diagnostics(uri, 1);
    client.open(uri, text);
    await got;
  }
});
after(() => client.stop());

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle));

test('the outline nests sections, fields and timeline entries with their offsets', async () => {
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: overnight } })) as DocumentSymbol[];
  const names = symbols.map((s) => s.name).filter((n) => n !== 'Post-incident review');
  assert.deepEqual(names, ['Issue Summary', 'Timeline', 'Root Cause and Resolution', 'Corrective and Preventative Measures']);
  assert.equal(symbols.find((s) => s.name === 'Timeline')!.children!.length, 6);
  const timeline = symbols.find((s) => s.name === 'Timeline')!;
  const last = timeline.children![timeline.children!.length - 1]!;
  assert.match(last.name, /^02:30 UTC/);
  assert.equal(last.detail, 'T+12h 45m');
  const summary = symbols.find((s) => s.name === 'Issue Summary')!;
  assert.ok(summary.children!.some((c) => c.name.startsWith('Duration')));
});

test('hover on the 02:30 entry of an overnight timeline says T+12h 45m', async () => {
  const line = lineOf(overnightText, '- 02:30 UTC');
  const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: overnight }, position: { line, character: 4 } });
  const value = (h!.contents as MarkupContent).value;
  assert.match(value, /T\+12h 45m/);
  assert.match(value, /UTC: 2024-03-11 02:30/);
});

test('hover past the end of the document, or on an unopened one, answers empty and the server stays up', async () => {
  assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: overnight }, position: { line: 9999, character: 99 } }), null);
  assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } }), null);
  const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: overnight } });
  assert.ok(Array.isArray(symbols) && symbols.length > 0);
});

test('completion at the start of a line offers the missing sections in schema order', async () => {
  const line = lineOf(draftText, '## Resolution') - 1;
  const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draft }, position: { line, character: 0 } })) as CompletionItem[];
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('Root Cause'), labels.join(', '));
  assert.ok(!labels.includes('Timeline'), 'present sections are not offered');
  assert.ok(labels.indexOf('Impact') < labels.indexOf('Root Cause'));
  assert.equal(items.find((i) => i.label === 'Root Cause')!.insertTextFormat, 2);
});

test('quick fixes apply cleanly and the source action adds every missing section', async () => {
  // `before` waited for the draft's first publish; read it rather than wait for another.
  const diags = client.published.filter((p) => p.uri === draft).at(-1)!.diagnostics;
  const missing = diags.find((d) => d.code === 'missing-section')!;
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: draft },
    range: missing.range,
    context: { diagnostics: [missing] },
  })) as CodeAction[];
  const fix = actions.find((a) => a.kind === 'quickfix')!;
  assert.match(fix.title, /Add section "Root Cause"/);
  const fixed = applyEdits(draftText, fix.edit!.changes![draft]!).text;
  assert.match(fixed, /\n## Root Cause\n\nTODO/);
  const all = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: draft },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.addMissingSections'] },
  })) as CodeAction[];
  assert.equal(all.length, 1);
  assert.equal(all[0]!.kind, 'source.addMissingSections');
});

test('ticket ids in action items link through the ticketUrl setting', async () => {
  const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: wiki } });
  assert.deepEqual(links!.map((l) => l.target), [
    'https://phabricator.example.org/T401122',
    'https://phabricator.example.org/T401123',
    'https://phabricator.example.org/T401130',
  ]);
});

test('folding, inlay hints and the code lens come from the same model', async () => {
  const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: overnight } });
  assert.ok(folds!.length >= 4);
  const hints = await client.connection.sendRequest(InlayHintRequest.type, {
    textDocument: { uri: overnight },
    range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
  });
  const labels = hints!.map((h) => String(h.label));
  assert.deepEqual(labels.filter((l) => l.startsWith('+')).slice(0, 2), ['+20m', '+1h 25m'], labels.join(' '));
  const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: overnight } });
  assert.equal(lenses!.length, 2);
  assert.match(lenses![0]!.command!.title, /12h 45m/);
  assert.equal(lenses![1]!.command!.command, 'postmortem.showTimeline');
});

test('the timeline view requests: layout and SVG for a document, and the diagram edit', async () => {
  const drawn = await client.connection.sendRequest<{ version: number; svg: string; layout: { marks: unknown[]; lanes: unknown[] } } | null>('postmortem/timeline', { textDocument: { uri: overnight }, width: 800 });
  assert.ok(drawn);
  assert.equal(drawn.layout.marks.length, 6);
  assert.match(drawn.svg, /^<svg [^>]*width="800"/);
  const edit = await client.connection.sendRequest<{ newText: string } | null>('postmortem/timelineDiagram', { textDocument: { uri: overnight } });
  assert.match(edit!.newText, /^\n\n```mermaid\ngantt\n/);
  assert.equal(await client.connection.sendRequest('postmortem/timeline', { textDocument: { uri: 'file:///not/open.md' } }), null);
});

test('workspace symbols find postmortems by title', async () => {
  const found = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'checkout' });
  assert.ok(Array.isArray(found) && found.some((s) => /Checkout latency/.test(s.name)), JSON.stringify(found));
});

test('clients that pull get pull diagnostics', async () => {
  const puller = await startServer({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } } });
  try {
    puller.open(draft, draftText);
    const report = await puller.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: draft } });
    assert.equal(report.kind, 'full');
    assert.ok((report as { items: { code?: unknown }[] }).items.some((d) => d.code === 'missing-section'));
    assert.equal(puller.published.filter((p) => p.uri === draft).length, 0, 'no pushes to a pulling client');
  } finally {
    await puller.stop();
  }
});
