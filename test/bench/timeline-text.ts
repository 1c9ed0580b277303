/**
 * Writes a long timeline the way real ones drift between styles: runs of 24-hour entries with
 * and without a zone, 12-hour clocks, dated entries, a table, the odd entry in another zone, and
 * day headings on some of the days it crosses (the other midnights roll over silently).
 */
import type { Random } from './random';
import { eventText } from './prose';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Style = 'bold-utc' | 'plain' | 'twelve-hour' | 'dated' | 'table';
const STYLES: Style[] = ['bold-utc', 'plain', 'twelve-hour', 'dated', 'table'];

const pad = (n: number): string => String(n).padStart(2, '0');
const hhmm = (d: Date): string => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;

function twelveHour(d: Date): string {
  const h = d.getUTCHours() % 12 || 12;
  return `${h}:${pad(d.getUTCMinutes())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
}

/** The milestone said by entry `k` of `count`, placed where a real incident has it. */
function milestoneText(k: number, count: number): string | null {
  if (k === 0) return 'Error rates began climbing on checkout-api after the deploy.';
  if (k === 2) return 'Latency alert fired and paged the payments on-call.';
  if (k === Math.floor(count * 0.7)) return 'Rolled back the pool change; error rates fell.';
  if (k === count - 1) return 'Checkout latency fully recovered and back to normal.';
  return null;
}

/** Lines of a timeline section body (without its heading) holding exactly `count` entries. */
export function timelineLines(r: Random, count: number, startUtc: number): string[] {
  const out = ['All times in UTC unless noted.', ''];
  let t = startUtc;
  let style: Style = 'bold-utc';
  let runLeft = 0;
  let inTable = false;
  let day = new Date(t).getUTCDate();
  for (let k = 0; k < count; k++) {
    const d = new Date(t);
    if (d.getUTCDate() !== day) {
      day = d.getUTCDate();
      if (inTable) out.push('');
      inTable = false;
      // Half the midnights get a day heading; the others must be caught by roll-over.
      if (r.chance(0.5)) out.push('', `### ${DAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`, '');
    }
    if (runLeft-- <= 0) {
      style = r.pick(STYLES);
      runLeft = r.int(5, 40);
      if (inTable) out.push('');
      inTable = false;
    }
    const text = milestoneText(k, count) ?? eventText(r);
    if (style === 'table' && !inTable) {
      out.push('| Time (UTC) | Event |', '| --- | --- |');
      inTable = true;
    }
    // Another zone only mid-run, so the entry after it states UTC again.
    out.push(entryLine(r, style, d, text, runLeft > 0));
    t += r.int(1, 5) * 60_000;
  }
  return out;
}

function entryLine(r: Random, style: Style, d: Date, text: string, otherZoneOk: boolean): string {
  switch (style) {
    case 'bold-utc':
      // Now and then a responder writes their own zone; UTC+2 keeps the instant the same.
      if (otherZoneOk && r.chance(0.05)) return `- **${hhmm(new Date(d.getTime() + 7_200_000))} CEST:** ${text}`;
      return `- **${hhmm(d)} UTC:** ${text}`;
    case 'plain':
      return `- ${hhmm(d)}: ${text}`;
    case 'twelve-hour':
      return `- ${twelveHour(d)} UTC: ${text}`;
    case 'dated':
      return `- ${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${hhmm(d)} UTC - ${text}`;
    case 'table':
      return `| ${hhmm(d)} | ${text} |`;
  }
}
