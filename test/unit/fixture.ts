/**
 * Fixtures carry their expectations inline, like markdownlint's test files:
 *
 *   ## Timeline <!-- expect: timezone -->        a diagnostic with this code on this line
 *   <!-- check: timezone placeholder -->         (last line) compare only these codes
 *
 * The markers are removed before the text is analysed; lines keep their numbers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createLanguageService, type Analysis, type Schema } from '../../server/src/service';
import { getPreset } from '../../server/src/service/schema/presets';
import { applyConfig, parseConfig } from '../../server/src/service/schema/config';

export interface Fixture {
  path: string;
  text: string;
  /** `line:code`, 0-based lines, sorted. */
  expected: string[];
  /** Codes to compare, or null for all. */
  only: Set<string> | null;
  /** The default preset, with `<name>.config.yaml` beside the fixture applied when there is one. */
  schema: Schema;
}

const EXPECT = /[ \t]*<!-- expect: ([^>]*?) -->/;
const CHECK = /^<!-- check: ([^>]*?) -->[ \t]*$/;

export function readFixture(path: string): Fixture {
  const raw = readFileSync(path, 'utf8');
  const lines = raw.split('\n');
  const expected: string[] = [];
  let only: Set<string> | null = null;
  const out = lines.map((line, i) => {
    const c = CHECK.exec(line);
    if (c) {
      only = new Set(c[1]!.split(/\s+/).filter(Boolean));
      return '';
    }
    const m = EXPECT.exec(line);
    if (!m) return line;
    for (const code of m[1]!.split(/\s+/).filter(Boolean)) expected.push(`${i}:${code}`);
    return line.slice(0, m.index) + line.slice(m.index + m[0].length);
  });
  return { path, text: out.join('\n'), expected: expected.sort(), only, schema: fixtureSchema(path) };
}

function fixtureSchema(path: string): Schema {
  const configPath = path.replace(/\.[a-z]+$/, '.config.yaml');
  if (!existsSync(configPath)) return schemaNamed();
  const parsed = parseConfig(readFileSync(configPath, 'utf8'));
  if (parsed.problems.length > 0) throw new Error(`${configPath}: ${parsed.problems[0]!.message}`);
  return applyConfig(schemaNamed(), parsed.patch, configPath);
}

/** The schema the next analysis reads; each call names its own. */
let current: Schema | undefined;
const service = createLanguageService({ schemaFor: () => current ?? schemaNamed() });

export function schemaNamed(name = 'default'): Schema {
  const s = getPreset(name);
  if (!s) throw new Error(`no preset ${name}`);
  return s;
}

let version = 0;
export function analyze(text: string, schema: Schema = schemaNamed()): Analysis {
  current = schema;
  version++;
  return service.analyze({ uri: `file:///fixture-${version}.md`, version, getText: () => text });
}

/** The diagnostics as `line:code`, sorted, restricted to `only` when given. */
export function actual(a: Analysis, only: Set<string> | null): string[] {
  return a.diagnostics
    .filter((d) => only === null || only.has(String(d.code)))
    .map((d) => `${d.range.start.line}:${String(d.code)}`)
    .sort();
}
