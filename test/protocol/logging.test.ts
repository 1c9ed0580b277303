/** Issue 14: the Output channel explains the server: start-up, the schema of each opened document, slow analyses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileUri, startServer } from './client';

test('the server logs its start-up, which config applies to an opened document, and a slow analysis', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-log-'));
  const config = join(dir, '.postmortem.yaml');
  writeFileSync(config, 'extends: google-sre\n');
  const doc = join(dir, 'big.postmortem.md');
  // Big enough that a first analysis takes well over 50 ms on any machine this runs on. No placeholders:
  // 40,000 diagnostics would make the publish, not the analysis, the slow part of the test.
  const text = `## Timeline\n\n${Array.from({ length: 40_000 }, (_, k) => `- ${String(k % 24).padStart(2, '0')}:${String(k % 60).padStart(2, '0')} UTC: step ${k}`).join('\n')}\n`;
  const client = await startServer();
  try {
    const done = client.diagnostics(fileUri(doc), 1, 60_000);
    client.open(fileUri(doc), text);
    await done;
    const logs = client.logs.join('\n');
    assert.match(logs, /^postmortem-language-server \S+ started \(Node v\d+/m);
    assert.ok(logs.split('\n').includes(`opened ${fileUri(doc)}: config file ${config}`), logs);
    const bare = fileUri(join(mkdtempSync(join(tmpdir(), 'pm-log-bare-')), 'x.postmortem.md'));
    const opened = client.diagnostics(bare, 1);
    client.open(bare, '# X\n');
    await opened;
    assert.ok(client.logs.includes(`opened ${bare}: no config file, preset default`), client.logs.join('\n'));
    assert.match(logs, /slow analysis: \S+big\.postmortem\.md v1 took \d+ ms \(\d+ characters, 40003 lines\)/);
  } finally {
    await client.stop();
  }
});
