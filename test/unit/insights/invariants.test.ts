/** The archive insights keep the service's promises: no I/O, and the service only through its entry point. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIRS = ['server/src/insights', 'server/src/render'];
const files = DIRS.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.ts')).map((f) => join(d, f)));

test('insights and render import no I/O, no LSP connection and no vscode', () => {
  const forbidden = /from '(?:node:)?(?:fs|path|child_process|net|http|https|os|worker_threads)'|from 'vscode'|from 'vscode-languageserver(?:\/node)?'|require\(/;
  assert.deepEqual(files.filter((f) => forbidden.test(readFileSync(f, 'utf8'))), []);
});

test('insights reach the service only through server/src/service (its index.ts)', () => {
  const deep = files.filter((f) => /from '\.\.\/service\/[^']+'/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(deep, []);
});
