/**
 * Regex safety (issue 7). Every regular expression in server/src/service runs on text a writer
 * (or a stranger's repository) controls, so each must run in linear time on adversarial input.
 *
 * The families, by file, and what drives them here:
 * - parse/blocks.ts: LIST_MARKER, TASK_BOX, TABLE_DELIMITER, the unterminated-front-matter probe
 * - parse/headings.ts: ATX closing `#`s, setext underlines, sentence ends of bold/label headings
 * - parse/suppressions.ts: DIRECTIVE, rule-code list
 * - parse/markers.ts: PLACEHOLDER_WORD, ANGLE_FILL_IN, SQUARE_FILL_IN, code spans, mojibake lead bytes
 * - parse/action-items.ts: MENTION, OWNER_LABEL, TRAILING_BRACKET, NOT_A_NAME, TICKET, NOT_A_TICKET, table headers
 * - parse/scorecard.ts, parse/fields.ts, parse/front-matter.ts: answers, totals, label words
 * - time/clock.ts, dates.ts, zones.ts, durations.ts, reader.ts (sticky CLOCK, ISO, US, DAY_FIRST,
 *   WEEKDAY, MONTH_FIRST, NUMERIC, WORD, IANA, CAP_WORD, ISO duration, PART, JOIN, DATE_TIME_SEP,
 *   TIME_DATE_SEP, RANGE_SEP), milestones.ts (the one `new RegExp`, built from constants),
 *   prose.ts, facts.ts, zone-header.ts, update-log.ts, line-reading.ts
 * - schema/match.ts (normalizeWords), schema/config.ts (ID_PATTERN, extends), schema/yaml-source.ts
 * - features/completion.ts (HEADING_START, FIELD_START, ENTRY_START, CLOCK, front-matter keys),
 *   symbols.ts, workspace-symbols.ts, code-actions.ts (MARKUP_BEFORE/AFTER)
 *
 * Each adversarial alphabet is repeated to n = 20,000 and 80,000 characters and put in every
 * context those patterns read (a heading, a field, a timeline entry, an action item, a table row,
 * front matter, a config id), then analysed, hovered, completed and read by the time reader
 * directly. The min-of-3 time for 4n must stay proportional (scaling.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as features from '../../server/src/service/features';
import { readDuration, readRange, readTimes } from '../../server/src/service/time';
import { normalizeWords } from '../../server/src/service/schema/match';
import { parseConfig } from '../../server/src/service/schema/config';
import { getPreset } from '../../server/src/service/schema/presets';
import { analyze } from './invariants';
import { describe, scaling } from './scaling';

const schema = getPreset('default')!;

/** Units repeated to build the adversarial strings: the worst-case alphabets of the patterns above. */
const ALPHABETS = [
  '0:', '1', '12:00 ', '1.', ' ', '\t', '*', '**', '_', '#', ' #', '=', '<', '<a', '>', '> ', '[', '[a', '(', '(a', ':', '-', '- ', '|', '|-',
  '| -', '`', '@a', ' @a', 'A', 'AB-', 'T1', '#1', 'a-', '?', 'Mon ', 'Jan ', '1st ', 'P1D', 'UTC+', '+1', 'A/', '1 to ', '1 and ', '1 h ',
  'an ', ', and ', 'owner: ', 'Ã', '<!--', '-->', 'times ', '(UTC', 'started at ', 'outage ', 'received an ', 'Posted ', 'a ', '😀', 'was ',
]

function adversarial(unit: string, n: number): string {
  return `${unit.repeat(Math.ceil(n / unit.length))}!`;
}

/** The adversarial string `s` in every place a pattern reads; `lines` says where it sits, for completion and hover. */
function documentWith(s: string): { text: string; lines: number[] } {
  const parts = [
    s,
    `## ${s}`,
    `**${s}**`,
    `== ${s} ==`,
    '## Summary',
    `**Duration:** ${s}`,
    `${s}: ${s}`,
    '## Timeline',
    `All times in ${s}`,
    `- 14:00 ${s}`,
    '## Action Items',
    `- [ ] ${s}`,
    `| ${s} | ${s} |`,
    '| --- | --- |',
    `<!-- postmortem-disable ${s} -->`,
    '## Scorecard',
    `| Was ${s}? | ${s} |`,
  ];
  const lines: number[] = [];
  parts.forEach((p, k) => {
    if (p.includes(s)) lines.push(k + 3);
  });
  return { text: `---\ntitle: ${s}\n---\n${parts.join('\n')}\n`, lines };
}

function exercise(s: string): void {
  const { text, lines } = documentWith(s);
  const a = analyze(text, schema);
  features.documentSymbols(a.doc);
  features.workspaceSymbolEntries(a.doc, a.doc.uri);
  for (const line of lines) {
    const len = a.doc.lines[line]?.text.length ?? 0;
    features.completions(a.doc, schema, { line, character: len });
    features.hover(a.doc, schema, { line, character: len >> 1 }, a.diagnostics);
  }
  const whole = { start: { line: 0, character: 0 }, end: { line: a.doc.lines.length, character: 0 } };
  features.codeActions(a, schema, whole, a.diagnostics);
  readTimes(s, { bare: 'all' });
  readTimes(s);
  readRange(s);
  readDuration(s);
  normalizeWords(s);
  parseConfig(`extends: ${s}\nsections:\n  - id: ${s}\n    title: ${s}\n`);
}

for (const unit of ALPHABETS) {
  test(`linear on ${JSON.stringify(unit)} repeated (n = 20,000 vs 80,000)`, () => {
    const s = scaling((n) => adversarial(unit, n), 20_000, exercise);
    assert.ok(s.ok, describe(s));
  });
}

/** Spaces then a character a class after them rejects: the shape that makes `[ \t]*[\p{L} ]*$` quadratic. */
test('linear on white space followed by a rejected character, at the cursor', () => {
  for (const tail of ['!', '*']) {
    const s = scaling((n) => `${' '.repeat(n)}${tail}`, 20_000, exercise);
    assert.ok(s.ok, `${JSON.stringify(tail)}: ${describe(s)}`);
  }
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('no text from a document or config can become a RegExp: the only constructed pattern is built from constants', () => {
  const dynamic: string[] = [];
  for (const file of sourceFiles('server/src/service')) {
    const src = readFileSync(file, 'utf8');
    if (/\beval\s*\(|new Function\s*\(/.test(src)) assert.fail(`${file} evaluates code`);
    for (const m of src.matchAll(/(?:new\s+)?RegExp\s*\(/g)) dynamic.push(`${file}: ${src.slice(m.index, src.indexOf('\n', m.index))}`);
  }
  assert.deepEqual(dynamic, ["server/src/service/time/milestones.ts: new RegExp(`\\\\b(?:(${START})|(${DETECTED})|(${MITIGATED})|(${RESOLVED})|(${END}))`, 'gi');"]);
});

test('config text that looks like a catastrophic pattern is only ever text', () => {
  const evil = '(a+)+$';
  const config = `sections:\n  - id: extra\n    title: "${evil}"\n    aliases: ["(x|x)*y", "[", "\\\\"]\n    fields:\n      - id: f\n        label: "(.*a){20}"\n`;
  const parsed = parseConfig(config);
  assert.deepEqual(parsed.problems, []);
  const extra = parsed.patch.sections[0]!;
  assert.equal(extra.title, evil);
  // A heading that would take a backtracking engine hours against `(a+)+$` is matched as words.
  const s = scaling((n) => `${'a'.repeat(n)}!`, 20_000, (heading) => normalizeWords(heading));
  assert.ok(s.ok, describe(s));
});
