/**
 * Feature fixtures: documents under test/fixtures/features/, with a `$$CURSOR$$` marker where a
 * hover or completion is asked for. The marker is removed before the text is analysed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Position, Schema } from '../../../server/src/service';
import { analyze, schemaNamed } from '../fixture';

export const CURSOR = '$$CURSOR$$';

export function fixtureText(name: string): string {
  return readFileSync(join('test/fixtures/features', name), 'utf8');
}

/**
 * `text` with the cursor marker (or `insert`, which holds it) put just before the first `needle`,
 * moved by `shift` characters.
 */
export function mark(text: string, needle: string, shift = 0, insert = CURSOR): string {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`no "${needle}" in the fixture`);
  return text.slice(0, at + shift) + insert + text.slice(at + shift);
}

export interface AtCursor extends Analysis {
  text: string;
  position: Position;
}

/** Removes the marker, analyses the rest, and says where the marker was. */
export function atCursor(marked: string, schema: Schema = schemaNamed()): AtCursor {
  const at = marked.indexOf(CURSOR);
  if (at === -1) throw new Error('no $$CURSOR$$ in the text');
  const text = marked.slice(0, at) + marked.slice(at + CURSOR.length);
  const before = marked.slice(0, at).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1]!.length };
  return { ...analyze(text, schema), text, position };
}

export function load(name: string, schema: Schema = schemaNamed()): Analysis & { text: string } {
  const text = fixtureText(name);
  return { ...analyze(text, schema), text };
}
