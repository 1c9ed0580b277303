/**
 * language-configuration.json (issue 14). Its word pattern decides whether VS Code suggests while
 * typing at all: a pattern with \p{...} but no `u` flag matches no word, so `pm-` snippets only
 * appeared on Ctrl+Space. The onEnter rules continue a list after Enter.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

interface OnEnterRule {
  beforeText: string;
  action: { indent: string; appendText?: string };
}
const config = JSON.parse(readFileSync('language-configuration.json', 'utf8')) as {
  wordPattern: { pattern: string; flags: string };
  onEnterRules: OnEnterRule[];
};

test('the word pattern is a Unicode pattern, and a snippet prefix is one word', () => {
  const { pattern, flags } = config.wordPattern;
  assert.match(flags, /u/);
  const words = (text: string) => text.match(new RegExp(pattern, flags)) ?? [];
  assert.deepEqual(words('pm-s'), ['pm-s']);
  assert.deepEqual(words('Zürich déjà-vu 14:05'), ['Zürich', 'déjà-vu', '14', '05']);
  assert.deepEqual(words('- item'), ['item'], 'a list marker is not a word');
});

/** What VS Code appends after Enter at the end of `line`: the first rule whose beforeText matches. */
function continuation(line: string): string | undefined {
  const rule = config.onEnterRules.find((r) => new RegExp(r.beforeText).test(line));
  return rule?.action.appendText;
}

test('Enter at the end of a list item starts the next one; an empty item ends the list', () => {
  assert.equal(continuation('- 14:05 UTC: alert fired'), '- ');
  assert.equal(continuation('  * nested item'), '* ');
  assert.equal(continuation('+ plus item'), '+ ');
  assert.equal(continuation('- [x] Rotate the certificate (owner: @kim)'), '- [ ] ');
  assert.equal(continuation('- '), undefined);
  assert.equal(continuation('**Duration:** 2 hours'), undefined);
  assert.equal(continuation('Plain prose.'), undefined);
  for (const r of config.onEnterRules) assert.equal(r.action.indent, 'none', 'the indentation of the item is kept');
});
