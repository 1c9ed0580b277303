/**
 * Finding the model element at a line. Every lookup is a binary search over arrays the model keeps
 * in document order, so a hover on a 10,000-entry timeline costs a few dozen comparisons.
 */
import type { Field, PostmortemDocument, Position, Range, Section, TimelineEntry } from '../model';

/** Index of the first item whose line is >= `line`, in an array sorted by line. */
export function firstAtOrAfter<T>(items: readonly T[], line: number, lineOf: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lineOf(items[mid]!) < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last item whose line is <= `line`, or -1. */
export function lastAtOrBefore<T>(items: readonly T[], line: number, lineOf: (t: T) => number): number {
  return firstAtOrAfter(items, line + 1, lineOf) - 1;
}

export function contains(r: Range, p: Position): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

/** The innermost section that `line` belongs to (its heading or body), or null before the first heading. */
export function sectionAt(doc: PostmortemDocument, line: number): Section | null {
  const k = lastAtOrBefore(doc.sections, line, (s) => s.heading.line);
  let s: Section | undefined = doc.sections[k];
  while (s && s.end < line) s = s.parent === -1 ? undefined : doc.sections[s.parent];
  return s ?? null;
}

/**
 * The section a line being typed belongs to. Sections end at their last non-blank line, but a
 * writer on a fresh line below a section is still writing in it.
 */
export function sectionBeingWritten(doc: PostmortemDocument, line: number): Section | null {
  let k = line - 1;
  while (k >= 0 && doc.lines[k]!.kind === 'blank') k--;
  return k < 0 ? sectionAt(doc, line) : sectionAt(doc, k);
}

/** The section itself or the nearest enclosing one that names `id`. */
export function enclosingWithId(doc: PostmortemDocument, section: Section | null, id: string): Section | null {
  let s: Section | null = section;
  while (s && !s.ids.includes(id)) s = s.parent === -1 ? null : doc.sections[s.parent]!;
  return s;
}

/** The timeline entry whose range holds `line`, with its index. */
export function entryAt(doc: PostmortemDocument, line: number): { entry: TimelineEntry; index: number } | null {
  const entries = doc.timeline.entries;
  const k = lastAtOrBefore(entries, line, (e) => e.range.start.line);
  const entry = entries[k];
  return entry && entry.range.end.line >= line ? { entry, index: k } : null;
}

/** The fields written on `line` (a table row or a paragraph may hold more than one). */
export function fieldsOnLine(doc: PostmortemDocument, line: number): Field[] {
  const out: Field[] = [];
  for (let k = firstAtOrAfter(doc.fields, line, (f) => f.line); k < doc.fields.length && doc.fields[k]!.line === line; k++) {
    out.push(doc.fields[k]!);
  }
  return out;
}
