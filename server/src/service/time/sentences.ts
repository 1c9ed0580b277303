/**
 * Times the document states in sentences outside the timeline: an impact window ("an outage
 * lasting 1 hour and 48 minutes, from 16:58 to 18:46 UTC", "between 06:00 and 10:40 PST") and
 * the detection time ("monitoring notified our team of the issue at 06:52PST"). Conservative: the
 * window's sentence must name the outage, and the detection time must follow its verb.
 */
import type { LineInfo } from '../model';
import type { ResolvedTime, TimeContext, TimeStamp } from './types';
import { readRange } from './ranges';
import { readTimes } from './reader';
import { resolveStamp } from './resolve';

const OPENER = /\b(?:[Bb]etween|[Ff]rom)[ \t]{1,3}/g;
const OUTAGE = /\b(?:outage|incident|impact|impacted|down|downtime|degraded|degradation|unavailable|disruption|errors?|failures?|failing|affected)\b/i;
const DETECT = /\b(?:notified|paged|alerted|detected)\b/g;
const MAX_WINDOW = 7 * 1440;
const AND_MORE = /^,?[ \t]{1,3}(?:and|&)[ \t]{1,3}(?:from[ \t]{1,3})?\d/;

export interface SentenceWindow {
  start: ResolvedTime;
  end: ResolvedTime;
  minutes: number;
}

/** Lines a sentence may be read from: text and list items outside the skipped (timeline) lines. */
function prose(line: LineInfo, i: number, skip: (i: number) => boolean): boolean {
  return (line.kind === 'text' || line.kind === 'list-item') && !skip(i);
}

/** The first "between A and B" / "from A to B" in a sentence about the outage. */
export function readSentenceWindow(lines: readonly LineInfo[], ctx: TimeContext, skip: (i: number) => boolean): SentenceWindow | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!prose(l, i, skip) || !OUTAGE.test(l.text)) continue;
    OPENER.lastIndex = 0;
    let lineDate: TimeStamp | null | undefined;
    while (OPENER.exec(l.text) !== null) {
      const at = OPENER.lastIndex;
      const text = l.text.slice(at, at + 120);
      // The line's first date is read once, however many openers it has.
      if (lineDate === undefined) lineDate = firstDate(l.text);
      const r = readRange(text, lineDate && lineDate.start < at ? { date: lineDate.date, zone: ctx.zone ?? null } : ctx);
      if (!r || r.textStart !== 0) continue;
      // "between 07:02 - 07:08 and 07:11 - 07:17" lists stretches of downtime, not the incident's window.
      if (AND_MORE.test(text.slice(r.textEnd))) continue;
      if (r.minutes > 0 && r.minutes < MAX_WINDOW) return { start: r.start, end: r.end, minutes: r.minutes };
    }
  }
  return null;
}

/** "On September 29, 2025, ... from 16:58 to 18:46 UTC": a date earlier in the line dates the range. */
function firstDate(text: string): TimeStamp | null {
  return readTimes(text).find((t): t is TimeStamp => t.kind === 'stamp' && t.date !== null && t.date.year !== null) ?? null;
}

/** The time right after "notified", "paged", "alerted" or "detected" in the first sentence that has one. */
export function readDetectedSentence(lines: readonly LineInfo[], ctx: TimeContext, skip: (i: number) => boolean): ResolvedTime | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!prose(l, i, skip)) continue;
    DETECT.lastIndex = 0;
    const m = DETECT.exec(l.text);
    if (!m) continue;
    const stop = l.text.indexOf('. ', m.index);
    const t = readTimes(l.text, { from: DETECT.lastIndex, to: stop === -1 ? l.text.length : stop })
      .find((x): x is TimeStamp => x.kind === 'stamp' && x.minutes !== null);
    if (t) return resolveStamp(t, ctx);
  }
  return null;
}
