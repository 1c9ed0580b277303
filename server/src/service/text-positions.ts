/**
 * Offsets in a text to LSP positions, with lines broken where an editor breaks them: at `\n`,
 * `\r\n` and a lone `\r`. An offset on a line break is the end of its line.
 */
import type { Position } from './model';

/** The offset at which each line starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

export function positionFinder(text: string): (offset: number) => Position {
  const starts = lineStartsOf(text);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    const next = lo + 1 < starts.length ? starts[lo + 1]! : text.length + 1;
    const breakLength = next > text.length ? 0 : text.charCodeAt(next - 2) === 13 && text.charCodeAt(next - 1) === 10 ? 2 : 1;
    const lineEnd = next > text.length ? text.length : next - breakLength;
    return { line: lo, character: Math.min(at, lineEnd) - starts[lo]! };
  };
}
