/** Folding: front matter, sections, fenced code, comments, tables and lists of three or more items. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { LineInfo, PostmortemDocument } from '../model';

const LONG_LIST = 3;

/** Every foldable region, from one pass over the lines plus one over the sections. */
export function foldingRanges(doc: PostmortemDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  if (doc.frontMatter) push(out, doc.frontMatter.range.start.line, doc.frontMatter.range.end.line);
  for (const s of doc.sections) push(out, s.heading.line, lastNonBlank(doc.lines, s.heading.line, s.end));
  blockRanges(doc.lines, out);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

function push(out: FoldingRange[], startLine: number, endLine: number, kind?: string): void {
  if (endLine > startLine) out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
}

function lastNonBlank(lines: readonly LineInfo[], from: number, to: number): number {
  let k = Math.min(to, lines.length - 1);
  while (k > from && lines[k]!.kind === 'blank') k--;
  return k;
}

/** Runs of table rows, lists, fenced code and multi-line comments. */
function blockRanges(lines: readonly LineInfo[], out: FoldingRange[]): void {
  let i = 0;
  while (i < lines.length) {
    const kind = lines[i]!.kind;
    if (kind === 'fence') i = foldFence(lines, i, out);
    else if (kind === 'comment') i = foldRun(lines, i, (l) => l.kind === 'comment', out, FoldingRangeKind.Comment);
    else if (kind === 'table-row' || kind === 'table-delimiter') i = foldRun(lines, i, (l) => l.kind === 'table-row' || l.kind === 'table-delimiter', out);
    else if (kind === 'list-item') i = foldList(lines, i, out);
    else i++;
  }
}

function foldRun(lines: readonly LineInfo[], from: number, inRun: (l: LineInfo) => boolean, out: FoldingRange[], kind?: string): number {
  let k = from;
  while (k + 1 < lines.length && inRun(lines[k + 1]!)) k++;
  push(out, from, k, kind);
  return k + 1;
}

function foldFence(lines: readonly LineInfo[], from: number, out: FoldingRange[]): number {
  let k = from + 1;
  while (k < lines.length && lines[k]!.kind === 'code') k++;
  if (k < lines.length && lines[k]!.kind === 'fence') {
    push(out, from, k);
    return k + 1;
  }
  push(out, from, k - 1);
  return k;
}

/** A list with its continuation lines; blank lines inside it count when another item follows. */
function foldList(lines: readonly LineInfo[], from: number, out: FoldingRange[]): number {
  const indent = lines[from]!.indent;
  let items = 0;
  let last = from;
  let k = from;
  while (k < lines.length) {
    const l = lines[k]!;
    if (l.kind === 'list-item' && l.indent <= indent) {
      if (l.indent < indent) break;
      items++;
    } else if (!(l.kind === 'list-item' || l.kind === 'blank' || (l.kind === 'text' && l.indent > indent))) {
      break;
    }
    if (l.kind !== 'blank') last = k;
    k++;
  }
  if (items >= LONG_LIST) push(out, from, last);
  return last + 1;
}
