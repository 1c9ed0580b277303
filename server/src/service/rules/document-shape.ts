/**
 * Whether a document is a postmortem at all, and of what kind: the reading of a whole file that
 * decides whether sections and fields are checked (see stated.ts and not-a-postmortem.ts).
 */
import type { PostmortemDocument, Section } from '../model';

/**
 * - `postmortem`: sections and fields are checked.
 * - `unstructured`: an incident told without section headings (a status-page report with its
 *   update log, or paragraphs of prose); there is nothing to check sections against.
 * - `not-a-postmortem`: no timeline and no postmortem section heading (a README, a status
 *   notice).
 * - `advisory`: a security advisory: a flaw found and fixed, with no outage (no Impact or
 *   Duration) to report on.
 */
export type DocumentShape = 'postmortem' | 'unstructured' | 'not-a-postmortem' | 'advisory';

const EXPLICIT_NAME = /\.postmortem\.[A-Za-z]+$/;
/**
 * How a security advisory or bug disclosure talks: where the flaw came from, what it could do, that
 * a release fixed it and nothing was exploited. An incident report, breach or outage, has clock
 * times; a disclosure's timeline is dates (reported, fixed, released).
 */
const ADVISORY =
  /\b(?:bug report|bugcrowd|bug bounty|researcher|disclosure|vulnerabilit(?:y|ies)|not exploited|CVE-\d+-\d+|(?:addressed|fixed) in (?:version )?v?\d|was released|can cause|could cause|could allow|an attacker|a malicious)\b/i;
/** A clock time such as `14:05`: incident reports have them, disclosures rarely do. */
export const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/;

/** A security advisory or bug disclosure that states no outage (see ADVISORY). */
export function isAdvisory(doc: PostmortemDocument): boolean {
  // The clock test comes first: it finds a time early in any timeline, and spares the longer scan.
  return !isExplicit(doc) && !statesOutage(doc) && !CLOCK_TIME.test(doc.text) && ADVISORY.test(doc.text);
}

/** A labelled Impact or Duration: the writer reports an outage, whatever else the text says. */
function statesOutage(doc: PostmortemDocument): boolean {
  return doc.fields.some((f) => f.id === 'impact' || f.id === 'duration') || doc.sections.some((s) => s.ids.includes('impact'));
}

function isExplicit(doc: PostmortemDocument): boolean {
  return EXPLICIT_NAME.test(doc.uri) || declaresPostmortem(doc);
}

/** Files a docs folder holds beside its postmortems. */
const NOT_A_REPORT_NAME = /(?:^|\/)(?:readme|contributing|changelog|license|code_of_conduct|security)(?:\.[a-z]+)?$/i;

export function shapeOf(doc: PostmortemDocument): DocumentShape {
  if (isExplicit(doc)) return 'postmortem';
  if (NOT_A_REPORT_NAME.test(doc.uri)) return 'not-a-postmortem';
  const known = new Set(topLevelKnown(doc.sections).flatMap((s) => s.ids));
  const entries = doc.timeline.entries.length;
  if (known.size === 0) return entries > 0 || readsAsIncidentProse(doc) ? 'unstructured' : 'not-a-postmortem';
  return 'postmortem';
}

/** Paragraphs that tell an incident ("Feature flags went down for about 3 hours…"), without headings. */
const INCIDENT_WORDS = /\b(?:outage|incident|went down|was down|downtime|degraded|post-?mortem|root cause|impact)\b/i;
const MIN_PROSE_WORDS = 80;

function readsAsIncidentProse(doc: PostmortemDocument): boolean {
  let words = 0;
  for (const line of doc.lines) if (line.kind === 'text' || line.kind === 'list-item') words += line.text.split(/\s+/).length;
  // A README has headings of its own; an incident told as prose has at most a title.
  if (doc.sections.length > 1) return false;
  return words >= MIN_PROSE_WORDS && INCIDENT_WORDS.test(doc.text);
}

function topLevelKnown(sections: readonly Section[]): Section[] {
  return sections.filter((s) => s.ids.length > 0 && !s.subsection);
}

function declaresPostmortem(doc: PostmortemDocument): boolean {
  const data = doc.frontMatter?.data;
  if (!data || typeof data !== 'object' || !Object.hasOwn(data, 'type')) return false;
  const type = (data as Record<string, unknown>)['type'];
  return typeof type === 'string' && /^post-?mortem$/i.test(type.trim());
}
