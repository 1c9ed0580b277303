/** --fail-on and --max-warnings, and the exit codes the README documents. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, tempDir } from './lint';

const CLEAN = 'examples/checkout-latency.postmortem.md';

/** A complete postmortem with exactly `n` placeholder warnings and no errors. */
function withWarnings(n: number): string {
  const dir = tempDir();
  const text = readFileSync(CLEAN, 'utf8').replace('## Resolution\n', `## Resolution\n\n${'TBD\n\n'.repeat(n)}`);
  writeFileSync(join(dir, 'pm.md'), text);
  const warnings = (JSON.parse(lint(['--format', 'json', dir]).stdout) as Array<{ diagnostics: Array<{ severity: string }> }>)[0]!.diagnostics;
  assert.equal(warnings.length, n, 'the fixture has exactly the warnings it means to');
  assert.ok(warnings.every((d) => d.severity === 'warning'));
  return dir;
}

test('warnings alone exit 0 by default', () => {
  assert.equal(lint([withWarnings(2)]).code, 0);
});

test('--fail-on warning makes any warning exit 1; --fail-on error is the default', () => {
  const dir = withWarnings(1);
  assert.equal(lint(['--fail-on', 'warning', dir]).code, 1);
  assert.equal(lint(['--fail-on=error', dir]).code, 0);
  assert.equal(lint(['--fail-on', 'warning', CLEAN]).code, 0);
});

test('--max-warnings N exits 1 only with more than N warnings', () => {
  const dir = withWarnings(2);
  assert.equal(lint(['--max-warnings', '2', dir]).code, 0);
  assert.equal(lint(['--max-warnings', '1', dir]).code, 1);
  assert.equal(lint(['--max-warnings=0', dir]).code, 1);
});

test('errors exit 1 whatever the fail level', () => {
  assert.equal(lint(['--max-warnings', '100', 'examples/dns-migration-draft.postmortem.md']).code, 1);
});

test('bad fail-level values are usage problems (exit 2)', () => {
  for (const args of [['--fail-on', 'info', CLEAN], ['--max-warnings', '-1', CLEAN], ['--max-warnings', 'many', CLEAN]]) {
    const r = lint(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});
