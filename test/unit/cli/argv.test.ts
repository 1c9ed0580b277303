import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArgv, text, texts, flag, UsageError } from '../../../server/src/cli/argv';
import { parseArgs } from '../../../server/src/cli/args';
import { parseArchiveArgs } from '../../../server/src/cli/archive-args';

const SPECS = { format: { type: 'string' as const }, fix: { type: 'boolean' as const }, files: { type: 'string' as const, multiple: true }, output: { type: 'string' as const, short: 'o' } };

test('values as Node reads them: inline, repeated, short, and paths after --', () => {
  const a = readArgv(['--format=json', '--files', 'a/**', '--files', 'b/**', '-o', 'out.md', 'p', '--', '--odd-name.md'], SPECS, '(see --help)');
  assert.equal(text(a, 'format'), 'json');
  assert.deepEqual(texts(a, 'files'), ['a/**', 'b/**']);
  assert.equal(text(a, 'output'), 'out.md');
  assert.equal(flag(a, 'fix'), false);
  assert.deepEqual(a.positionals, ['p', '--odd-name.md']);
});

test('every mistake is one line naming the option', () => {
  const message = (argv: string[]): string => {
    try {
      readArgv(argv, SPECS, '(see --help)');
    } catch (e) {
      assert.ok(e instanceof UsageError);
      return e.message;
    }
    return 'no error';
  };
  assert.equal(message(['--nope']), "unknown option '--nope' (see --help)");
  assert.equal(message(['--format']), 'option --format needs a value');
  assert.equal(message(['--format=']), 'option --format needs a value');
  assert.equal(message(['-o']), 'option --output needs a value');
  assert.equal(message(['--fix=yes']), 'option --fix takes no value');
  assert.equal(message(['--files', '']), 'option --files needs a value');
});

test('the commands check what each value may be', () => {
  assert.throws(() => parseArgs(['--format', 'xml', 'x']), /unknown format 'xml'/);
  assert.throws(() => parseArgs(['--max-warnings', '-1', 'x']), /needs a value|whole number/);
  assert.deepEqual(parseArgs(['--fail-on=warning', '--files', 'pm/**', 'docs']).failOn, 'warning');
  assert.throws(() => parseArchiveArgs(['--since', '2025-02-30', 'x']), /needs a date as YYYY-MM-DD/);
  assert.equal(parseArchiveArgs(['-o', 'r.html', '--format', 'html', 'x']).out, 'r.html');
});

test('--jobs never starts more threads than files, nor more than 64', async () => {
  const { workerCount } = await import('../../../server/src/cli/archive-workers');
  assert.equal(workerCount(1, 100_000), 1);
  assert.equal(workerCount(10, 3), 3);
  assert.equal(workerCount(100_000, 500), 64);
  assert.equal(workerCount(0, 4), 1);
});
