/**
 * Milestone words in a timeline entry. The lists lean towards phrases over single words because
 * "started investigating" or "began to stabilize" say nothing about when the incident started.
 *
 * - start: "OUTAGE BEGINS", "outage/incident/issue/impact/degradation began/started/begins",
 *   "started failing", "first error(s)/report(s)", "incident start(ed)"
 * - detected: "detected", "alert(s) fired/triggered", "monitoring alert", "alerted", "paged",
 *   "page went out", "received (an) alert", "notified", "noticed"
 * - mitigated: "mitigated", "mitigation", "workaround", "rolled back", "rollback", "failed over"
 * - resolved: "resolved" (not "resolved to", as in "we have resolved to ..."), "restored", "fully recovered", "returned to normal", "back to normal",
 *   "all systems (were/verified) operational", "OUTAGE ENDS", "incident closed"
 * - end: "OUTAGE ENDS", "IMPACT ENDS", "(impact end)", "incident ended/closed", "all clear"
 * - start also takes "(impact start)"; resolved also takes "back at/to baseline"
 */
import type { Milestone } from '../model';

const START = String.raw`outage begins\b|\b(?:outage|incident|issue|impact|degradation|errors|disruption)s? (?:began|begins|started|starts)\b|\bstarted failing\b|\bfirst (?:errors?|reports?)\b|\bincident start|\bimpact start`;
const DETECTED = String.raw`detected\b|\balerts? (?:fired|triggered)\b|\bmonitoring alert|\balerted\b|\bpaged\b|\bpage went out\b|\breceived (?:an? )?alert|\bnotified\b|\bnoticed\b`;
const MITIGATED = String.raw`mitigat(?:ed|ion)\b|\bworkaround\b|\brolled back\b|\brollback\b|\bfailed over\b`;
const RESOLVED = String.raw`resolved\b(?! to\b)|\brestored\b|\bfully recovered\b|\b(?:returned|back) to normal\b|\ball systems (?:were |are |verified )?operational\b|\bincident closed\b|\bback (?:at|to) baseline\b`;
const END = String.raw`(?:outage|impact) ends\b|\bimpact end(?:ed)?\b|\bincident (?:ended|closed)\b|\ball clear\b`;

/**
 * One pass over the text: the groups say which list matched. "OUTAGE ENDS" is both resolved and
 * end, handled below.
 */
const ANY = new RegExp(`\\b(?:(${START})|(${DETECTED})|(${MITIGATED})|(${RESOLVED})|(${END}))`, 'gi');
const ORDER: Milestone[] = ['start', 'detected', 'mitigated', 'resolved', 'end'];

/** The milestones an entry's text names, in lifecycle order. */
export function milestonesOf(text: string): Milestone[] {
  let found = 0;
  ANY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANY.exec(text)) !== null) {
    for (let g = 1; g <= 5; g++) if (m[g] !== undefined) found |= 1 << (g - 1);
    if (m[5] !== undefined) found |= 1 << 3;
  }
  const out: Milestone[] = [];
  for (let g = 0; g < 5; g++) if (found & (1 << g)) out.push(ORDER[g]!);
  return out;
}
