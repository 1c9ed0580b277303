/** Applying LSP text edits to a string: used by `--fix`, the fix-all action and the tests. */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Position } from '../model';
import { lineStartsOf } from '../text-positions';

/** Offset of an LSP position in `text`, clamped to the text. */
export function offsetAt(text: string, lineStarts: readonly number[], p: Position): number {
  const line = Math.max(0, Math.min(p.line, lineStarts.length - 1));
  const start = lineStarts[line]!;
  const next = line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length + 1;
  let end = next - 1;
  // Exclude the line break itself (\n, \r\n or \r).
  if (end > start && text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10) end--;
  if (line + 1 >= lineStarts.length) end = text.length;
  return start + Math.max(0, Math.min(p.character, end - start));
}

export { lineStartsOf };

/**
 * Applies edits that do not overlap; an edit that overlaps one already taken is skipped and
 * returned, so a caller can try it again on the next pass. Inserts at one position keep their order.
 */
export function applyEdits(text: string, edits: readonly TextEdit[], eol = '\n'): { text: string; skipped: TextEdit[] } {
  const starts = lineStartsOf(text);
  const located = edits
    .map((e, i) => ({ e, i, from: offsetAt(text, starts, e.range.start), to: offsetAt(text, starts, e.range.end) }))
    .sort((a, b) => a.from - b.from || a.to - b.to || a.i - b.i);
  const skipped: TextEdit[] = [];
  let out = '';
  let at = 0;
  for (const x of located) {
    if (x.from < at) {
      skipped.push(x.e);
      continue;
    }
    out += text.slice(at, x.from) + (eol === '\n' ? x.e.newText : x.e.newText.replace(/\n/g, eol));
    at = Math.max(x.to, x.from);
  }
  return { text: out + text.slice(at), skipped };
}
