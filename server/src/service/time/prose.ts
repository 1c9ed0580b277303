/**
 * The impact window from prose, for documents that state no range: "Beginning at 2018-01-29
 * 06:45PST, ..." and a later "By 08:00PST, performance had returned ...". Conservative: the start
 * must follow "beginning/starting/began/started at", the end must follow "by/at/until" in a
 * sentence that says service came back, and the window must be under a week.
 */
import type { LineInfo } from '../model';
import type { ResolvedTime, TimeContext, TimeStamp } from './types';
import { readTimes } from './reader';
import { resolveStamp } from './resolve';
import { addDays } from './dates';
import { minutesBetween } from './ranges';

const START = /\b(?:[Bb]eginning|[Ss]tarting|[Bb]egan|[Ss]tarted) (?:at|around|on) /g;
const END = /\b(?:[Bb]y|[Aa]t|[Uu]ntil|[Aa]round) /g;
const BACK = /\b(?:returned|restored|recovered|resolved|back to normal|fully operational)\b/;

export interface ProseWindow {
  start: ResolvedTime;
  end: ResolvedTime;
  minutes: number;
}

export function readProseWindow(lines: readonly LineInfo[], ctx: TimeContext, skip: (i: number) => boolean = () => false): ProseWindow | null {
  let start: ResolvedTime | null = null;
  let startLine = -1;
  for (let i = 0; i < lines.length && !start; i++) {
    const l = lines[i]!;
    if ((l.kind !== 'text' && l.kind !== 'list-item') || skip(i)) continue;
    if (!l.text.includes('egan') && !l.text.includes('eginning') && !l.text.includes('tart')) continue;
    start = stampAfter(l.text, START, ctx);
    startLine = i;
  }
  if (!start) return null;
  let best: ProseWindow | null = null;
  for (let i = startLine; i < lines.length; i++) {
    const l = lines[i]!;
    if ((l.kind !== 'text' && l.kind !== 'list-item') || skip(i)) continue;
    END.lastIndex = 0;
    while (END.exec(l.text) !== null) {
      const t = firstClock(l.text, END.lastIndex);
      if (!t) continue;
      const stop = l.text.indexOf('. ', t.end);
      if (!BACK.test(l.text.slice(t.end, stop === -1 ? undefined : stop))) continue;
      const w = window(start, t);
      if (w && (!best || w.minutes > best.minutes)) best = w;
    }
  }
  return best;
}

function stampAfter(text: string, re: RegExp, ctx: TimeContext): ResolvedTime | null {
  re.lastIndex = 0;
  while (re.exec(text) !== null) {
    const t = firstClock(text, re.lastIndex);
    if (t) return resolveStamp(t, ctx);
  }
  return null;
}

/** A time right at `at`, not one further along the sentence. */
function firstClock(text: string, at: number): TimeStamp | null {
  // Only a time right here counts, so the scan stops a few characters on: a line of many
  // "started at" without times stays linear.
  const t = readTimes(text, { from: at, to: Math.min(text.length, at + 48), first: true })[0];
  return t && t.kind === 'stamp' && t.start === at && t.minutes !== null ? t : null;
}

function window(start: ResolvedTime, token: TimeStamp): ProseWindow | null {
  let end = resolveStamp(token, { date: start.date, zone: start.zone });
  if (!end) return null;
  let minutes = minutesBetween(start, end);
  if (minutes < 0 && !token.date && start.date) {
    end = resolveStamp(token, { date: addDays(start.date, 1), zone: start.zone })!;
    minutes = minutesBetween(start, end);
  }
  return minutes > 0 && minutes < 7 * 1440 ? { start, end, minutes } : null;
}
