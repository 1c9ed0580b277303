/**
 * The block pass: one linear scan that splits the text into lines and says what each line is.
 * Every later stage reads `LineInfo.kind` instead of re-deciding what a line is.
 *
 * This is a line classifier, not a CommonMark parser: it knows exactly the block structure a
 * postmortem needs (front matter, code, HTML blocks and comments, tables, lists, link reference
 * definitions, thematic breaks, conflict markers) and leaves inline syntax alone. It agrees with
 * CommonMark on those blocks; test/blocks/compare.ts checks that against markdown-it and lists the
 * deliberate differences. See docs/ARCHITECTURE.md for why it is hand-written.
 */
import type { LineDraft, LineKind } from '../model';
import { definitionLabel, htmlBlockStart } from './html-blocks';
import { fenceOpening, markFence, markFenceBody, markHtml, markIndentedCode, type Fence } from './leaf-blocks';
import { itemColumn, markListItem } from './list-items';

const ATX_START = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Splits on \n, \r\n and \r, as LSP does, keeping each line's start offset. */
export function splitLines(text: string): LineDraft[] {
  const lines: LineDraft[] = [];
  let start = 0;
  // Most documents use \n only; then the native indexOf finds each break far faster than a loop.
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      lines.push(newLine(text.slice(start, i), start));
      start = i + 1;
    }
    lines.push(newLine(text.slice(start), start));
    return lines;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push(newLine(text.slice(start, i), start));
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push(newLine(text.slice(start), start));
  return lines;
}

function newLine(text: string, start: number): LineDraft {
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) indent++;
    else if (c === 9) indent += 4 - (indent % 4);
    else break;
  }
  const blank = indent === text.length || text.trim() === '';
  return { kind: blank ? 'blank' : 'text', start, text, indent };
}

/** Classifies every line in place. Headings are marked later by `headings.ts`. */
export function classifyLines(lines: LineDraft[]): void {
  let i = markFrontMatter(lines);
  const conflicts = conflictLines(lines);
  // Content columns of the list items open at this line, innermost last: indentation inside an
  // item counts from its content, so `    ```` under `1. Step` is a fence and not code.
  const items: number[] = [];
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.kind === 'blank') {
      i++;
      continue;
    }
    let open = items.length;
    while (open > 0 && items[open - 1]! > line.indent) open--;
    const base = open > 0 ? items[open - 1]! : 0;
    const afterParagraph = continuesParagraph(lines, i);
    const next = classifyBlock(lines, i, { base, afterParagraph, inList: items.length > 0, conflicts });
    // A less indented line that only carries on a paragraph leaves its list items open.
    if (line.kind !== 'text' || !afterParagraph) items.length = open;
    if (line.kind !== 'list-item') {
      i = next;
      continue;
    }
    items.push(itemColumn(line));
    i = itemFence(lines, i, items[items.length - 1]!) ?? next;
  }
}

/** An item that opens with a fence (`- ```bash`) holds code: returns the line after it, or null. */
function itemFence(lines: LineDraft[], i: number, column: number): number | null {
  const fence = opensFence(lines[i]!);
  return fence ? markFenceBody(lines, i, fence, column) : null;
}

function opensFence(item: LineDraft): Fence | null {
  const c = item.text.charCodeAt(item.contentColumn!);
  if (c !== 96 /* ` */ && c !== 126 /* ~ */) return null;
  return fenceOpening({ ...item, text: item.text.slice(item.contentColumn) }, 0);
}

interface Context {
  /** Content column of the innermost list item the line is in (0 outside lists). */
  base: number;
  /** The line would continue a paragraph if it starts no block that may interrupt one. */
  afterParagraph: boolean;
  inList: boolean;
  conflicts: Set<number>;
}

/** Classifies the block that starts at line `i`; returns the first line after it. */
function classifyBlock(lines: LineDraft[], i: number, c: Context): number {
  const line = lines[i]!;
  const indent = line.indent - c.base;
  if (indent >= 4) {
    if (!c.afterParagraph) return markIndentedCode(lines, i, c.base);
    return i + 1; // a paragraph's continuation: text
  }
  const fence = fenceOpening(line, indent);
  if (fence) return markFence(lines, i, fence, c.base);
  const t = line.text.trimStart();
  const html = htmlBlockStart(t, c.afterParagraph);
  if (html) return markHtml(lines, i, html);
  if (c.conflicts.has(i)) {
    line.kind = 'conflict';
  } else if (!c.afterParagraph && definitionLabel(t) !== null) {
    line.kind = 'link-definition';
  } else {
    classifyOne(lines, i, c.afterParagraph && !c.inList);
  }
  return i + 1;
}

/**
 * Text and list items carry paragraphs on. An ATX heading is one line and carries nothing on, nor
 * does a `===` or `-` underline that ends a setext heading (`---` is already a rule).
 */
function continuesParagraph(lines: LineDraft[], i: number): boolean {
  const prev = lines[i - 1];
  if (!prev || (prev.kind !== 'text' && prev.kind !== 'list-item')) return false;
  // An item's first line is a paragraph unless the item is empty or opens with a fence.
  if (prev.kind === 'list-item') return prev.text.trim().length > 0 && prev.contentColumn! < prev.text.length && !opensFence(prev);
  if (SETEXT_UNDERLINE.test(prev.text) && lines[i - 2]?.kind === 'text') return false;
  return !ATX_START.test(prev.text);
}

/** Thematic breaks, list items and tables on a line known to start no multi-line block. */
function classifyOne(lines: LineDraft[], i: number, interrupting: boolean): void {
  const line = lines[i]!;
  const t = line.text;
  if (isThematicBreak(t)) {
    line.kind = 'rule';
    return;
  }
  if (markListItem(line, interrupting)) return;
  if (!t.includes('|')) return;
  const prev = lines[i - 1];
  // As in GFM, a table is a header row over a delimiter row with as many cells; rows starting
  // with `|` and no delimiter under the first are a paragraph.
  if (prev?.kind === 'text' && TABLE_DELIMITER.test(t) && t.includes('-') && cellCount(prev.text) === cellCount(t)) {
    line.kind = 'table-delimiter';
    prev.kind = 'table-row';
  } else if (prev?.kind === 'table-row' || prev?.kind === 'table-delimiter') {
    line.kind = 'table-row';
  }
}

/** Cells in a table row: `|`-separated, outer pipes optional, `\|` not a separator. */
function cellCount(row: string): number {
  let t = row.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  let n = 1;
  for (let k = 0; k < t.length; k++) {
    if (t.charCodeAt(k) === 92 /* \ */) k++;
    else if (t.charCodeAt(k) === 124 /* | */) n++;
  }
  return n;
}

function isThematicBreak(text: string): boolean {
  // Most lines start with a letter: rule them out before trimming. Rarer white space than
  // spaces and tabs (NBSP, form feed) goes on to the full check, which trims it as before.
  let i = 0;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const first = text.charCodeAt(i);
  if (first !== 45 && first !== 42 && first !== 95 && first > 32 && first < 127) return false;
  const t = text.trim();
  if (t.length < 3) return false;
  const c = t[0];
  if (c !== '-' && c !== '*' && c !== '_') return false;
  let count = 0;
  for (const ch of t) {
    if (ch === c) count++;
    else if (ch !== ' ' && ch !== '\t') return false;
  }
  return count >= 3;
}

/**
 * Conflict markers: every `<<<<<<<` line, and the `=======`, `|||||||` and `>>>>>>>` lines of a
 * block it opens. A `=======` outside such a block is a setext underline.
 */
function conflictLines(lines: LineDraft[]): Set<number> {
  const out = new Set<number>();
  let open = -1;
  let inner: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t.length < 7) continue;
    const head = t.slice(0, 7);
    const rest = t.charCodeAt(7);
    if (!Number.isNaN(rest) && rest !== 32) continue;
    if (head === '<<<<<<<') {
      out.add(i);
      open = i;
      inner = [];
    } else if (open !== -1 && (head === '|||||||' || (head === '=======' && t.trim() === '======='))) {
      inner.push(i);
    } else if (open !== -1 && head === '>>>>>>>') {
      for (const j of inner) out.add(j);
      out.add(i);
      open = -1;
    }
  }
  return out;
}

/** Front matter is a `---` first line, closed by `---` or `...`. Returns the first line after it. */
function markFrontMatter(lines: LineDraft[]): number {
  if (lines[0]?.text.trimEnd() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i]!.text.trimEnd();
    if (t === '---' || t === '...') {
      for (let j = 0; j <= i; j++) lines[j]!.kind = 'front-matter';
      return i + 1;
    }
  }
  // Unterminated: only treat it as front matter when it looks like YAML, and stop at the first
  // blank line so a stray `---` cannot swallow the whole document.
  // `Summary:` alone is a heading after a thematic break; front matter starts `key: value`.
  if (!/^[\w-]+[ \t]*:[ \t]*\S/.test(lines[1]?.text ?? '')) return 0;
  let end = 1;
  while (end < lines.length && lines[end]!.kind !== 'blank') end++;
  for (let j = 0; j < end; j++) lines[j]!.kind = 'front-matter';
  return end;
}

/** True for kinds that carry the writer's content (used to decide whether a section is empty). */
export function isContent(kind: LineKind): boolean {
  return kind === 'text' || kind === 'list-item' || kind === 'table-row' || kind === 'code' || kind === 'heading' || kind === 'html' || kind === 'link-definition';
}
