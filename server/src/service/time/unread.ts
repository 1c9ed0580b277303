/**
 * Timeline lines that carry times but gave no entry. A writer whose timeline the tool cannot read
 * must hear so once, at the first such line, rather than see an empty or shortened timeline.
 */
import type { TimeProblem } from '../model';
import type { InvalidTime } from './types';
import { span } from './raw-entry';

/** A clock-shaped time at the start of a line, after list marks and emphasis: an entry meant as one. Run on the first 40 characters only. */
const LEAD_CLOCK = /^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?[*_`[(|>~#\s-]*\d{1,2}(?::[0-5]\d|h[0-5]\d|\s?[AaPp]\.?[Mm]\b)/;

export class UnreadLines {
  private first = -1;
  private firstLength = 0;
  private count = 0;
  private dropped = 0;
  private droppedFirst = -1;
  private droppedLength = 0;

  /** A line with times and no entry. `named` when a time-unparsed problem already points at it. */
  add(line: number, text: string, named: boolean): void {
    if (this.first === -1) {
      this.first = line;
      this.firstLength = text.length;
    }
    this.count++;
    // With entries around it, only a line that starts with a time was meant as an entry.
    if (!named && LEAD_CLOCK.test(text.slice(0, 40))) {
      if (this.droppedFirst === -1) {
        this.droppedFirst = line;
        this.droppedLength = text.length;
      }
      this.dropped++;
    }
  }

  /** One problem: every such line when nothing was read, else the lines meant as entries. */
  report(entries: number, problems: TimeProblem[]): void {
    if (entries === 0 && this.count > 0) {
      problems.push({ kind: 'unread', range: span(this.first, 0, this.firstLength), lines: this.count, entries });
    } else if (entries > 0 && this.dropped > 0) {
      problems.push({ kind: 'unread', range: span(this.droppedFirst, 0, this.droppedLength), lines: this.dropped, entries });
    }
  }
}

/** An invalid token as a fact for the time-unparsed rule: what was written and why it cannot be read. */
export function unparsed(t: InvalidTime, line: number, shift = 0): TimeProblem {
  return { kind: 'unparsed', range: span(line, shift + t.start, shift + t.end), written: t.subject, why: t.why };
}
