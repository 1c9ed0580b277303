/** The promises docs/ARCHITECTURE.md makes, checked. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../server/src/service';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

test('no eval or Function constructor anywhere in the server', () => {
  const offenders = sources('server/src').filter((f) => /\beval\(|new Function\(/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
});

test('every rule lives in a file named after its code', () => {
  for (const r of RULES) assert.match(readFileSync(`server/src/service/rules/${r.code}.ts`, 'utf8'), new RegExp(`code: '${r.code}'`));
});

test('docs/rules.md has a section for every rule with its default severity', () => {
  const rulesDoc = readFileSync('docs/rules.md', 'utf8');
  for (const r of RULES) {
    assert.match(rulesDoc, new RegExp(`## ${r.code}\\n\\n\\*\\*Default: ${r.defaultSeverity}\\.\\*\\*`), `docs/rules.md section for ${r.code}`);
  }
});
