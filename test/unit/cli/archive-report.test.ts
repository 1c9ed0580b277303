/**
 * `postmortem-lint report` as a user runs it, over the examples and the insights fixtures, in
 * every format: the HTML read back by a real HTML parser, the JSON checked against its schema.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import Ajv from 'ajv';
import { lint, tempDir } from './lint';
import reportSchema from '../../../server/schemas/report.schema.json';

type Node = DefaultTreeAdapterMap['node'];
const FIXTURES = 'test/fixtures/insights';
const AS_OF = ['--as-of', '2025-12-31'];

function report(args: string[]): { code: number | null; stdout: string; stderr: string } {
  return lint(['report', ...AS_OF, ...args]);
}

function validate(json: unknown): void {
  const check = new Ajv({ allErrors: true, strict: true }).compile(reportSchema);
  assert.ok(check(json), JSON.stringify(check.errors, null, 2));
}

/** Every element and attribute of a parsed document. */
function* elements(node: Node): Generator<{ tag: string; attrs: { name: string; value: string }[] }> {
  if ('tagName' in node) yield { tag: node.tagName, attrs: node.attrs };
  const kids = 'childNodes' in node ? node.childNodes : [];
  for (const k of kids) yield* elements(k);
  if ('content' in node && node.content) yield* elements(node.content as Node);
}

for (const path of ['examples', FIXTURES]) {
  test(`json over ${path} matches server/schemas/report.schema.json`, () => {
    const r = report(['--format', 'json', path]);
    assert.equal(r.code, 0, r.stderr);
    validate(JSON.parse(r.stdout));
  });

  test(`html over ${path} is one self-contained, well-formed file`, () => {
    const r = report(['--format', 'html', path]);
    assert.equal(r.code, 0, r.stderr);
    const errors: string[] = [];
    const doc = parse(r.stdout, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
    assert.deepEqual(errors, []);
    const tags = new Set<string>();
    for (const { tag, attrs } of elements(doc)) {
      tags.add(tag);
      assert.ok(!['script', 'link', 'iframe', 'img', 'object', 'embed'].includes(tag), `<${tag}> in the report`);
      for (const a of attrs) {
        if (!['href', 'src', 'xlink:href', 'action'].includes(a.name)) continue;
        assert.doesNotMatch(a.value, /^([a-z][a-z0-9+.-]*:|\/\/)/i, `${tag} ${a.name}="${a.value}" points outside the archive`);
      }
    }
    assert.ok(tags.has('svg') && tags.has('table') && tags.has('style'), [...tags].join(' '));
    assert.doesNotMatch(r.stdout, /url\(|@import/, 'CSS must not load anything');
  });

  test(`md over ${path} has every part of the report`, () => {
    const r = report(['--format', 'md', path]);
    assert.equal(r.code, 0, r.stderr);
    for (const h of ['## Incidents', '## Distributions by severity', '## By quarter', '## Open action items', '## Repeats within 90 days']) assert.ok(r.stdout.includes(h), h);
  });
}

test('the hand-computed numbers reach every format', () => {
  const json = JSON.parse(report(['--format', 'json', FIXTURES]).stdout);
  const sev2 = json.groups.find((g: { group: string }) => g.group === 'SEV2');
  assert.deepEqual(sev2.stats.duration, { n: 5, median: 60, p90: 120, tooFew: false });
  const md = report([FIXTURES]).stdout;
  assert.match(md, /\| SEV2 \| 5 \| 1h 00m \/ 2h 00m \(n=5\) \| 10m \/ 30m \(n=5\) \|/);
  assert.match(md, /\| SEV1 \| 1 \| n=1, too few to show a trend \|/);
  const html = report(['--format', 'html', FIXTURES]).stdout;
  assert.match(html, /<td>SEV2<\/td><td>5<\/td><td>1h 00m \/ 2h 00m \(n=5\)<\/td>/);
  assert.match(html, /href="test\/fixtures\/insights\/inc-02\.md#L8" data-file="test\/fixtures\/insights\/inc-02\.md" data-line="7"/);
});

test('worker threads give the same report as one thread', () => {
  const one = report(['--format', 'json', '--jobs', '1', FIXTURES, 'examples']);
  const three = report(['--format', 'json', '--jobs', '3', FIXTURES, 'examples']);
  assert.equal(three.code, 0, three.stderr);
  assert.equal(three.stdout, one.stdout);
});

test('-o writes the file, with links relative to where it is written', () => {
  const out = join(tempDir(), 'sub', 'report.md');
  const r = report(['-o', out, FIXTURES]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(readFileSync(out, 'utf8'), /\]\(<\.\.\/.*test\/fixtures\/insights\/inc-01\.md#L8>\)/);
});

test('bad input: one clear line and exit 2', () => {
  const cases: [string[], RegExp][] = [
    [['--format', 'pdf', FIXTURES], /unknown --format value 'pdf' \(use md, html, json\)/],
    [['--since', '2025-02-30', FIXTURES], /--since needs a date as YYYY-MM-DD, not '2025-02-30'/],
    [['--group-by', 'team', FIXTURES], /unknown --group-by value 'team'/],
    [['--window', 'soon', FIXTURES], /--window needs a whole number/],
    [['no-such-folder'], /cannot read 'no-such-folder': no such file or folder/],
    [[], /no PATH given/],
    [['--bogus', FIXTURES], /unknown option '--bogus' for report/],
    [[join(FIXTURES, 'none.md')], /cannot read/],
  ];
  for (const [args, message] of cases) {
    const r = report(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
  const empty = tempDir();
  const r = report([empty]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no postmortems/);
});

test('what a postmortem writes stays text in the HTML: a title or owner cannot add markup', () => {
  const dir = tempDir();
  const hostile = '<img src=x onerror=alert(1)></style><script>alert(2)</script>';
  writeFileSync(join(dir, 'a.md'), `---\ntitle: "${hostile}"\ndate: 2025-01-02\nseverity: "${hostile}"\n---\n\n# T\n\n## Action Items\n\n- [ ] Fix it (owner: ${hostile})\n`);
  const r = report(['--format', 'html', dir]);
  assert.equal(r.code, 0, r.stderr);
  const tags = new Set([...elements(parse(r.stdout))].map((e) => e.tag));
  assert.ok(!tags.has('img') && !tags.has('script'), [...tags].join(' '));
  assert.ok(r.stdout.includes('&lt;img src=x onerror=alert(1)&gt;'));
});
