/**
 * Issue 12, the protocol misused: edits past the end of the document, quick fixes asked for with
 * stale diagnostics, completion past the end of a line, and settings for documents already closed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionRequest, CompletionRequest, DocumentSymbolRequest, type CodeAction, type CompletionItem, type Diagnostic, type DocumentSymbol, type TextEdit } from 'vscode-languageserver-protocol/node';
import { startServer } from '../protocol/client';
import { parseDocument, runRules } from '../../server/src/service';
import { getPreset } from '../../server/src/service/schema/presets';
import { createSettingsCache } from '../../server/src/lsp/settings-cache';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

const schema = getPreset('default')!;
const codes = (ds: Diagnostic[]): string[] => ds.map((d) => `${d.range.start.line}:${String(d.code)}`);
const expected = (text: string, uri: string): string[] => codes(runRules(parseDocument(text, schema, uri), schema));

test('an edit past the end is clamped, and later edits land where they should', async () => {
  const client = await startServer();
  try {
    const uri = 'untitled:hostile-1';
    const logged: string[] = [];
    client.connection.onNotification('window/logMessage', (p: { message: string }) => void logged.push(p.message));
    const opened = client.diagnostics(uri, 1);
    client.open(uri, '## Summary\n\nShort.\n');
    await opened;
    const done = client.diagnostics(uri, 4);
    client.change(uri, 2, [{ range: { start: { line: 7, character: 3 }, end: { line: 9, character: 0 } }, text: 'TODO one\nTODO two\n' }]);
    // Before the fix these landed in a text whose line offsets were wrong, and the text doubled.
    client.change(uri, 3, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } }, text: 'TBD' }]);
    client.change(uri, 4, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: 'The ' }]);
    const text = '## The Summary\n\nShort.\nTBD one\nTODO two\n';
    assert.deepEqual(codes(await done), expected(text, uri));
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['The Summary']);
    assert.ok(logged.some((m) => /didChange for untitled:hostile-1 v2: range .* lies outside the document; clamped to/.test(m)), logged.join('\n'));
  } finally {
    await client.stop();
  }
});

test('an edit with a range that is not made of numbers marks the document lost until it is reopened', async () => {
  const client = await startServer();
  try {
    const uri = 'untitled:hostile-2';
    const opened = client.diagnostics(uri, 1);
    client.open(uri, '## Summary\n\nTODO\n');
    assert.ok((await opened).length > 0);
    const cleared = client.diagnostics(uri);
    client.change(uri, 2, [{ range: { start: { line: 1.5, character: 0 }, end: { line: 1.5, character: 0 } }, text: 'x' }]);
    assert.deepEqual(await cleared, []);
    assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), []);
    client.close(uri);
    const again = client.diagnostics(uri, 1);
    client.open(uri, '## Summary\n\nTODO\n');
    assert.deepEqual(codes(await again), expected('## Summary\n\nTODO\n', uri));
  } finally {
    await client.stop();
  }
});

const CONFLICT = '## Summary\n\n<<<<<<< HEAD\nOurs.\n=======\nTheirs.\n>>>>>>> main\n';

test('a quick fix asked for with stale diagnostics never deletes the sentence now on that line', async () => {
  const client = await startServer();
  try {
    const uri = 'untitled:hostile-3';
    const opened = client.diagnostics(uri, 1);
    client.open(uri, CONFLICT);
    const stale = (await opened).filter((d) => d.code === 'merge-conflict');
    assert.ok(stale.length > 0);
    const moved = client.diagnostics(uri, 2);
    client.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'A sentence the writer typed.\n' }]);
    const fresh = (await moved).filter((d) => d.code === 'merge-conflict');
    const whole = { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } };
    const ask = (diagnostics: Diagnostic[]) =>
      client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: whole, context: { diagnostics, only: ['quickfix'] } }) as Promise<CodeAction[]>;
    assert.deepEqual(await ask(stale), [], 'fixes for diagnostics that are no longer there');
    const edits = (await ask(fresh)).flatMap((a) => a.edit!.changes![uri]! as TextEdit[]);
    assert.ok(edits.length > 0);
    // Every deletion starts on a marker line of the current text.
    const lines = `${CONFLICT.slice(0, 12)}A sentence the writer typed.\n${CONFLICT.slice(12)}`.split('\n');
    for (const e of edits) assert.match(lines[e.range.start.line]!, /^(<<<<<<<|=======|>>>>>>>)/, JSON.stringify(e));
  } finally {
    await client.stop();
  }
});

test('completion past the end of a line answers with edits inside the line', async () => {
  const client = await startServer();
  try {
    const uri = 'untitled:hostile-4';
    const opened = client.diagnostics(uri, 1);
    client.open(uri, '## Summary\n\n\n');
    await opened;
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 40 } })) as CompletionItem[];
    assert.ok(items.length > 0);
    for (const item of items) {
      const range = (item.textEdit as TextEdit | undefined)?.range;
      if (range) assert.deepEqual([range.end.line, range.end.character], [2, 0], item.label);
    }
  } finally {
    await client.stop();
  }
});

test('settings that arrive after their document was closed are not kept', async () => {
  let open = true;
  let reply: (v: typeof DEFAULT_SETTINGS) => void = () => {};
  const cache = createSettingsCache({
    fetch: () => new Promise((res) => (reply = res)),
    isOpen: () => open,
    fallback: () => DEFAULT_SETTINGS,
    log: () => {},
  });
  const pending = cache.get('file:///closed.md');
  open = false;
  reply({ ...DEFAULT_SETTINGS, debounceMs: 7 });
  assert.equal((await pending).debounceMs, 7, 'the reply is still used once');
  assert.equal(cache.size, 0);
  open = true;
  await Promise.all([cache.get('file:///open.md'), (reply({ ...DEFAULT_SETTINGS }), Promise.resolve())]);
  assert.equal(cache.size, 1);
});
