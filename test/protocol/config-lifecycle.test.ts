/**
 * Issue 14: diagnostics on `.postmortem.yaml` stay true. An open config file is checked on open and
 * on every change; a fixed or deleted config file leaves nothing behind, in pull mode too (VS Code
 * pulls postmortem diagnostics, but config-file problems are always pushed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileUri, startServer } from './client';

const whole = (text: string) => [{ text }];

test('an open config file is re-checked on every change, and an extends path that leads nowhere is shown', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-cfg-open-'));
  const uri = fileUri(join(dir, '.postmortem.yaml'));
  const client = await startServer();
  try {
    let next = client.diagnostics(uri, 1);
    client.open(uri, 'rules:\n  placeholder: of\n', 'yaml');
    const broken = await next;
    assert.equal(broken.length, 1);
    assert.equal(broken[0]!.range.start.line, 1);
    next = client.diagnostics(uri, 2);
    client.change(uri, 2, whole('rules:\n  placeholder: off\n'));
    assert.deepEqual(await next, [], 'the fixed line loses its error before any save');
    next = client.diagnostics(uri, 3);
    client.change(uri, 3, whole('extends: ./base.yaml\n'));
    const ext = await next;
    assert.equal(ext.length, 1);
    assert.match(String(ext[0]!.message), /cannot read config file .*base\.yaml/);
    const closed = client.diagnostics(uri);
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual(await closed, [], 'closed, and no postmortem found problems in it');
  } finally {
    await client.stop();
  }
});

test('pull mode: a config fixed on disk, then deleted, leaves no problems on it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-cfg-pull-'));
  const config = join(dir, '.postmortem.yaml');
  writeFileSync(config, 'rules:\n  placeholder: of\n');
  const doc = join(dir, 'incident.postmortem.md');
  writeFileSync(doc, '# Incident\n\n## Summary\n\nTODO\n');
  const client = await startServer({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: false } } });
  try {
    let onConfig = client.diagnostics(fileUri(config));
    client.open(fileUri(doc), '# Incident\n\n## Summary\n\nTODO\n');
    assert.equal((await onConfig).length, 1, 'found while loading the postmortem\'s schema');
    writeFileSync(config, 'rules:\n  placeholder: off\n');
    onConfig = client.diagnostics(fileUri(config));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(config), type: 2 }] });
    assert.deepEqual(await onConfig, [], 'fixed on disk: the stale error goes');
    writeFileSync(config, 'extends: ./nowhere.yaml\n');
    onConfig = client.diagnostics(fileUri(config));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(config), type: 2 }] });
    assert.equal((await onConfig).length, 1, 'a new bad extends is shown without a restart');
    unlinkSync(config);
    onConfig = client.diagnostics(fileUri(config));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(config), type: 3 }] });
    assert.deepEqual(await onConfig, [], 'deleted: nothing left in Problems');
  } finally {
    await client.stop();
  }
});

test('a config file deleted while open in the editor loses its problems until it is edited again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-cfg-del-'));
  const config = join(dir, '.postmortem.yaml');
  writeFileSync(config, 'rules:\n  placeholder: of\n');
  const uri = fileUri(config);
  const client = await startServer();
  try {
    let next = client.diagnostics(uri, 1);
    client.open(uri, 'rules:\n  placeholder: of\n', 'yaml');
    assert.equal((await next).length, 1);
    unlinkSync(config);
    next = client.diagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    assert.deepEqual(await next, []);
    // Everything the deletion triggered has been handled once a later document has its diagnostics.
    const doc = fileUri(join(dir, 'later.postmortem.md'));
    const later = client.diagnostics(doc, 1);
    client.open(doc, '# Later\n');
    await later;
    const last = client.published.filter((p) => p.uri === uri).at(-1);
    assert.deepEqual(last?.diagnostics, [], 'the open editor text did not bring the problems back');
    next = client.diagnostics(uri, 2);
    client.change(uri, 2, whole('rules:\n  placeholder: offf\n'));
    assert.equal((await next).length, 1, 'edited again: checked again');
  } finally {
    await client.stop();
  }
});

test('the server itself offers completion and hover in a .postmortem.yaml', async () => {
  const uri = fileUri(join(mkdtempSync(join(tmpdir(), 'pm-cfg-edit-')), '.postmortem.yaml'));
  const client = await startServer();
  try {
    const opened = client.diagnostics(uri, 1);
    client.open(uri, 'extends: \nrules:\n  placeholder: off\n', 'yaml');
    await opened;
    const list = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 9 } })) as Array<{ label: string }>;
    assert.deepEqual(list.map((c) => c.label), ['default', 'google-sre', 'wikimedia', 'pagerduty']);
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /^\*\*placeholder\*\*: Leftover TODO/);
  } finally {
    await client.stop();
  }
});

test('closing a broken config file keeps the problems the postmortems it governs found in it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-cfg-close-'));
  const config = join(dir, '.postmortem.yaml');
  writeFileSync(config, 'rules:\n  placeholder: of\n');
  const doc = fileUri(join(dir, 'incident.postmortem.md'));
  const client = await startServer();
  try {
    let onConfig = client.diagnostics(fileUri(config));
    client.open(doc, '# Incident\n');
    assert.equal((await onConfig).length, 1);
    onConfig = client.diagnostics(fileUri(config), 1);
    client.open(fileUri(config), 'rules:\n  placeholder: of\n', 'yaml');
    await onConfig;
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fileUri(config) } });
    const later = fileUri(join(dir, 'later.postmortem.md'));
    const done = client.diagnostics(later, 1);
    client.open(later, '# Later\n');
    await done;
    const last = client.published.filter((p) => p.uri === fileUri(config)).at(-1);
    assert.equal(last?.diagnostics.length, 1, 'still shown while a postmortem it governs is open');
  } finally {
    await client.stop();
  }
});
