/** The LSP shell's use of the service: settings problems on the document, workspace symbols with each file's config. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification, HoverRequest, WorkspaceSymbolRequest, type WorkspaceSymbol } from 'vscode-languageserver-protocol/node';
import { startServer } from './client';

const DRAFT = '# Checkout outage\n\nCase number: CASE-77\n\n## Timeline\n\n- 10:00 UTC alerts fire\n';

test('an unknown postmortem.preset setting is shown on the document, once, and the default preset applies', async () => {
  const uri = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'pm-preset-')), 'draft.postmortem.md')).href;
  const client = await startServer({ settings: { preset: 'nonesuch' } });
  try {
    const got = client.diagnostics(uri, 1);
    client.open(uri, DRAFT);
    const diagnostics = await got;
    const config = diagnostics.filter((d) => d.code === 'config');
    assert.equal(config.length, 1, JSON.stringify(diagnostics.map((d) => d.message)));
    assert.match(String(config[0]!.message), /Unknown preset "nonesuch" in the postmortem\.preset setting; using "default"/);
    assert.equal(config[0]!.source, 'postmortem');
    assert.ok(diagnostics.some((d) => d.code === 'missing-section'), 'the default preset still checks the document');
  } finally {
    await client.stop();
  }
});

test('workspace symbols read each postmortem with its own config file, and skip what is not a postmortem', async () => {
  const root = mkdtempSync(join(tmpdir(), 'pm-ws-'));
  mkdirSync(join(root, 'postmortems'));
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'postmortems', '.postmortem.yaml'), 'sections:\n  - id: summary\n    fields:\n      - id: incident-id\n        aliases: [Case number]\n');
  writeFileSync(join(root, 'postmortems', 'checkout.md'), DRAFT);
  writeFileSync(join(root, 'notes', 'checkout.md'), DRAFT.replace('Checkout', 'Notes about checkout'));
  const client = await startServer({ rootPath: root });
  try {
    const found = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'CASE-77' })) as WorkspaceSymbol[];
    assert.deepEqual(found.map((s) => [s.name, s.containerName]), [['Checkout outage', 'CASE-77']]);
  } finally {
    await client.stop();
  }
});

test('a change of postmortem.files reaches workspace symbols and archive insights without a restart', async () => {
  const root = mkdtempSync(join(tmpdir(), 'pm-ws-'));
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'notes', 'checkout.md'), DRAFT);
  const client = await startServer({ rootPath: root });
  try {
    const search = async () => ((await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'checkout' })) as WorkspaceSymbol[]).map((s) => s.name);
    const incidents = async () => ((await client.connection.sendRequest('postmortem/archiveInsights', { today: '2026-01-01' })) as { incidents: unknown[] }).incidents.length;
    assert.deepEqual(await search(), [], 'notes/ is not a postmortems folder');
    assert.equal(await incidents(), 0);
    client.settings.files = ['**/notes/*.md'];
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    // The server asks the client for the new settings; poll until it has them (5 s at most).
    for (let tries = 0; tries < 50 && (await search()).length === 0; tries++) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await search(), ['Checkout outage']);
    assert.equal(await incidents(), 1);
  } finally {
    await client.stop();
  }
});

test('a hover is answered while the archive report over a large workspace is still being read', async () => {
  const root = mkdtempSync(join(tmpdir(), 'pm-ws-'));
  mkdirSync(join(root, 'postmortems'));
  const body = DRAFT + '\n## Root Cause\n\n' + 'The cache stampede followed the deploy. '.repeat(200) + '\n';
  for (let i = 0; i < 800; i++) writeFileSync(join(root, 'postmortems', `pm-${i}.md`), body.replace('Checkout outage', `Outage ${i}`));
  const client = await startServer({ rootPath: root });
  try {
    const uri = pathToFileURL(join(root, 'postmortems', 'pm-0.md')).href;
    const got = client.diagnostics(uri, 1);
    client.open(uri, body);
    await got;
    const order: string[] = [];
    const report = client.connection.sendRequest('postmortem/archiveInsights', { today: '2026-01-01' }).then((r) => {
      order.push('report');
      return r as { incidents: unknown[] };
    });
    const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 3 } }).then((h) => {
      order.push('hover');
      return h;
    });
    assert.ok(await hover, 'the hover has an answer');
    assert.equal((await report).incidents.length, 800);
    assert.deepEqual(order, ['hover', 'report']);
  } finally {
    await client.stop();
  }
});
