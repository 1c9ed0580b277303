import { test } from 'node:test';
import assert from 'node:assert/strict';
import { incidentSummary, missingSections, templateText } from '../../../server/src/service/features';
import { applyEdits } from '../../../server/src/service/edits/apply';
import { analyze, schemaNamed } from '../fixture';
import { isAlternative } from '../../../server/src/service/schema/alternatives';

test('a new postmortem from a preset has every section of that preset, and the date', () => {
  for (const preset of ['default', 'google-sre', 'wikimedia', 'pagerduty']) {
    const schema = schemaNamed(preset);
    const text = templateText(schema, '2026-11-20');
    assert.match(text, /^---\ntitle: TODO: incident title\ndate: 2026-11-20\n/);
    const { doc, diagnostics } = analyze(text, schema);
    const ids = new Set(doc.sections.flatMap((s) => s.ids));
    for (const s of schema.sections) assert.ok(ids.has(s.id) || isAlternative(s), `${preset}: ${s.id}`);
    // Every section is there; the template's TODOs still fail until someone writes them.
    const missingOrTwice = diagnostics.filter((d) => (d.code === 'missing-section' && !/only placeholder text/.test(String(d.message))) || d.code === 'duplicate-section');
    assert.deepEqual(missingOrTwice.map((d) => d.message), [], preset);
  }
});

test('missing sections come in schema order, and each edit adds exactly that section', () => {
  const schema = schemaNamed();
  const text = '## Summary\n\nIt broke.\n\n## Resolution\n\nWe fixed it.\n';
  const { doc } = analyze(text, schema);
  const missing = missingSections(doc, schema);
  assert.deepEqual(missing.map((m) => m.id), schema.sections.map((s) => s.id).filter((id) => id !== 'summary' && id !== 'resolution'));
  const timeline = missing.find((m) => m.id === 'timeline')!;
  const after = applyEdits(text, [timeline.edit]).text;
  assert.match(after, /It broke\.\n\n## Timeline\n\n[\s\S]*\n\n## Resolution\n/);
});

test('the incident summary gives the duration and window', () => {
  const { doc } = analyze('## Timeline\n\nAll times in UTC on 2025-01-02.\n\n- 10:00 Alert.\n- 11:30 Resolved.\n');
  assert.deepEqual(incidentSummary(doc), { durationMinutes: 90, start: '2025-01-02T10:00:00.000Z', end: '2025-01-02T11:30:00.000Z', entries: 2 });
});
