/** `postmortem-lint timeline FILE --format ...` against the built dist/cli.js. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { lint, tempDir } from './lint';

const FIXTURE = 'test/fixtures/features/markdown-style.md';

test('svg: one standalone, well-formed SVG with its stylesheet and a mark per entry', () => {
  const r = lint(['timeline', FIXTURE]);
  assert.equal(r.code, 0, r.stderr);
  const svg = new XMLParser({ ignoreAttributes: false }).parse(r.stdout).svg;
  assert.equal(svg['@_xmlns'], 'http://www.w3.org/2000/svg');
  assert.match(r.stdout, /<style>[^<]*\.pm-timeline/);
  assert.equal((r.stdout.match(/<g class="mark[ "]/g) ?? []).length, 5);
  assert.doesNotMatch(r.stdout, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/, 'no remote resource');
});

test('mermaid: a fenced gantt block', () => {
  const r = lint(['timeline', FIXTURE, '--format', 'mermaid']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^```mermaid\ngantt\n/);
  assert.equal((r.stdout.match(/: milestone,/g) ?? []).length, 5);
});

test('csv: a header and one RFC 4180 row per entry, quoted where it must be', () => {
  const dir = tempDir();
  const file = join(dir, 'pm.md');
  writeFileSync(file, '## Timeline\n\nAll times UTC on 2025-03-01.\n\n- 10:00 Alert "disk full", paged on-call\n- 10:30 =SUM(A1) cleared\n');
  const r = lint(['timeline', file, '--format=csv']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\r\n');
  assert.equal(lines[0], 'utc,local,offset_minutes,phase,text,line,lane,problem');
  assert.equal(lines[1], '2025-03-01 10:00 UTC,2025-03-01 10:00 UTC,0,impact,"Alert ""disk full"", paged on-call",5,Incident,');
  assert.equal(lines[2], "2025-03-01 10:30 UTC,2025-03-01 10:30 UTC,30,impact,'=SUM(A1) cleared,6,Incident,");
  assert.equal(lines[3], '');
  assert.equal(lines.length, 4);
});

test('json: entries, phases and metrics in minutes', () => {
  const r = lint(['timeline', FIXTURE, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const data = JSON.parse(r.stdout);
  assert.equal(data.entries.length, 5);
  assert.deepEqual(data.metrics.map((m: { name: string; minutes: number }) => `${m.name} ${m.minutes}`), ['TTD 15', 'TTM 70', 'TTR 150']);
  assert.deepEqual(data.phases.map((p: { phase: string }) => p.phase), ['impact', 'detecting', 'mitigating', 'recovering']);
});

test('bad input: one message with a position or the reason, exit 2, nothing on stdout', () => {
  const dir = tempDir();
  const empty = join(dir, 'none.md');
  writeFileSync(empty, '# Title\n\n## Timeline\n\nWe will write this up.\n');
  const cases: [string[], RegExp][] = [
    [['timeline', empty], /none\.md:3:1: the timeline section has no entries with a time/],
    [['timeline', join(dir, 'missing.md')], /cannot read/],
    [['timeline', FIXTURE, '--format', 'png'], /unknown format 'png' \(use svg, mermaid, csv, json\)/],
    [['timeline'], /no FILE given/],
    [['timeline', FIXTURE, FIXTURE], /one FILE only/],
    [['timeline', FIXTURE, '--width', '12'], /--width must be/],
  ];
  for (const [args, message] of cases) {
    const r = lint(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});
