/**
 * Status-page update logs: each update's text followed by a line such as
 * "Posted 4 months ago. Jan 29, 2018 - 22:27 UTC". Used as the timeline when a document has no
 * timeline section but has at least two such lines.
 */
import type { LineInfo } from '../model';
import type { TimeStamp } from './types';
import type { RawEntry } from './raw-entry';
import { readTimes } from './reader';
import { milestonesOf } from './milestones';

const POSTED = /^[\s*_>-]{0,6}(?:Posted|Updated|Published)\b/i;

export function readUpdateLog(lines: readonly LineInfo[]): RawEntry[] {
  const out: RawEntry[] = [];
  let previous = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'code' || line.kind === 'fence' || line.kind === 'blank' || !POSTED.test(line.text)) continue;
    const t = readTimes(line.text).find((x): x is TimeStamp => x.kind === 'stamp' && x.minutes !== null && x.date !== null);
    if (!t) continue;
    const text = updateText(lines, previous, i);
    out.push({
      line: i,
      lineLength: line.text.length,
      text,
      written: t.written,
      timeStart: t.start,
      timeEnd: t.end,
      minutes: t.minutes!,
      date: t.date,
      freshDate: true,
      zone: t.zone,
      zoneInherited: false,
      milestones: milestonesOf(text),
      indent: line.indent,
      dateKnown: true,
      timeGuessed: false,
      dateOnly: false,
    });
    previous = i;
  }
  return out.length >= 2 ? out : [];
}

/** The update's text: the nearest non-blank line above the Posted line, after the previous update. */
function updateText(lines: readonly LineInfo[], previous: number, at: number): string {
  for (let j = at - 1; j > previous; j--) {
    const t = lines[j]!.text.trim();
    if (t !== '') return t;
  }
  return lines[at]!.text.trim();
}
