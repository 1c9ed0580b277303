/**
 * Blocks that run over several lines and hide what is inside them: fenced and indented code,
 * comments and other HTML blocks. Each `mark…` function classifies the block's lines and returns
 * the first line after it. `base` is the content column of the list item the block sits in (0
 * outside lists): indentation counts from there.
 */
import type { LineDraft } from '../model';
import { closesHtml, type HtmlEnd } from './html-blocks';

export interface Fence {
  char: string;
  length: number;
}

/** A ``` or ~~~ opening; `indent` is the line's indentation inside its list item. */
export function fenceOpening(line: LineDraft, indent: number): Fence | null {
  if (indent >= 4) return null;
  const t = line.text.trimStart();
  const c = t[0];
  if (c !== '`' && c !== '~') return null;
  let n = 0;
  while (t[n] === c) n++;
  if (n < 3) return null;
  if (c === '`' && t.indexOf('`', n) !== -1) return null;
  return { char: c, length: n };
}

/**
 * A fence runs to its closing fence or to the end of the list item it is in: a line indented
 * less than the item's content closes the item, and the code with it.
 */
export function markFence(lines: LineDraft[], open: number, fence: Fence, base: number): number {
  lines[open]!.kind = 'fence';
  return markFenceBody(lines, open, fence, base);
}

/** The lines after a fence's opening line (which may be a list item: `- ```bash`). */
export function markFenceBody(lines: LineDraft[], open: number, fence: Fence, base: number): number {
  for (let i = open + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (base > 0 && line.kind !== 'blank' && line.indent < base) return i;
    const t = line.text.trim();
    if (line.indent - base < 4 && t.length >= fence.length && t.startsWith(fence.char.repeat(fence.length)) && isAll(t, fence.char)) {
      line.kind = 'fence';
      return i + 1;
    }
    line.kind = 'code';
  }
  return lines.length;
}

function isAll(t: string, c: string): boolean {
  for (const ch of t) if (ch !== c) return false;
  return true;
}

/**
 * Indented code: lines indented four columns past `base`, with the blank lines between them.
 * Blank lines after the last of them are not code.
 */
export function markIndentedCode(lines: LineDraft[], open: number, base: number): number {
  let last = open;
  for (let j = open + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === 'blank') continue;
    if (line.indent - base < 4) break;
    last = j;
  }
  for (let j = open; j <= last; j++) lines[j]!.kind = 'code';
  return last + 1;
}

/** An HTML block: a comment runs to its `-->`, raw text to its closing tag, the rest to a blank line. */
export function markHtml(lines: LineDraft[], open: number, end: HtmlEnd): number {
  if (end.kind === 'comment') return markComment(lines, open);
  for (let i = open; i < lines.length; i++) {
    const line = lines[i]!;
    if (end.kind === 'blank' && line.kind === 'blank') return i;
    line.kind = 'html';
    if (end.kind === 'text' && closesHtml(line.text, end.close)) return i + 1;
  }
  return lines.length;
}

/** A comment that starts a line runs to its `-->`; lines it covers are not content. */
function markComment(lines: LineDraft[], open: number): number {
  for (let i = open; i < lines.length; i++) {
    const line = lines[i]!;
    const from = i === open ? line.text.indexOf('<!--') + 4 : 0;
    const close = line.text.indexOf('-->', from);
    line.kind = 'comment';
    // As in CommonMark, the line that closes the comment belongs to it, text after `-->` and all:
    // `== --> ==` is the end of a comment, not a heading.
    if (close !== -1) return i + 1;
  }
  return lines.length;
}
