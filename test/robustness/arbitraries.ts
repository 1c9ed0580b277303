/**
 * Generated inputs for the property tests and `npm run fuzz`: arbitrary text of any Unicode, and
 * the project's own fixture postmortems mutated the way real documents break (lines lost,
 * duplicated or swapped, headings and conflict markers dropped in, odd times and zones, front
 * matter cut short, line endings mixed).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Schema } from '../../server/src/service';
import { getPreset, presetNames } from '../../server/src/service/schema/presets';
import { applyConfig, parseConfig } from '../../server/src/service/schema/config';

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every fixture postmortem and example: test/fixtures/**, examples/**. */
export const FIXTURES: { path: string; text: string }[] = [...walk('test/fixtures'), ...walk('examples')]
  .filter((p) => /\.(md|txt|wiki)$/.test(p))
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** The bundled presets, and the examples' config on top of the default one, by name. */
export const SCHEMAS: Record<string, Schema> = {
  ...Object.fromEntries(presetNames.map((n) => [n, getPreset(n)!])),
  examples: applyConfig(getPreset('default')!, parseConfig(readFileSync('examples/.postmortem.yaml', 'utf8')).patch, 'examples'),
};

/** A schema name (names keep counterexamples short); look it up in `SCHEMAS`. */
export const schemaArb: fc.Arbitrary<string> = fc.constantFrom(...Object.keys(SCHEMAS));

/** Pieces that mean something to the parser, so random text reaches deep paths. */
const TOKENS = [
  '#', '## ', '###### ', '==', '== Timeline ==', '**', '**Duration:**', ':', ' ', '  ', '\t', '|', '| --- |', '-', '- ', '* ', '1. ', '- [ ] ', '- [x] ',
  '>', '> ', '---', '***', '___', '```', '~~~', '<!--', '-->', '<!-- postmortem-disable -->', '<!-- postmortem-disable-next-line placeholder -->',
  '<<<<<<< HEAD', '=======', '>>>>>>> main', 'TODO', 'TBD', '???', '<name>', '[owner]', '@kim', 'owner: kim', 'JIRA-123', 'T12345', '#42',
  'Summary', 'Timeline', 'Root Cause', 'Resolution', 'Action Items', 'Impact', 'Duration', 'Detection', 'Lessons Learned', 'Timeline:', 'Summary:',
  '14:05', '2:05 PM', '23:59:60', '24:00', '99:99', '00:00:00.123', '7am', 'noon', '2024-02-29', '2023-02-29', '2024-13-01', '12/31/2024', 'Jan 2',
  '29th February', 'Monday, ', 'UTC', 'GMT', 'Z', 'PST', 'PDT', 'CEST', 'IST', 'XYZT', '+14:00', '-12:00', '+99:99', 'UTC+5:30', '−03:00',
  'Europe/Berlin', 'America/New_York', 'Mars/Olympus_Mons', '(UTC)', 'All times in PST.', 'T+5m', '1h 30m', '90 minutes', 'P1DT2H', 'PT0S',
  'an hour', 'half an hour', '14:00-16:30', '14:00 – 02:00', 'to', 'until', 'detected', 'mitigated', 'resolved', 'rolled back', 'OUTAGE BEGINS',
  'OUTAGE ENDS', 'all clear', 'constructor:', '__proto__:', 'hasOwnProperty:', 'toString', 'valueOf:', 'constructor', 'â€™', 'Ã©', '\uFFFD', '\uFEFF', '\u2028', '\u00A0', '\0', '\x1b[31m', '\r', '\n', '\r\n', '\n\n',
];

const oddChar: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('\r', '\n', '\r\n', '\t', '\0', '\v', '\f', '\x7f', '\u0085', '\u2028', '\u2029', '\uFEFF', '\uFFFD', '\u200B', '\u202E'),
  // Lone surrogates and astral characters split into halves.
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('😀', '𝔘', '👩‍👩‍👧', '\u{10FFFF}'),
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
);

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: oddChar },
  { weight: 2, arbitrary: fc.stringMatching(/^[0-9:.,\- APMapmUTC+]{1,10}$/) },
  // A long run of one piece: very long lines and deep repetition.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TOKENS, 'x', ' ', '*', '_', '#', '=', '<', ':', '|', '0:'), fc.integer({ min: 50, max: 3000 })).map(([t, n]) => t.replace(/[\r\n]/g, '').repeat(n) || 'x') },
);

/** Arbitrary text: any Unicode (surrogates and astral included), control characters, mixed line breaks, long lines. */
export const arbitraryText: fc.Arbitrary<string> = fc.oneof(
  fc.array(piece, { maxLength: 120 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.array(piece, { maxLength: 10 }).map((a) => a.join('')), { maxLength: 60 }).chain((lines) =>
    fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol))),
);

/** One way a document gets broken; numbers pick lines and columns modulo the document's size. */
type Mutation = (lines: string[]) => string[];

const at = (n: number, lines: readonly string[]): number => (lines.length === 0 ? 0 : n % lines.length);

const HEADING_WRAPS: ((t: string) => string)[] = [
  (t) => `# ${t}`, (t) => `## ${t}`, (t) => `#### ${t}`, (t) => `== ${t} ==`, (t) => `===${t}===`, (t) => `**${t}**`, (t) => `**${t}:**`,
  (t) => `${t}:`, (t) => `${t}\n===`, (t) => `${t}\n---`, (t) => `#${t}`, (t) => `# ${t} #####`,
];
const TIMES = ['14:05', '2:05 PM', '23:59:60', '24:00', '99:99', '00:00', '12:00 AM', '2024-02-29 14:00', '2023-02-29', 'Mar 10, 2024 02:30',
  '2024-03-31 02:30 CEST', '2024-11-03 01:30 America/New_York', '9999-12-31 23:59', '0000-01-01 00:00', '14:00-13:00', '1h', '999999 hours', 'P9999D', 'PT99999H'];
const ZONES = ['UTC', 'PST', 'PDT', 'EST', 'IST', 'CEST', '+14:00', '-12:00', '+23:59', 'UTC-11', 'Z', 'Europe/Berlin', 'Pacific/Kiritimati', 'Foo/Bar', 'ZZZ'];
const INSERTS = ['<<<<<<< HEAD', '=======', '>>>>>>> feature', '---', '```', '~~~', '<!--', '-->', '| a | b |', '|---|---|', '', '- ', '> ', 'title: x', 'date: 2024-01-01',
  // Keys that name Object.prototype members (issue 12): front matter and configs must treat them as plain keys.
  'constructor: x', '__proto__: y', 'hasOwnProperty: z', '  constructor: [a]', '  __proto__: off', 'toString: 1'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (l) => l.filter((_, k) => k !== at(i, l))),
  fc.nat().map((i): Mutation => (l) => (l.length === 0 ? l : [...l.slice(0, at(i, l) + 1), ...l.slice(at(i, l))])),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (l) => {
    const out = [...l];
    if (out.length > 0) [out[at(i, l)], out[at(j, l)]] = [out[at(j, l)]!, out[at(i, l)]!];
    return out;
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...HEADING_WRAPS)).map(([i, wrap]): Mutation => (l) => l.map((x, k) => (k === at(i, l) ? wrap(x.trim() || 'Timeline') : x))),
  fc.tuple(fc.nat(), fc.constantFrom(...INSERTS)).map(([i, ins]): Mutation => (l) => [...l.slice(0, at(i, l)), ins, ...l.slice(at(i, l))]),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...TIMES, ...ZONES), fc.constantFrom('', ' ')).map(([i, c, t, sp]): Mutation => (l) => l.map((x, k) => {
    if (k !== at(i, l)) return x;
    const col = c % (x.length + 1);
    return x.slice(0, col) + sp + t + sp + x.slice(col);
  })),
  // Truncated front matter: the closing fence goes, or the document ends inside it.
  fc.nat().map((i): Mutation => (l) => {
    const close = l.indexOf('---', 1);
    if (l[0] !== '---' || close === -1) return ['---', ...l.slice(0, i % 4)];
    return i % 2 === 0 ? [...l.slice(0, close), ...l.slice(close + 1)] : l.slice(0, 1 + (i % close));
  }),
  fc.tuple(fc.nat(), arbitraryText).map(([i, t]): Mutation => (l) => [...l.slice(0, at(i, l)), t, ...l.slice(at(i, l))]),
  fc.tuple(fc.nat(), fc.nat()).map(([i, c]): Mutation => (l) => l.map((x, k) => (k === at(i, l) ? x.slice(0, c % (x.length + 1)) : x))),
);

/** A fixture with 1 to 8 mutations, joined with \n, \r\n, \r or a mix. */
export const mutatedFixture: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FIXTURES.map((f) => f.text)), fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r', 'mixed'), fc.nat())
  .map(([text, mutations, eol, seed]) => {
    let lines = text.split('\n');
    for (const m of mutations) lines = m(lines);
    if (eol !== 'mixed') return lines.join(eol);
    return lines.map((l, k) => l + (k === lines.length - 1 ? '' : ['\n', '\r\n', '\r'][(seed + k * 7) % 3])).join('');
  });

/** YAML-ish text for the config parser: the presets and example configs, mutated, and arbitrary text. */
export const CONFIGS: string[] = [
  readFileSync('examples/.postmortem.yaml', 'utf8'),
  readFileSync('examples/wiki/.postmortem.yaml', 'utf8'),
  ...walk('server/src/service/schema/presets').map((p) => readFileSync(p, 'utf8')),
];

export const configText: fc.Arbitrary<string> = fc.oneof(
  arbitraryText,
  fc.tuple(fc.constantFrom(...CONFIGS), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([text, ms]) => ms.reduce((l, m) => m(l), text.split('\n')).join('\n')),
);
