/**
 * The CI report formats, each read back by a parser for the format (not compared as strings):
 * GitHub workflow commands, JUnit XML, GitLab Code Quality JSON; plus SARIF's helpUri.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lint, tempDir } from './lint';
import { RULE_CODES } from '../../../server/src/service/schema/rule-codes';

const DRAFT = 'examples/dns-migration-draft.postmortem.md';
const CLEAN = 'examples/checkout-latency.postmortem.md';
const DOCS = /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/main\/docs\/rules\.md#([a-z-]+)$/;

/** Parses a workflow command the way the Actions runner does: `::name k=v,k=v::data`, %XX-decoded. */
function parseCommand(line: string): { command: string; props: Record<string, string>; data: string } {
  const m = /^::([a-z]+) ([^:]*)::(.*)$/.exec(line);
  assert.ok(m, `not a workflow command: ${line}`);
  const decode = (s: string): string => s.replace(/%(25|0D|0A|3A|2C)/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const props: Record<string, string> = {};
  for (const kv of m[2]!.split(',')) {
    const eq = kv.indexOf('=');
    props[kv.slice(0, eq)] = decode(kv.slice(eq + 1));
  }
  return { command: m[1]!, props, data: decode(m[3]!) };
}

function diagnosticsOf(path: string): Array<{ code: string; severity: string; message: string; line: number; column: number }> {
  return (JSON.parse(lint(['--format', 'json', path]).stdout) as Array<{ diagnostics: [] }>)[0]!.diagnostics;
}

test('github: one workflow command per problem, with file, line, column, title and severity', () => {
  const r = lint(['--format', 'github', DRAFT]);
  assert.equal(r.code, 1);
  const expected = diagnosticsOf(DRAFT);
  const commands = r.stdout.trim().split('\n').map(parseCommand);
  assert.equal(commands.length, expected.length);
  commands.forEach((c, i) => {
    const d = expected[i]!;
    assert.equal(c.command, d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice');
    assert.equal(c.props.file, DRAFT);
    assert.equal(Number(c.props.line), d.line);
    assert.equal(Number(c.props.col), d.column);
    assert.equal(c.props.title, `postmortem ${d.code}`);
    assert.ok(c.data.startsWith(d.message), c.data);
  });
});

test('github: commas, colons, percent signs and line breaks survive the runner\'s decoding', () => {
  const dir = tempDir();
  const file = join(dir, 'odd, name: 100%.md');
  writeFileSync(file, '## Summary\n\nTODO: 100% of it,\nstill broken\n');
  const commands = lint(['--format', 'github', file]).stdout.trim().split('\n').map(parseCommand);
  assert.ok(commands.length > 0);
  for (const c of commands) assert.equal(c.props.file, file);
});

test('junit: well-formed XML with one suite per file and one failure per problem', () => {
  const r = lint(['--format', 'junit', DRAFT, CLEAN]);
  assert.equal(XMLValidator.validate(r.stdout), true);
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(r.stdout);
  const suites = xml.testsuites.testsuite as Array<{ name: string; tests: string; failures: string; testcase: Array<{ failure?: { message: string; type: string } }> }>;
  const draft = suites.find((s) => s.name === DRAFT)!;
  const clean = suites.find((s) => s.name === CLEAN)!;
  const expected = diagnosticsOf(DRAFT);
  assert.equal(Number(draft.failures), expected.length);
  assert.equal(draft.testcase.length, expected.length);
  assert.deepEqual(draft.testcase.map((c) => c.failure!.message), expected.map((d) => d.message));
  assert.equal(Number(clean.failures), 0);
  assert.equal(clean.testcase.length, 1, 'a clean file is one passing test');
  assert.equal(clean.testcase[0]!.failure, undefined);
  assert.equal(Number(xml.testsuites.tests), expected.length + 1);
});

test('junit: markup and control characters in a message cannot break the XML', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a&b.md'), '## Summary\n\n<fill in> & "TODO" \u0001\n');
  const r = lint(['--format', 'junit', dir]);
  assert.equal(XMLValidator.validate(r.stdout), true, r.stdout);
});

/** The fields GitLab requires of each Code Quality issue (docs.gitlab.com, "Code Quality report format"). */
function assertCodeQualityIssue(i: Record<string, any>): void {
  assert.equal(typeof i.description, 'string');
  assert.equal(typeof i.check_name, 'string');
  assert.match(i.fingerprint, /^[0-9a-f]{64}$/);
  assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(i.severity), i.severity);
  assert.equal(typeof i.location.path, 'string');
  assert.ok(Number.isInteger(i.location.lines.begin) && i.location.lines.begin >= 1);
}

test('codequality: GitLab issues with unique fingerprints that survive edits above a problem', () => {
  const r = lint(['--format', 'codequality', DRAFT]);
  const issues = JSON.parse(r.stdout) as Array<Record<string, any>>;
  assert.ok(Array.isArray(issues) && issues.length === diagnosticsOf(DRAFT).length);
  issues.forEach(assertCodeQualityIssue);
  assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'fingerprints are unique');
  assert.equal(lint(['--format', 'codequality', DRAFT]).stdout, r.stdout, 'stable across runs');
  const dir = tempDir();
  const text = '## Summary\n\nTODO\n\nTODO\n';
  writeFileSync(join(dir, 'pm.md'), text);
  const before = JSON.parse(lint(['--format', 'codequality', join(dir, 'pm.md')], dir).stdout) as Array<{ fingerprint: string; check_name: string }>;
  writeFileSync(join(dir, 'pm.md'), text.replace('## Summary\n', '## Summary\n\nA new paragraph.\n'));
  const after = JSON.parse(lint(['--format', 'codequality', join(dir, 'pm.md')], dir).stdout) as Array<{ fingerprint: string; check_name: string }>;
  const fp = (l: typeof before): string[] => l.filter((i) => i.check_name === 'placeholder').map((i) => i.fingerprint);
  assert.equal(fp(before).length, 2);
  assert.deepEqual(fp(after), fp(before));
});

test('codequality: a clean run is an empty array, which GitLab accepts', () => {
  assert.deepEqual(JSON.parse(lint(['--format', 'codequality', CLEAN]).stdout), []);
});

test('sarif: every rule has a helpUri to its section of docs/rules.md', () => {
  const log = JSON.parse(lint(['--format', 'sarif', DRAFT]).stdout);
  const rules = log.runs[0].tool.driver.rules as Array<{ id: string; helpUri?: string }>;
  for (const code of RULE_CODES) {
    const rule = rules.find((r) => r.id === code);
    assert.ok(rule?.helpUri, code);
    assert.equal(DOCS.exec(rule.helpUri)?.[1], code);
  }
});
