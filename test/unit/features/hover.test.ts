import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { hover, ruleDescription } from '../../../server/src/service/features';
import { atCursor, fixtureText, mark } from './load';
import { schemaNamed } from '../fixture';
import { formatDuration } from '../../../server/src/service/time';

function hoverText(marked: string): string | null {
  const a = atCursor(marked);
  const h: Hover | null = hover(a.doc, schemaNamed(), a.position, a.diagnostics);
  return h ? (h.contents as MarkupContent).value : null;
}

test('seed-002 style: the 02:30 entry after midnight is T+12h 45m, resolved', () => {
  const text = hoverText(mark(fixtureText('overnight.txt'), '02:30 UTC: Checkout', 2));
  assert.equal(text, [
    '**02:30 UTC** · T+12h 45m',
    '',
    '- UTC: 2024-03-11 02:30',
    '- Since incident start: T+12h 45m',
    '- Since previous entry: +4h 50m',
    '- Phase: recovering',
  ].join('\n'));
});

test('phases follow the detected, mitigated and resolved milestones, as the timeline view draws them', () => {
  const md = fixtureText('markdown-style.md');
  const phase = (needle: string): string | undefined => /Phase: (.*)/.exec(hoverText(mark(md, needle)) ?? '')?.[1];
  assert.equal(phase('14:00 UTC:** Indexer'), 'detecting');
  assert.equal(phase('14:35 UTC'), 'mitigating');
  assert.equal(phase('15:10 UTC'), 'recovering');
  assert.equal(phase('16:30 UTC:** Backlog'), 'recovering');
  assert.match(hoverText(mark(md, '14:35 UTC'))!, /Since incident start: T\+35m\n- Since previous entry: \+20m/);
  assert.match(hoverText(mark(md, '14:00 UTC:** Indexer'))!, /Since previous entry: none \(first entry\)/);
});

test('an entry in another zone shows its instant in UTC and in the written zone', () => {
  const doc = ['---', 'date: 2024-06-01', '---', '', '## Timeline', '', '- 09:00 PDT: Replica lag alert fired.', '- $$CURSOR$$09:20 PDT: Failed over to the standby.', ''].join('\n');
  const text = hoverText(doc)!;
  assert.match(text, /- UTC: 2024-06-01 16:20\n- PDT \(UTC-07:00\): 2024-06-01 09:20/);
  assert.match(text, /Since previous entry: \+20m/);
});

test('a newest-first log counts from its earliest entry and steps back in time', () => {
  const text = hoverText(mark(fixtureText('update-log.txt'), 'Mar 3, 2023 - 17:05'))!;
  assert.match(text, /Since incident start: T\+4h 45m/);
  assert.match(text, /Since previous entry: \+4h 45m/);
  // The entry that marks mitigation ends the mitigating phase, as the timeline view colours it.
  assert.match(text, /Phase: mitigating/);
});

test('a Duration range shows its length and whether the timeline agrees', () => {
  const md = fixtureText('markdown-style.md');
  assert.equal(hoverText(mark(md, 'Duration:** September')), '**Duration**: 2h 30m\n\nThe timeline agrees: it runs 2h 30m.');
  const longer = md.replace('14:00 - 16:30 UTC', '14:00 - 19:30 UTC');
  assert.equal(hoverText(mark(longer, '19:30 UTC')), '**Duration**: 5h 30m\n\nThe timeline disagrees: it runs 2h 30m.');
});

test('a section heading says what the schema expects there', () => {
  const md = fixtureText('markdown-style.md');
  const summary = hoverText(mark(md, 'Summary\n\nSearch'))!;
  assert.match(summary, /^\*\*Summary\*\* \(required\)\n\nA short account of what happened/);
  assert.match(summary, /Required fields: Duration, Impact, Root Cause$/);
  assert.match(hoverText(mark(md, '## Resolution'))!, /^\*\*Resolution\*\* \(required\)\n\nWhat stopped the impact/);
  const both = hoverText(mark(fixtureText('overnight.txt'), 'Root Cause and Resolution:'))!;
  assert.match(both, /\*\*Root Cause\*\* \(required\)[^]*---[^]*\*\*Resolution\*\* \(required\)/);
});

test('a rule code in a suppression comment shows the rule description', () => {
  const text = hoverText(mark(fixtureText('markdown-style.md'), 'placeholder -->', 3));
  assert.equal(text, `**placeholder**: ${ruleDescription('placeholder')}`);
  assert.ok(ruleDescription('placeholder')!.length > 10);
  assert.equal(hoverText('<!-- postmortem-disable no-such-$$CURSOR$$rule -->\n'), 'Unknown rule `no-such-rule`.');
});

test('a time range in prose shows its length; plain prose has no hover', () => {
  const doc = ['## Impact', '', 'Errors came in two bursts, 07:02 - 07:08 PST and 23:50 - 00:$$CURSOR$$20 PST.', ''].join('\n');
  assert.equal(hoverText(doc), '**23:50 - 00:20 PST**: 30m');
  assert.equal(hoverText(mark(fixtureText('markdown-style.md'), 'rolled the migration back')), null);
});

// Speed is measured by `npm run bench`; this checks that hover stays right deep in a long timeline.
test('hover anywhere in a 10,000-entry timeline names that entry', () => {
  const lines = ['## Summary', '', '**Duration:** 7 days', '', '## Timeline', '', 'All times in UTC.', ''];
  for (let k = 0; k < 10_000; k++) {
    const m = k * 1;
    lines.push(`- ${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')} UTC: step ${k} of the recovery`);
  }
  const a = atCursor(`${lines.join('\n')}\n$$CURSOR$$`);
  const schema = schemaNamed();
  for (let k = 0; k < 500; k++) {
    const step = (k * 37) % 10_000;
    const h = hover(a.doc, schema, { line: 8 + step, character: 4 }, a.diagnostics);
    assert.ok(h, `no hover on entry ${step}`);
    assert.match(JSON.stringify(h.contents), new RegExp(`T\\+${formatDuration(step)}\\b`));
  }
});

test('the Duration hover reads the verdict from this version\'s diagnostics, and gives none when the rule is off or suppressed', () => {
  const md = fixtureText('markdown-style.md');
  const longer = mark(md.replace('14:00 - 16:30 UTC', '14:00 - 19:30 UTC'), '19:30 UTC');
  const base = schemaNamed();
  const off = { ...base, rules: { ...base.rules, 'duration-mismatch': 'off' as const } };
  const a = atCursor(longer, off);
  const text = (hover(a.doc, off, a.position, a.diagnostics)!.contents as MarkupContent).value;
  assert.equal(text, '**Duration**: 5h 30m\n\nThe timeline runs 2h 30m.');
  const suppressed = atCursor(longer.replace('**Duration:**', '<!-- postmortem-disable-next-line duration-mismatch -->\n**Duration:**'));
  assert.match((hover(suppressed.doc, base, suppressed.position, suppressed.diagnostics)!.contents as MarkupContent).value, /The timeline runs 2h 30m\.$/);
});
