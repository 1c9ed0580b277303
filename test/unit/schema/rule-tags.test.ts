/** Rule groups: `rules: { time: off }` in a config or the settings switches a whole group. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyConfig, parseConfig } from '../../../server/src/service/schema/config';
import { getPreset } from '../../../server/src/service/schema/presets';
import { RULE_CODES, RULE_TAGS, TAGS_OF, settingFor } from '../../../server/src/service/schema/rule-codes';
import { analyze } from '../fixture';

// Breaks every time rule and a content rule at once.
const DRAFT = '## Summary\n\nTODO\n\n## Timeline\n\n- 10:00 Alert.\n- 09:00 Earlier.\n- 25:10 Broken.\n';

function codesWith(yaml: string): Set<string> {
  const parsed = parseConfig(yaml);
  assert.deepEqual(parsed.problems, []);
  const schema = applyConfig(getPreset('default')!, parsed.patch, 'test');
  return new Set(analyze(DRAFT, schema).diagnostics.map((d) => String(d.code)));
}

test('every rule belongs to at least one group, and every group has rules', () => {
  for (const code of RULE_CODES) assert.ok(TAGS_OF[code].length > 0, code);
  for (const tag of RULE_TAGS) assert.ok(RULE_CODES.some((c) => TAGS_OF[c].includes(tag)), tag);
});

test('a group set to off silences its rules and no others', () => {
  const all = codesWith('extends: default\n');
  assert.ok(all.has('timeline-order') && all.has('time-unparsed') && all.has('timezone') && all.has('placeholder'), [...all].join(' '));
  const quiet = codesWith('rules:\n  time: off\n');
  for (const code of RULE_CODES.filter((c) => TAGS_OF[c].includes('time'))) assert.ok(!quiet.has(code), code);
  assert.ok(quiet.has('placeholder'));
});

test('a rule\'s own setting wins over its group, wherever it is written', () => {
  for (const yaml of ['rules:\n  time: off\n  timezone: error\n', 'rules:\n  timezone: error\n  time: off\n']) {
    const codes = codesWith(yaml);
    assert.ok(codes.has('timezone') && !codes.has('timeline-order'), yaml);
  }
});

test('of two groups, the one written last wins', () => {
  assert.equal(settingFor({ structure: 'off', 'front-matter': 'warning' }, 'frontmatter-invalid'), 'warning');
  assert.equal(settingFor({ 'front-matter': 'warning', structure: 'off' }, 'frontmatter-invalid'), 'off');
  assert.equal(settingFor({ time: 'off' }, 'placeholder'), undefined);
});

test('an unknown group is a warning with a suggestion, as an unknown rule is', () => {
  const parsed = parseConfig('rules:\n  tme: off\n');
  assert.match(parsed.problems[0]!.message, /unknown rule 'tme'; did you mean 'time'\?/);
});
