import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig, type ConfigProblem } from '../../../server/src/service/schema/config';

/** "line:col severity message", 1-based like the CLI, so expectations read like editor output. */
function show(problems: ConfigProblem[]): string[] {
  return problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.severity} ${p.message}`);
}

const GOOD = `extends: google-sre          # a preset name, or a path to another config
rules:
  placeholder: off
  action-owner: error
sections:
  - id: customer-comms
    title: Customer Communication
    aliases: [Comms, Messaging]
    required: true
    fields:
      - id: channel
        label: Channel
        required: true
  - id: timeline
    position: 5
frontmatter:
  required: [title, date, severity]
  values: { severity: [SEV1, SEV2, SEV3, SEV4], level: [1, 2] }
`;

test('the config from the issue parses cleanly', () => {
  const c = parseConfig(GOOD);
  assert.deepEqual(c.problems, []);
  assert.equal(c.extends?.value, 'google-sre');
  assert.equal(c.extends?.kind, 'preset');
  assert.deepEqual(c.extends?.range, { start: { line: 0, character: 9 }, end: { line: 0, character: 19 } });
  assert.deepEqual(c.patch.rules, { placeholder: 'off', 'action-owner': 'error' });
  assert.deepEqual(c.patch.sections, [
    {
      id: 'customer-comms',
      title: 'Customer Communication',
      aliases: ['Comms', 'Messaging'],
      required: true,
      fields: [{ id: 'channel', label: 'Channel', required: true }],
    },
    { id: 'timeline', position: 5 },
  ]);
  assert.deepEqual(c.patch.frontmatter, {
    required: ['title', 'date', 'severity'],
    values: { severity: ['SEV1', 'SEV2', 'SEV3', 'SEV4'], level: ['1', '2'] },
  });
});

test('empty and comment-only files are fine', () => {
  assert.deepEqual(parseConfig('').problems, []);
  assert.deepEqual(parseConfig('# nothing yet\n').problems, []);
});

test('extends with a path', () => {
  const c = parseConfig('extends: ../team/.postmortem.yaml\n');
  assert.deepEqual(c.extends?.kind, 'path');
  assert.equal(c.extends?.value, '../team/.postmortem.yaml');
});

test('unknown keys are warnings at the key, with a suggestion', () => {
  const c = parseConfig('sectons:\n  - id: summary\nrules:\n  placeholdr: off\nsections:\n  - id: summary\n    titel: Synopsis\n');
  assert.deepEqual(show(c.problems), [
    "1:1 warning unknown key 'sectons'; did you mean 'sections'?",
    "4:3 warning unknown rule 'placeholdr'; did you mean 'placeholder'?",
    "7:5 warning unknown key 'titel'; did you mean 'title'?",
  ]);
  assert.deepEqual(c.patch.sections, [{ id: 'summary' }]);
});

test('wrong types are errors at the value', () => {
  const text = [
    'rules:',
    '  placeholder: loud',
    '  timezone: info',
    'sections:',
    '  - id: Customer_Comms',
    '  - id: impact',
    '    required: yes',
    '    position: first',
    '    aliases: Comms',
    '    fields: {id: x}',
    '  - title: No Id',
    'frontmatter:',
    '  required: [title, {a: 1}]',
    '',
  ].join('\n');
  assert.deepEqual(show(parseConfig(text).problems), [
    '2:16 error rule \'placeholder\' should be one of error, warning, information, hint, off',
    "3:13 error rule 'timezone' should be one of error, warning, information, hint, off; did you mean 'information'?",
    "5:9 error id 'Customer_Comms' should be kebab-case, like 'action-items'",
    "7:15 error 'required' should be true or false",
    "8:15 error 'position' should be a number",
    "9:14 error 'aliases' should be a list, like [a, b]",
    "10:13 error 'fields' should be a list",
    "11:5 error section needs an 'id'",
    "13:21 error 'required' should be a list of text",
  ]);
});

test('a missing value points just after its key', () => {
  assert.deepEqual(show(parseConfig('sections:\n  - id: summary\n    title:\n').problems), ["3:11 error 'title' should be text"]);
});

test('the top level must be a mapping', () => {
  assert.deepEqual(show(parseConfig('- a\n- b\n').problems), ['1:1 error the config file should be a mapping of keys to values']);
});

test('an unknown preset is an error with a suggestion, and is not followed', () => {
  const c = parseConfig('extends: googlesre\n');
  assert.equal(c.extends, null);
  assert.match(show(c.problems)[0]!, /^1:10 error unknown preset 'googlesre'; did you mean 'google-sre'\?/);
});

test('YAML syntax errors keep the parser position, and nothing else is applied', () => {
  const c = parseConfig('extends: wikimedia\nrules:\n\tplaceholder: off\n');
  // The words never quote the file: a config path may name a private file (issue 12).
  assert.deepEqual(show(c.problems), ['3:1 error not a valid config file: a tab used as indentation']);
  assert.deepEqual(c.patch.rules, {});
  assert.equal(c.extends, null);
  assert.deepEqual(show(parseConfig('rules:\n  placeholder: "off\n').problems), ['3:1 error not a valid config file: a missing comma, colon, closing bracket or quote']);
});

test('duplicate keys are reported where the second one is', () => {
  const c = parseConfig('rules:\n  placeholder: off\nrules:\n  scorecard: off\n');
  assert.deepEqual(show(c.problems).map((s) => s.slice(0, 9)), ['3:1 error']);
});

test('a section listed twice is a warning', () => {
  const c = parseConfig('sections:\n  - id: impact\n  - id: impact\n    required: true\n');
  assert.deepEqual(show(c.problems), ["3:5 warning 'impact' is listed twice in 'sections'; the later entry's keys override the earlier one's"]);
  assert.equal(c.patch.sections.length, 2);
});

test('rules accept false for off', () => {
  assert.deepEqual(parseConfig('rules:\n  encoding: false\n').patch.rules, { encoding: 'off' });
});

test('aliases inside the config are followed', () => {
  const c = parseConfig('frontmatter:\n  required: &keys [title, date]\n  values:\n    title: *keys\n');
  assert.deepEqual(c.problems, []);
  assert.deepEqual(c.patch.frontmatter.values, { title: ['title', 'date'] });
});

test('an alias bomb is cut off with a problem, quickly', () => {
  const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  const names = 'bcdefghijk';
  for (let i = 0; i < names.length; i++) {
    const prev = i === 0 ? 'a' : names[i - 1];
    lines.push(`${names[i]}: &${names[i]} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`);
  }
  const list = Array.from({ length: 200 }, () => '*k').join(', ');
  lines.push(`frontmatter:\n  values:\n    severity: [${list}]`);
  const started = Date.now();
  const c = parseConfig(lines.join('\n'));
  assert.ok(Date.now() - started < 1000);
  assert.ok(c.problems.some((p) => /too many aliases/.test(p.message)), show(c.problems).join('\n'));
});

test('deep nesting is refused before the YAML parser sees it', () => {
  const flow = 'rules: ' + '['.repeat(20000) + ']'.repeat(20000);
  assert.deepEqual(show(parseConfig(flow).problems), ['1:40 error config file is nested too deeply']);
  const block = Array.from({ length: 200 }, (_, i) => ' '.repeat(i) + 'k:').join('\n');
  assert.match(show(parseConfig(block).problems)[0]!, /nested too deeply/);
  const compact = 'sections:\n' + '- '.repeat(20000) + 'x\n';
  assert.match(show(parseConfig(compact).problems)[0]!, /^2:1 error config file is nested too deeply/);
});

test('brackets inside quotes and comments do not count as nesting', () => {
  const text = `sections:\n  - id: a\n    title: "${'['.repeat(100)}"  # ${'{'.repeat(100)}\n`;
  assert.deepEqual(parseConfig(text).problems, []);
});

test('a huge file is refused', () => {
  assert.match(parseConfig('# ' + 'x'.repeat(300 * 1024)).problems[0]!.message, /too large/);
});

test('parseConfig never throws, whatever it is given', () => {
  const samples = ['\0\0', '{', ']', '*x', '&a b: *a', '!!js/function "x"', 'a: !!binary zzz', '? [a]\n: b', '%YAML 9.9\n---\na: 1', '---\na: 1\n---\nb: 2'];
  for (const s of samples) {
    const c = parseConfig(s);
    assert.ok(Array.isArray(c.problems), s);
  }
});
