/** Rule groups in the editor's settings, and each diagnostic's documentation link, over the protocol. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from './client';

// A folder with no .postmortem.yaml above it: only the settings decide.
const uri = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'pm-groups-')), 'draft.postmortem.md')).href;
const DRAFT = '## Summary\n\nTODO\n\n## Timeline\n\n- 10:00 Alert.\n- 09:00 Earlier.\n';

test('postmortem.rules switches a group off, and a rule named on its own stays on', async () => {
  const client = await startServer({ settings: { rules: { time: 'off', timezone: 'error' } } });
  try {
    const got = client.diagnostics(uri, 1);
    client.open(uri, DRAFT);
    const diagnostics = await got;
    const codes = new Set(diagnostics.map((d) => String(d.code)));
    assert.ok(!codes.has('timeline-order'), [...codes].join(' '));
    assert.ok(codes.has('timezone') && codes.has('placeholder'), [...codes].join(' '));
    assert.equal(diagnostics.find((d) => d.code === 'timezone')!.severity, 1);
    for (const d of diagnostics) assert.match(d.codeDescription?.href ?? '', new RegExp(`/docs/rules\\.md#${String(d.code)}$`));
  } finally {
    await client.stop();
  }
});
