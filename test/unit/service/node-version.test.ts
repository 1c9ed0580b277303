/**
 * One Node version everywhere: package.json's engines, the README, .ci/run and every locked
 * dependency (npm ci warns about any that wants a newer Node, as @vscode/test-electron 3 did).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** The oldest Node the checkout is developed and tested on: Node 20, at the release its tools need. */
const OLDEST = [20, 18, 1] as const;

type Version = readonly [number, number, number];
const parse = (v: string): Version => {
  const [a = 0, b = 0, c = 0] = v.replace(/\.\*|\.x/g, '').split('.').map(Number);
  return [a, b, c];
};
const cmp = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Enough of npm's range syntax for the engines fields in the lockfile; anything else fails loudly. */
function comparatorAccepts(c: string, v: Version): boolean {
  const m = /^(>=|<=|>|<|\^|~)?\s*(\d+(?:\.(?:\d+|\*|x))*)$/.exec(c);
  if (c === '*') return true;
  assert.ok(m, `a range form this test does not read: '${c}'`);
  const [op = '', bound] = [m[1], parse(m[2]!)];
  const parts = m[2]!.replace(/\.\*|\.x/g, '').split('.').length;
  const d = cmp(v, bound);
  if (op === '>=') return d >= 0;
  if (op === '>') return d > 0;
  if (op === '<=') return d <= 0;
  if (op === '<') return d < 0;
  if (op === '^') return d >= 0 && v[0] === bound[0];
  if (op === '~') return d >= 0 && v[0] === bound[0] && v[1] === bound[1];
  return v.slice(0, parts).every((x, i) => x === bound[i]);
}

function rangeAccepts(range: string, v: Version): boolean {
  return range.split('||').some((set) => set.trim().replace(/(>=|<=|>|<)\s+/g, '$1').split(/\s+/).every((c) => comparatorAccepts(c, v)));
}

test('every locked dependency runs on the oldest Node we support', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { engines?: { node?: string } }> };
  const refused = Object.entries(lock.packages)
    .filter(([, p]) => p.engines?.node && !rangeAccepts(p.engines.node, OLDEST))
    .map(([name, p]) => `${name} wants node ${p.engines!.node}`);
  assert.deepEqual(refused, []);
  assert.equal(rangeAccepts('>=22', OLDEST), false, 'the check can refuse');
});

test('package.json, the README and .ci/run name the same Node', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
  assert.equal(pkg.engines.node, '>=20');
  assert.match(readFileSync('README.md', 'utf8'), /Node\.js 20\.18\.1 or later/);
  assert.match(readFileSync('.ci/run', 'utf8'), /20\.18\.1/);
});
