/**
 * Which bare `H:MM` clocks are times. In prose `3:16` or `5:00` often are not, so a bare clock
 * counts only when it leads the text, follows a word such as "at" or "by", or pairs with a
 * stronger time in a range.
 */
import type { TimeToken } from './types';
import type { ReadOptions } from './reader';

/** Between the two ends of a range. */
const RANGE_SEP = /[ \t]{0,3}(?:[-\u2013\u2014~]|to|until|till|through|thru|and)[ \t]{0,3}/y;

const LEAD_WORDS = new Set(['at', 'by', 'from', 'until', 'till', 'to', 'around', 'since', 'before', 'after',
  'approx', 'approximately', 'about', 'between', 'on', 'as', 'of']);

/** Whether the reader keeps `tok`: any time that is not bare, and a bare clock in one of the places above. */
export function keep(tok: TimeToken, text: string, from: number, out: TimeToken[], opts: ReadOptions): boolean {
  if (!tok.bare || opts.bare === 'all') return true;
  if (out.length === 0 && onlyLeadMarks(text, from, tok.start)) return true;
  return LEAD_WORDS.has(wordBefore(text, from, tok.start));
}

/** Markdown marks that may stand before an entry's leading time: `- **[14:05]**`, `| 14:05 |`. */
function onlyLeadMarks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // space, tab, * _ ` [ ( | > ~ # -
    if (c !== 32 && c !== 9 && c !== 42 && c !== 95 && c !== 96 && c !== 91 && c !== 40 && c !== 124 && c !== 62 && c !== 126 && c !== 35 && c !== 45) return false;
  }
  return true;
}

function wordBefore(text: string, from: number, at: number): string {
  let e = at;
  while (e > from && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9 || text.charCodeAt(e - 1) === 126)) e--;
  let s = e;
  while (s > from && s > e - 14 && isLetter(text.charCodeAt(s - 1))) s--;
  return s === e ? (e < at && text.charCodeAt(e) === 126 ? 'approx' : '') : text.slice(s, e).toLowerCase();
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A bare clock that forms a range with a kept time (`14:00 - 16:30 UTC`) is a time too. `all` is
 * the text read again with every bare clock; the caller pays that pass only on text that dropped one.
 */
export function keepRangePartners(text: string, out: TimeToken[], all: TimeToken[]): void {
  if (all.length === out.length) return;
  const kept = new Set(out.map((t) => t.start));
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 0; k < all.length; k++) {
      const t = all[k]!;
      if (kept.has(t.start)) continue;
      const prev = all[k - 1];
      const next = all[k + 1];
      if ((prev && kept.has(prev.start) && joined(text, prev.end, t.start)) || (next && kept.has(next.start) && joined(text, t.end, next.start))) {
        kept.add(t.start);
        changed = true;
      }
    }
  }
  out.length = 0;
  for (const t of all) if (kept.has(t.start)) out.push(t);
}

/** True when only a range separator stands between `a` and `b`. */
export function joined(text: string, a: number, b: number): boolean {
  RANGE_SEP.lastIndex = a;
  return RANGE_SEP.exec(text) !== null && RANGE_SEP.lastIndex === b;
}
