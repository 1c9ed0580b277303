/**
 * The timeline as a Mermaid `gantt` block, which GitHub, GitLab and most wikis render: the phases
 * as bars, every entry as a milestone. Pure; the same text for the same model, so a block in the
 * document can be compared with a fresh one to tell whether it is stale.
 */
import type { TimelineEntry } from '../model';
import { entryLabel, laneSpecs, type LaneSpec, type TimelineSource } from '../time/lanes';
import { phaseSpans } from '../time/phases';

/** The comment inside the block that says it was generated, and lets "insert" find it again. */
export const DIAGRAM_MARKER = '%% postmortem-timeline';
const MARKER_LINE = `${DIAGRAM_MARKER}: generated from the timeline; "Insert timeline diagram" updates it`;
const MAX_NAME = 60;
/** A date for timelines with no date: Mermaid needs one, and the axis shows only the time of day. */
const UNDATED = Date.UTC(2000, 0, 1);

/** The body of the ```mermaid block (without the fences), or null when the timeline has no entries. */
export function timelineMermaid(src: TimelineSource): string | null {
  if (src.timeline.entries.length === 0) return null;
  const specs = laneSpecs(src).filter((s) => s.entries.length > 0);
  const multi = specs.length > 1;
  const lines = ['gantt', `  ${MARKER_LINE}`, '  dateFormat YYYY-MM-DD HH:mm', `  axisFormat ${axisFormat(src.timeline.entries)}`];
  let id = 0;
  for (const spec of specs) {
    const at = laneClock(spec);
    const spans = phaseSpans(spec.window);
    if (spans.length > 0) lines.push(`  section ${multi ? name(spec.label) : 'Phases'}`);
    for (const s of spans) lines.push(`  ${capital(s.phase)} : ${s.phase === 'impact' ? 'crit, ' : ''}p${++id}, ${at(s.from)}, ${minutes(s.to - s.from)}`);
    lines.push(`  section ${multi ? `${name(spec.label)} entries` : 'Entries'}`);
    const ordered = [...spec.entries].sort((a, b) => a.sinceStartMinutes - b.sinceStartMinutes || a.line - b.line);
    for (const e of ordered) lines.push(`  ${name(entryLabel(e)) || name(e.written) || 'entry'} : milestone, e${++id}, ${at(e.sinceStartMinutes)}, 0m`);
  }
  return lines.join('\n');
}

/** The whole fenced block. */
export function timelineMermaidBlock(src: TimelineSource): string | null {
  const body = timelineMermaid(src);
  return body === null ? null : '```mermaid\n' + body + '\n```';
}

/** `YYYY-MM-DD HH:mm` of minute `m` of a lane, in the zone of its first dated entry (or undated). */
function laneClock(spec: LaneSpec): (m: number) => string {
  const dated = spec.entries.find((e) => e.instant !== null && e.utcOffsetMinutes !== null);
  const first = spec.entries[0]!;
  const base = dated
    ? dated.instant! + (dated.utcOffsetMinutes! - dated.sinceStartMinutes) * 60_000
    : UNDATED + (first.localMinutes - first.sinceStartMinutes) * 60_000;
  return (m) => {
    const iso = new Date(base + Math.round(m) * 60_000).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  };
}

/** Dates on the axis only when the timeline spans days. */
function axisFormat(entries: readonly TimelineEntry[]): string {
  let min = Infinity;
  let max = -Infinity;
  for (const e of entries) {
    min = Math.min(min, e.sinceStartMinutes);
    max = Math.max(max, e.sinceStartMinutes);
  }
  return max - min >= 1440 ? '%m-%d %H:%M' : '%H:%M';
}

function minutes(m: number): string {
  return `${Math.max(1, Math.round(m))}m`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A task or section name Mermaid reads as plain text: `:` ends a name, `;` and `#` start a
 * statement or an entity, `%%` a comment; markup and backticks are dropped for the same reason.
 */
function name(text: string): string {
  const plain = text
    .replace(/[:;#%<>`{}[\]"\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const short = plain.length > MAX_NAME ? `${plain.slice(0, MAX_NAME - 1).trimEnd()}…` : plain;
  // A name that starts with a keyword would be read as that statement.
  return KEYWORD.test(short) ? `– ${short}` : short;
}

const KEYWORD = /^(?:gantt|title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|inclusiveenddates|topaxis|acctitle|accdescr|click|vert)\b/i;
