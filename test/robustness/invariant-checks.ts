/**
 * The primitive checks of invariants.ts: positions and ranges inside the document, finite numbers,
 * labels without "NaN", and the positions to probe. Each throws an `Error` naming what broke.
 */
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';

/** The document's lines as an LSP client sees them: split on \n, \r\n and \r. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

export function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(detail)?.slice(0, 400)}`);
}

export function checkPosition(lengths: number[], p: Position, what: string): void {
  const ok = Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0
    && p.line < lengths.length && p.character <= lengths[p.line]!;
  if (!ok) fail(`${what} lies outside the document (${lengths.length} lines, that line ${lengths[p.line] ?? 'missing'} long)`, p);
}

export const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);
export const within = (inner: Range, outer: Range): boolean => !before(inner.start, outer.start) && !before(outer.end, inner.end);

export function checkRange(lengths: number[], r: Range, what: string): void {
  checkPosition(lengths, r.start, `${what} start`);
  checkPosition(lengths, r.end, `${what} end`);
  if (before(r.end, r.start)) fail(`${what} ends before it starts`, r);
}

export function checkFinite(value: number | null, what: string, nullable = true): void {
  if (value === null && nullable) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`${what} is not a finite number`, value);
}

/** "NaN", "Infinity" or "undefined" in a label means a computation went wrong, unless the writer wrote it. */
export function checkText(text: string, docText: string, what: string): void {
  for (const bad of ['NaN', 'Infinity', 'undefined', '[object Object]']) {
    if (text.includes(bad) && !docText.includes(bad)) fail(`${what} shows "${bad}"`, text);
  }
}

/**
 * Every position of the document, or an even sample of about `budget` of them. A line longer than
 * `LONG_LINE` gets its ends and `LONG_LINE_SAMPLES` positions between them: a hover reads its whole
 * line, and every position of a 100 KB line would make this check quadratic, not the service.
 */
export function positions(lengths: number[], budget: number): Position[] {
  const total = lengths.reduce((n, l) => n + Math.min(l, LONG_LINE) + 1, 0);
  const step = Math.max(1, Math.ceil(total / budget));
  const out: Position[] = [];
  let k = 0;
  lengths.forEach((len, line) => {
    if (len > LONG_LINE) {
      const inner = Math.ceil(len / LONG_LINE_SAMPLES);
      for (let character = 0; character <= len; character++) {
        if (character < 8 || character > len - 8 || character % inner === 0) out.push({ line, character });
      }
      return;
    }
    for (let character = 0; character <= len; character++, k++) if (k % step === 0) out.push({ line, character });
  });
  return out;
}

const LONG_LINE = 2000;
const LONG_LINE_SAMPLES = 48;

export function checkEdits(edits: TextEdit[], lengths: number[], what: string): void {
  for (const e of edits) {
    checkRange(lengths, e.range, `${what} edit`);
    if (typeof e.newText !== 'string') fail(`${what} edit has no text`, e);
  }
}
