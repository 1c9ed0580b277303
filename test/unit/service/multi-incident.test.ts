/** A report that covers several incidents: each gets its own window, the report none of its own. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../fixture';

test('each incident of a multi-incident report has its own duration, and its labels are not duplicates', () => {
  const text = readFileSync('test/fixtures/styles/multi-incident.md', 'utf8');
  const { doc, diagnostics } = analyze(text);
  assert.deepEqual(doc.incident.parts.map((p) => p.durationMinutes), [18, 29]);
  assert.equal(doc.incident.durationMinutes, null, 'no single duration across the whole report');
  assert.deepEqual(diagnostics.map((d) => String(d.code)), [], 'no duplicate Root Cause, no owner asked of completed or tracked items');
});
