/**
 * The server under abuse, over stdio: it answers with errors where the protocol says so, stays up,
 * and afterwards reports correct diagnostics for the final text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DocumentSymbolRequest, HoverRequest, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { fileUri, startServer, type TestClient } from './client';
import { parseDocument, runRules } from '../../server/src/service';
import { getPreset } from '../../server/src/service/schema/presets';

const DRAFT = readFileSync('examples/dns-migration-draft.postmortem.md', 'utf8');

/** What the service says about `text`: the server must agree after any abuse. */
function expectedCodes(text: string, uri: string): string[] {
  const schema = getPreset('default')!;
  return runRules(parseDocument(text, schema, uri), schema).map((d) => `${d.range.start.line}:${String(d.code)}`);
}
const codes = (ds: { range: { start: { line: number } }; code?: unknown }[]): string[] => ds.map((d) => `${d.range.start.line}:${String(d.code)}`);

async function stillAlive(client: TestClient, uri: string): Promise<void> {
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.ok(Array.isArray(symbols));
  assert.equal(client.process.exitCode, null, 'server process still running');
}

test('malformed JSON-RPC and unknown methods get errors; the server stays up', async () => {
  const client = await startServer();
  const uri = 'untitled:abuse-1';
  try {
    const opened = client.diagnostics(uri, 1);
    client.open(uri, DRAFT);
    await opened;
    // Not JSON, JSON that is not JSON-RPC, and a header with no body worth reading.
    const bodies = ['{not json at all', '{"jsonrpc":"2.0","id":99}', '[1,2,3]', '{"jsonrpc":"2.0","method":42}'];
    for (const b of bodies) client.process.stdin!.write(`Content-Length: ${Buffer.byteLength(b)}\r\n\r\n${b}`);
    await assert.rejects(client.connection.sendRequest('postmortem/noSuchMethod', {}), (e: { code?: number }) => e.code === -32601);
    await client.connection.sendNotification('postmortem/noSuchNotification', { x: 1 });
    await stillAlive(client, uri);
  } finally {
    await client.stop();
  }
});

test('requests for unopened documents and positions past the end answer empty', async () => {
  const client = await startServer();
  try {
    const nowhere = 'file:///does/not/exist.postmortem.md';
    assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: nowhere } }), []);
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: nowhere }, position: { line: 0, character: 0 } }), null);
    const uri = 'untitled:abuse-2';
    const opened = client.diagnostics(uri, 1);
    client.open(uri, DRAFT);
    await opened;
    for (const position of [{ line: 100000, character: 0 }, { line: 3, character: 100000 }, { line: -1, character: -5 }]) {
      const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }).catch((e: { code?: number }) => e);
      assert.ok(h === null || (typeof h === 'object' && 'code' in h!), JSON.stringify(h));
    }
    await stillAlive(client, uri);
  } finally {
    await client.stop();
  }
});

test('edits outside the document are clamped, and diagnostics match the resulting text', async () => {
  const client = await startServer();
  try {
    const uri = 'untitled:abuse-3';
    const opened = client.diagnostics(uri, 1);
    client.open(uri, '## Summary\n\nShort.\n');
    await opened;
    const done = client.diagnostics(uri, 3);
    client.change(uri, 2, [{ range: { start: { line: 500, character: 0 }, end: { line: 900, character: 4 } }, text: '\n\nTODO appended past the end\n' }]);
    client.change(uri, 3, [{ range: { start: { line: 0, character: 999 }, end: { line: 0, character: 999 } }, text: ' TBD' }]);
    const got = await done;
    const text = '## Summary TBD\n\nShort.\n\n\nTODO appended past the end\n';
    assert.deepEqual(codes(got), expectedCodes(text, uri));
    await stillAlive(client, uri);
  } finally {
    await client.stop();
  }
});

test('a flood of 1,000 changes in one second ends with correct diagnostics for the final text', async () => {
  const client = await startServer({ settings: { debounceMs: 50 } });
  try {
    const uri = 'untitled:abuse-4';
    const opened = client.diagnostics(uri, 1);
    client.open(uri, DRAFT);
    await opened;
    let text = DRAFT;
    const finalVersion = 1001;
    const done = client.diagnostics(uri, finalVersion, 30000);
    const started = Date.now();
    for (let v = 2; v <= finalVersion; v++) {
      // Alternate typing and deleting a character at the start of line 9, then leave a TODO there.
      const insert = v % 2 === 0;
      const ch = v === finalVersion ? 'TODO ' : 'x';
      if (insert || v === finalVersion) {
        client.change(uri, v, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: ch }]);
        const lines = text.split('\n');
        lines[8] = ch + lines[8];
        text = lines.join('\n');
      } else {
        client.change(uri, v, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 1 } }, text: '' }]);
        const lines = text.split('\n');
        lines[8] = lines[8]!.slice(1);
        text = lines.join('\n');
      }
    }
    assert.ok(Date.now() - started < 1000, 'the flood was sent within a second');
    const got = await done;
    assert.deepEqual(codes(got), expectedCodes(text, uri));
    assert.ok(codes(got).includes('8:placeholder'));
    const published = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    assert.deepEqual(published, [...published].sort((a, b) => a - b), 'never a stale version after a newer one');
    await stillAlive(client, uri);
  } finally {
    await client.stop();
  }
});

test('in an untrusted workspace, workspace config files are ignored and the built-in preset applies', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'pm-trust-'));
  writeFileSync(join(dir, '.postmortem.yaml'), 'rules:\n  placeholder: off\n  missing-section: off\n');
  const doc = join(dir, 'pm.md');
  writeFileSync(doc, '## Summary\n\nTODO\n');
  for (const trusted of [true, false]) {
    const client = await startServer({ initializationOptions: { workspaceTrusted: trusted } });
    try {
      const got = client.diagnostics(fileUri(doc), 1);
      client.open(fileUri(doc), '## Summary\n\nTODO\n');
      const c = codes(await got);
      if (trusted) assert.ok(!c.some((x) => x.endsWith('placeholder')), c.join(' '));
      else assert.ok(c.includes('2:placeholder') && c.some((x) => x.endsWith('missing-section')), c.join(' '));
    } finally {
      await client.stop();
    }
  }
});
