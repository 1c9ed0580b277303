/**
 * Pathological inputs (issue 7): each is analysed whole and must give a sane, bounded result in
 * bounded memory, with cost that grows linearly. No wall-clock limits here; `npm run bench`
 * reports the times. A quadratic path shows up as the n-versus-4n ratio (scaling.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as features from '../../server/src/service/features';
import { parseConfig } from '../../server/src/service/schema/config';
import { getPreset } from '../../server/src/service/schema/presets';
import { analyze, checkRange, lineLengths } from './invariants';
import { PATHOLOGICAL, type PathologicalInput } from './pathological-inputs';
import { describe, heapUsed, scaling } from './scaling';

const schema = getPreset('default')!;
const MB = 1024 * 1024;

/** The analysis of a document holds its text, one small record per line and what rules found. */
function heapBound(text: string): number {
  return 64 * MB + 40 * text.length + 400 * lineLengths(text).length;
}

function checkDocumentResult(p: PathologicalInput, text: string): void {
  const before = heapUsed();
  const a = analyze(text, schema);
  const retained = heapUsed() - before;
  assert.ok(retained < heapBound(text), `${p.name}: the analysis holds ${(retained / MB).toFixed(0)} MB for ${(text.length / MB).toFixed(1)} MB of text`);
  const lengths = lineLengths(text);
  assert.equal(a.doc.lines.length, lengths.length);
  // Diagnostics stay proportional to the document, never to its square.
  assert.ok(a.diagnostics.length <= lengths.length + text.length / 20 + 50, `${p.name}: ${a.diagnostics.length} diagnostics`);
  for (const d of a.diagnostics) checkRange(lengths, d.range, `${p.name}: diagnostic ${String(d.code)}`);
  // The features an editor asks for on open, and at the cursor.
  const last = lengths.length - 1;
  const visible = { start: { line: Math.max(0, last - 60), character: 0 }, end: { line: last, character: lengths[last]! } };
  features.documentSymbols(a.doc);
  features.foldingRanges(a.doc);
  features.codeLenses(a.doc);
  features.inlayHints(a.doc, visible, { timelineOffsets: true, durations: true });
  features.codeActions(a, schema, visible, a.diagnostics);
  features.documentLinks(a.doc, 'https://t.example/{id}');
  for (const p2 of [{ line: 0, character: 0 }, { line: last, character: lengths[last]! }, { line: Math.floor(last / 2), character: Math.floor((lengths[Math.floor(last / 2)] ?? 0) / 2) }]) {
    const h = features.hover(a.doc, schema, p2, a.diagnostics);
    if (h?.range) checkRange(lengths, h.range, `${p.name}: hover`);
    features.completions(a.doc, schema, p2);
  }
  for (const e of a.doc.timeline.entries) assert.ok(Number.isFinite(e.offsetMinutes) && Number.isFinite(e.localMinutes));
}

function checkConfigResult(p: PathologicalInput, text: string): void {
  const parsed = parseConfig(text);
  assert.ok(parsed.problems.length > 0 || parsed.patch.sections.length > 0, `${p.name}: parsed to nothing and said nothing`);
  assert.ok(parsed.problems.length <= 200, `${p.name}: ${parsed.problems.length} problems`);
  const lengths = lineLengths(text);
  for (const pr of parsed.problems) checkRange(lengths, pr.range, `${p.name}: config problem`);
}

for (const p of PATHOLOGICAL) {
  test(`${p.name}: a sane, bounded result`, () => {
    const text = p.make(p.n);
    if (p.config) checkConfigResult(p, text);
    else checkDocumentResult(p, text);
  });
  if (p.linear === false) continue;
  test(`${p.name}: cost grows linearly`, () => {
    const s = scaling(p.make, p.small, (text) => (p.config ? parseConfig(text) : analyze(text, schema)));
    assert.ok(s.ok, `${p.name}: ${describe(s)}`);
  });
}

test('an alias bomb in front matter does not expand', () => {
  const a = analyze(PATHOLOGICAL.find((p) => p.name === 'front matter alias bomb')!.make(9), schema);
  assert.ok(a.diagnostics.some((d) => d.code === 'frontmatter-syntax' || d.code === 'frontmatter-invalid'));
  assert.ok(JSON.stringify(a.doc.frontMatter?.data ?? null).length < 100_000);
});

test('a config alias bomb, a deeply nested config and a 10 MB config are refused with a position', () => {
  const messages = ['config alias bomb', 'config nested 10,000 deep', '10 MB config file'].map((name) => {
    const p = PATHOLOGICAL.find((x) => x.name === name)!;
    // 10,000 levels no longer fit under the 64 KB cap; 5,000 do, and still reach the depth check.
    const n = name === 'config nested 10,000 deep' ? 5_000 : p.n;
    return parseConfig(p.make(n)).problems.map((x) => x.message).join(' | ');
  });
  assert.match(messages[0]!, /alias|unknown key|not a valid config file/);
  assert.match(messages[1]!, /nested too deeply/);
  assert.match(messages[2]!, /too large/);
});
