/** YAML front matter, parsed with the `yaml` package so every error keeps its line and column. */
import { isMap, isScalar } from 'yaml';
import type { Draft, Field, FrontMatter, FrontMatterEntry, LineInfo, Range } from '../model';
import type { Schema } from '../schema/types';
import { matchFieldId } from '../schema/match';
import { positionFinder } from '../text-positions';
import { findExcessNesting, parseUntrusted } from '../schema/yaml-source';

/** Aliases past this count are an alias bomb, not a postmortem. */
const MAX_ALIASES = 50;
/**
 * Front matter is a handful of keys. Past these limits it is not read at all, so a hostile
 * document costs one pass over its lines, however many keys it holds.
 */
export const MAX_FRONT_MATTER_LENGTH = 64 * 1024;
export const MAX_FRONT_MATTER_LINES = 1000;

/**
 * The last front matter read, by its source. Typing in the body leaves the front matter as it was,
 * and parsing YAML costs more than the rest of a 100 KB document's structure. The model is
 * read-only, so versions may share it. `source` is built by `join`, so it holds no document text.
 */
let lastRead: { source: string; fm: FrontMatter } | null = null;

export function readFrontMatter(lines: readonly LineInfo[]): FrontMatter | null {
  if (lines[0]?.kind !== 'front-matter') return null;
  let last = 0;
  while (last + 1 < lines.length && lines[last + 1]!.kind === 'front-matter') last++;
  // Counted before anything is joined or parsed: front matter past the limits costs one pass.
  if (tooLarge(lines, last)) return refused(lines, last, `too large to read (over ${MAX_FRONT_MATTER_LINES} lines or ${MAX_FRONT_MATTER_LENGTH / 1024} KB)`);
  const source = lines.slice(0, last + 1).map((l) => l.text).join('\n');
  if (lastRead?.source === source) return lastRead.fm;
  const fm = parseFrontMatter(lines, last);
  lastRead = { source, fm };
  return fm;
}

function tooLarge(lines: readonly LineInfo[], last: number): boolean {
  if (last > MAX_FRONT_MATTER_LINES + 1) return true;
  let length = 0;
  for (let i = 1; i <= last; i++) length += lines[i]!.text.length + 1;
  return length > MAX_FRONT_MATTER_LENGTH + 1;
}

function emptyFrontMatter(lines: readonly LineInfo[], last: number): Draft<FrontMatter> {
  const closing = lines[last]!.text.trimEnd();
  return {
    range: { start: { line: 0, character: 0 }, end: { line: last, character: lines[last]!.text.length } },
    data: undefined,
    entries: [],
    errors: [],
    unterminated: last === 0 || (closing !== '---' && closing !== '...'),
  };
}

/** Front matter reported at its first body line and not read. */
function refused(lines: readonly LineInfo[], last: number, message: string): Draft<FrontMatter> {
  const fm = emptyFrontMatter(lines, last);
  fm.errors.push({ message, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } } });
  return fm;
}

function parseFrontMatter(lines: readonly LineInfo[], last: number): Draft<FrontMatter> {
  const fm = emptyFrontMatter(lines, last);
  const bodyEnd = fm.unterminated ? last : last - 1;
  const body = lines.slice(1, bodyEnd + 1).map((l) => l.text).join('\n');
  // Our own line starts: yaml's LineCounter only knows the lines its lexer reached, so an error
  // range past the point where parsing stopped would land beyond the end of its line.
  const pos = positionFinder(body);
  const toRange = (r: readonly number[] | undefined): Range => {
    const [a = 0, b = a] = r ?? [];
    return { start: pos(a), end: pos(b) };
  };
  // The yaml package slows down, then overflows its stack, on text nested thousands deep.
  const deep = findExcessNesting(body);
  if (deep >= 0) {
    fm.errors.push({ message: 'front matter is nested too deeply', range: toRange([deep, deep]) });
    shift(fm, 1);
    return fm;
  }
  try {
    const doc = parseUntrusted(body);
    for (const e of doc.errors) fm.errors.push({ message: firstLine(e.message), range: toRange(e.pos) });
    if (doc.errors.length === 0) {
      fm.data = doc.toJS({ maxAliasCount: MAX_ALIASES });
      if (isMap(doc.contents)) {
        for (const pair of doc.contents.items) {
          if (!isScalar(pair.key)) continue;
          const entry: FrontMatterEntry = {
            key: String(pair.key.value),
            value: isScalar(pair.value) ? pair.value.value : (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null,
            keyRange: toRange(pair.key.range ?? undefined),
            valueRange: toRange((pair.value as { range?: number[] } | null)?.range ?? pair.key.range ?? undefined),
          };
          fm.entries.push(entry);
        }
      }
    }
  } catch (e) {
    // The yaml package throws for alias bombs and similar; that is the writer's input, not our bug.
    fm.errors.push({ message: firstLine(e instanceof Error ? e.message : String(e)), range: toRange([0, 0]) });
    fm.data = undefined;
  }
  shift(fm, 1);
  return fm;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** Positions from the YAML parser are relative to the body, which starts on document line 1. */
function shift(fm: FrontMatter, by: number): void {
  const move = (r: Range): void => {
    r.start.line += by;
    r.end.line += by;
  };
  for (const e of fm.errors) move(e.range);
  for (const e of fm.entries) {
    move(e.keyRange);
    move(e.valueRange);
  }
}

/** Front-matter keys that name schema fields count as those fields. */
export function frontMatterFields(fm: FrontMatter | null, schema: Schema): Field[] {
  if (!fm) return [];
  return fm.entries.map((e) => ({
    key: e.key,
    id: matchFieldId(schema, e.key.replace(/[_-]/g, ' ')),
    value: e.value === null || e.value === undefined ? '' : typeof e.value === 'object' ? JSON.stringify(e.value) : String(e.value),
    line: e.keyRange.start.line,
    style: 'front-matter' as const,
    keyRange: e.keyRange,
    valueRange: e.valueRange,
    section: -1,
  }));
}
