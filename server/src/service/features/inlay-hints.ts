/** Inlay hints: the gap since the previous entry after each timestamp, and the length after a Duration range. */
import type { InlayHint } from 'vscode-languageserver-types';
import type { PostmortemDocument, Range } from '../model';
import { formatDuration, readRange } from '../time';
import { firstAtOrAfter } from './locate';
import { formatGap, minutesFromTo, previousEntry } from './timing';

export interface InlayHintOptions {
  /** `+15m` after each timeline timestamp. */
  timelineOffsets: boolean;
  /** The computed length after a Duration field's range. */
  durations: boolean;
}

/** Hints inside `range` (the visible part of the editor); cost is proportional to what is visible. */
export function inlayHints(doc: PostmortemDocument, range: Range, options: InlayHintOptions): InlayHint[] {
  const out: InlayHint[] = [];
  if (options.durations) out.push(...durationHints(doc, range));
  if (options.timelineOffsets) out.push(...entryHints(doc, range));
  return out.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

function entryHints(doc: PostmortemDocument, range: Range): InlayHint[] {
  const entries = doc.timeline.entries;
  const out: InlayHint[] = [];
  for (let k = firstAtOrAfter(entries, range.start.line, (e) => e.line); k < entries.length && entries[k]!.line <= range.end.line; k++) {
    const entry = entries[k]!;
    const previous = previousEntry(doc, k);
    if (!previous) continue;
    out.push({ position: entry.timeRange.end, label: formatGap(minutesFromTo(previous, entry)), paddingLeft: true, tooltip: `Time since the previous entry (${previous.written})` });
  }
  return out;
}

function durationHints(doc: PostmortemDocument, range: Range): InlayHint[] {
  const out: InlayHint[] = [];
  for (const f of doc.fields) {
    if (f.id !== 'duration' || f.style === 'front-matter' || f.line < range.start.line || f.line > range.end.line) continue;
    const r = readRange(f.value);
    if (!r) continue;
    const text = doc.lines[f.line]!.text;
    const found = text.indexOf(f.value, f.valueRange.start.character);
    const at = (found === -1 ? f.valueRange.start.character : found) + r.textEnd;
    out.push({ position: { line: f.line, character: at }, label: `= ${formatDuration(r.minutes)}`, paddingLeft: true, tooltip: 'Length of this range' });
  }
  return out;
}
