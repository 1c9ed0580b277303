/**
 * List items: which lines start one (Markdown bullets and numbers, task boxes, MediaWiki's glued
 * `*item`), and the column their content starts at, which later lines' indentation counts from.
 */
import type { LineDraft } from '../model';

const LIST_MARKER = /^[ \t]*(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*/;
const TASK_BOX = /^\[([ xX])\](?=[ \t]|$)[ \t]*/;

/**
 * Marks `line` as a list item if it starts one; returns whether it did. `interrupting`: the line
 * follows a paragraph outside any list, where a new list may only start with a non-empty item
 * numbered 1 (or bulleted), as in CommonMark.
 */
export function markListItem(line: LineDraft, interrupting: boolean): boolean {
  const t = line.text;
  const m = LIST_MARKER.exec(t);
  if (m && !isBoldStart(t, m[0].length) && !(interrupting && !mayInterrupt(t, m[0]))) {
    mark(line, m[0].length);
    return true;
  }
  if (isWikiListItem(t)) {
    mark(line, 1);
    return true;
  }
  return false;
}

/** `- **Bold**` is a list item; `**Bold**` is not (its first star is not a marker). */
function isBoldStart(text: string, markerEnd: number): boolean {
  const trimmed = text.trimStart();
  return trimmed.startsWith('**') && markerEnd <= text.length - trimmed.length + 1;
}

/** MediaWiki lists glue the marker to the text: `*T308952 - …`. Italic lines (`*…*`) are not lists. */
function isWikiListItem(text: string): boolean {
  if (text.charCodeAt(0) !== 42 /* * */) return false;
  const second = text.charCodeAt(1);
  if (Number.isNaN(second) || second === 42 || second === 32 || second === 9) return false;
  return !text.trimEnd().endsWith('*');
}

/**
 * Where a list item's content starts, as CommonMark counts it: after the marker and one to four
 * spaces; a task box is content. An empty item, or one followed by five spaces or more (code inside
 * the item), counts one space.
 */
export function itemColumn(line: LineDraft): number {
  const m = LIST_MARKER.exec(line.text);
  if (!m) return line.contentColumn!; // a MediaWiki item
  const marker = m[0].trimEnd();
  const spaces = m[0].length - marker.length;
  const empty = m[0].length === line.text.length;
  return empty || spaces > 4 ? marker.length + 1 : m[0].length;
}

/** After a paragraph, `2.` and an empty `-` are text (the `-` may underline a setext heading). */
function mayInterrupt(text: string, marker: string): boolean {
  if (text.trim() === marker.trim()) return false;
  const n = /\d+/.exec(marker);
  return n === null || Number(n[0]) === 1;
}

function mark(line: LineDraft, markerEnd: number): void {
  line.kind = 'list-item';
  let content = markerEnd;
  const box = TASK_BOX.exec(line.text.slice(markerEnd));
  if (box) {
    line.checked = box[1] !== ' ';
    content += box[0].length;
  }
  line.contentColumn = content;
}
