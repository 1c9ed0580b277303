/** Diagnostics over the real protocol: the server as a child process, a real JSON-RPC client. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileUri, startServer } from './client';
import { readFixture } from '../unit/fixture';

test('diagnostics for every seed-style fixture match the service', async () => {
  const client = await startServer();
  try {
    for (const name of readdirSync('test/fixtures/styles').filter((n) => !n.endsWith('.json'))) {
      const f = readFixture(join('test/fixtures/styles', name));
      const uri = fileUri(join('test/fixtures/styles', name));
      const got = client.diagnostics(uri, 1);
      client.open(uri, f.text);
      const diags = await got;
      const checked = diags.filter((d) => f.only === null || f.only.has(String(d.code)));
      assert.deepEqual(checked.map((d) => `${d.range.start.line}:${String(d.code)}`).sort(), f.expected, name);
      assert.ok(diags.every((d) => d.source === 'postmortem' && typeof d.message === 'string'));
    }
  } finally {
    await client.stop();
  }
});

test('incremental edits re-validate and the latest version wins', async () => {
  const client = await startServer();
  try {
    const uri = fileUri('examples/checkout-latency.postmortem.md');
    const text = readFileSync('examples/checkout-latency.postmortem.md', 'utf8');
    const first = client.diagnostics(uri, 1);
    client.open(uri, text);
    assert.deepEqual(await first, []);
    // Type "TODO " at the start of line 12, one character at a time, as versions 2..6.
    const later = client.diagnostics(uri, 6);
    'TODO '.split('').forEach((ch, i) => {
      client.change(uri, i + 2, [{ range: { start: { line: 11, character: i }, end: { line: 11, character: i } }, text: ch }]);
    });
    const diags = await later;
    assert.deepEqual(diags.map((d) => `${d.range.start.line}:${d.range.start.character}:${String(d.code)}`), ['11:0:placeholder']);
    // No diagnostics were ever published for a version older than one already published.
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
  } finally {
    await client.stop();
  }
});

/**
 * A folder whose .postmortem.yaml turns placeholder off, and an open clean postmortem in it with
 * one TODO: its first diagnostics are empty only while that config applies.
 */
async function openUnderConfig() {
  const dir = mkdtempSync(join(tmpdir(), 'pm-lsp-'));
  const config = join(dir, '.postmortem.yaml');
  writeFileSync(config, 'rules:\n  placeholder: off\n');
  const doc = join(dir, 'incident.md');
  const text = readFileSync('examples/checkout-latency.postmortem.md', 'utf8').replace('## Resolution\n', '## Resolution\n\nTODO\n');
  writeFileSync(doc, text);
  const client = await startServer();
  const first = client.diagnostics(fileUri(doc), 1);
  client.open(fileUri(doc), text);
  return { config, doc, client, first };
}

test('a config file broken mid-session gives a diagnostic on the config, not a dead server', async () => {
  const { config, doc, client, first } = await openUnderConfig();
  try {
    assert.deepEqual(await first, [], 'placeholder is off by config');
    writeFileSync(config, 'rules:\n  placeholder: [\n');
    const onConfig = client.diagnostics(fileUri(config));
    const onDoc = client.diagnostics(fileUri(doc), 1);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(config), type: 2 }] });
    const configDiags = await onConfig;
    assert.equal(configDiags.length > 0, true);
    assert.ok(configDiags[0]!.range.start.line >= 1, 'at the broken line or after it, not at the top');
    const docDiags = await onDoc;
    assert.deepEqual(docDiags.map((d) => d.code), ['placeholder'], 'falls back to the preset, where placeholder is on');
  } finally {
    await client.stop();
  }
});

test('with a debounce, a burst of edits is validated once, for the last version', async () => {
  const client = await startServer({ settings: { debounceMs: 200 } });
  try {
    const uri = fileUri('examples/checkout-latency.postmortem.md');
    const text = readFileSync('examples/checkout-latency.postmortem.md', 'utf8');
    const opened = client.diagnostics(uri, 1);
    client.open(uri, text);
    await opened;
    const last = client.diagnostics(uri, 11);
    for (let v = 2; v <= 11; v++) {
      client.change(uri, v, [{ range: { start: { line: 11, character: 0 }, end: { line: 11, character: 0 } }, text: v === 11 ? 'TBD ' : 'x' }]);
    }
    const diags = await last;
    assert.deepEqual(diags.map((d) => String(d.code)), ['placeholder']);
    assert.deepEqual(client.published.filter((p) => p.uri === uri).map((p) => p.version), [1, 11], 'nothing for versions 2-10');
  } finally {
    await client.stop();
  }
});

test('an open .postmortem.yaml is itself validated', async () => {
  const client = await startServer();
  try {
    const uri = fileUri('examples/.postmortem.yaml');
    const got = client.diagnostics(uri, 1);
    client.open(uri, 'extends: default\nrulez:\n  placeholder: off\n', 'yaml');
    const diags = await got;
    assert.equal(diags.length, 1);
    assert.equal(diags[0]!.range.start.line, 1);
    assert.match(String(diags[0]!.message), /rulez/);
  } finally {
    await client.stop();
  }
});

test('deleting a config file re-validates the documents it governed', async () => {
  const { config, doc, client, first } = await openUnderConfig();
  try {
    assert.deepEqual(await first, []);
    const { unlinkSync } = await import('node:fs');
    unlinkSync(config);
    const again = client.diagnostics(fileUri(doc), 1);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(config), type: 3 }] });
    assert.deepEqual((await again).map((d) => d.code), ['placeholder']);
  } finally {
    await client.stop();
  }
});

test('a relative postmortem.configFile setting is read from the workspace folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-cfg-'));
  writeFileSync(join(dir, 'team-rules.yaml'), 'rules:\n  placeholder: off\n');
  const doc = join(dir, 'notes', 'incident.md');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(dir, 'notes'));
  const text = readFileSync('examples/checkout-latency.postmortem.md', 'utf8').replace('## Resolution\n', '## Resolution\n\nTODO\n');
  writeFileSync(doc, text);
  const client = await startServer({ settings: { configFile: 'team-rules.yaml' }, rootPath: dir });
  try {
    const got = client.diagnostics(fileUri(doc), 1);
    client.open(fileUri(doc), text);
    assert.deepEqual(await got, [], 'placeholder is off by the configured file');
  } finally {
    await client.stop();
  }
});
