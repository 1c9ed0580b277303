/**
 * What a document states, by meaning rather than by label, and whether it is a postmortem at all.
 * The structure rules ask this one place, so "present" means the same to each of them.
 *
 * A section is met by a heading with its id, by a heading whose schema entry `meets` it
 * (Contributing Factors meets Root Cause), by an unheaded opening paragraph (the summary) and by
 * timeline entries read outside a Timeline heading (a status page's update log). A field is met by
 * a field with a real value anywhere in the document, by a field that `meets` it (Time to recovery
 * meets Duration), by a section of the same id (an Impact section meets the Impact field), and, for
 * Duration, by any incident window the document gives.
 */
import type { Field, PostmortemDocument } from '../model';
import type { Schema } from '../schema/types';
import { isPlaceholderOnly } from '../parse/markers';
import { CLOCK_TIME, isAdvisory, shapeOf, type DocumentShape } from './document-shape';

export type { DocumentShape } from './document-shape';

export interface Stated {
  shape: DocumentShape;
  /** Section ids the document meets. */
  sections: ReadonlySet<string>;
  /** Field ids the document states, with a value that is more than a placeholder. */
  fields: ReadonlySet<string>;
}

/** An opening paragraph shorter than this is a subtitle ("Incident Report for Flow"), not a summary. */
const MIN_SUMMARY_WORDS = 15;
/**
 * How much of a summary or a narrating section is read for cues: a story that has not said it in
 * this many characters is not going to, and a 10,000-entry timeline must stay cheap to check.
 */
const MAX_PROSE = 16_000;
/** Summary words enough to be sure it tells the story, impact and cause included. */
const SUBSTANTIVE_SUMMARY_WORDS = 40;
const PROSE_FIELDS = ['impact', 'root-cause'];
/**
 * Sections whose prose tells what was done and what will stop the next one: the timeline (read as
 * text, so a row whose date is `2022-05-??` still counts), the resolution, a remediation.
 */
const NARRATING = ['timeline', 'resolution', 'remediation'];
/** Entries enough for a timeline to tell the story of the response, fix included. */
const MIN_NARRATED_ENTRIES = 3;
const cache = new WeakMap<PostmortemDocument, WeakMap<Schema, Stated>>();

export function stated(doc: PostmortemDocument, schema: Schema): Stated {
  let bySchema = cache.get(doc);
  if (!bySchema) cache.set(doc, (bySchema = new WeakMap()));
  let s = bySchema.get(schema);
  if (!s) bySchema.set(schema, (s = compute(doc, schema)));
  return s;
}

function compute(doc: PostmortemDocument, schema: Schema): Stated {
  const summary = summaryProse(doc);
  // Sections are also said in the timeline and in what the resolution tells ("to prevent this, …").
  // Built only when a cue must be looked for: most documents name their sections.
  let prose: string | undefined;
  const narrated = (): string => (prose ??= `${summary}${sectionProse(doc, NARRATING)} `);
  const sections = metSections(doc, schema, narrated);
  // Field cues read the summary only: "latency alerts" in a timeline entry states no impact.
  const fields = metFields(doc, schema, sections, summary);
  const shape = shapeOf(doc);
  const advisory = shape === 'postmortem' && isAdvisory(doc);
  // A summary this long says who was affected and why in some words of its own; the reader is not
  // sure enough to claim otherwise.
  if (wordCount(summary) >= SUBSTANTIVE_SUMMARY_WORDS) {
    for (const id of PROSE_FIELDS) fields.add(id);
    sections.add('root-cause');
  }
  return { shape: advisory ? 'advisory' : shape, sections, fields };
}

function metSections(doc: PostmortemDocument, schema: Schema, prose: () => string): Set<string> {
  const out = new Set<string>();
  for (const s of doc.sections) for (const id of s.ids) out.add(id);
  if (hasOpeningSummary(doc)) out.add('summary');
  // `Root Cause: a policy change` in the summary says what a Root Cause section would.
  for (const f of doc.fields) if (f.id && hasValue(f) && schema.sections.some((x) => x.id === f.id)) out.add(f.id);
  if (doc.timeline.entries.length > 0 || narratesInTime(doc)) out.add('timeline');
  // A timeline of several entries narrates the response, and with it what ended the impact.
  if (doc.timeline.entries.length >= MIN_NARRATED_ENTRIES) out.add('resolution');
  // Action items already done ("✅ Restored the worker count") are what was done to resolve it.
  if (doc.actionItems.some((a) => a.done === true)) out.add('resolution');
  for (const spec of schema.sections) if (spec.cues.length > 0 && !out.has(spec.id) && saysAny(prose(), spec.cues)) out.add(spec.id);
  return withMeets(out, (id) => schema.sections.find((x) => x.id === id)?.meets);
}

function metFields(doc: PostmortemDocument, schema: Schema, sections: ReadonlySet<string>, prose: string): Set<string> {
  const out = new Set<string>(sections);
  for (const f of doc.fields) if (f.id && hasValue(f)) out.add(f.id);
  for (const spec of schema.sections) for (const f of spec.fields) if (f.cues.length > 0 && !out.has(f.id) && saysAny(prose, f.cues)) out.add(f.id);
  // A window the document gives, stated or read from its timeline, says how long the incident lasted.
  if ((doc.incident.durationMinutes ?? 0) > 0 || (out.has('start') && out.has('end'))) out.add('duration');
  const specs = schema.sections.flatMap((s) => s.fields);
  return withMeets(out, (id) => specs.find((f) => f.id === id)?.meets);
}

function withMeets(ids: Set<string>, meetsOf: (id: string) => readonly string[] | undefined): Set<string> {
  for (const id of [...ids]) for (const m of meetsOf(id) ?? []) ids.add(m);
  return ids;
}

/**
 * The summary's prose (its section, or the unheaded opening), as lower-case words between single
 * spaces, so a cue matches whole words only.
 */
function summaryProse(doc: PostmortemDocument): string {
  const parts: string[] = [];
  // A field's label is not prose: an empty `Impact:` must not state the impact by its own name.
  // A label the schema does not know (`Initial Concerns: a user found…`) carries ordinary prose.
  const fieldLines = new Set(doc.fields.filter((f) => f.id !== null).map((f) => f.line));
  let size = 0;
  const take = (from: number, to: number): void => {
    for (let i = from; i <= to && size < MAX_PROSE; i++) {
      const line = doc.lines[i]!;
      if ((line.kind === 'text' || line.kind === 'list-item') && !fieldLines.has(i)) {
        parts.push(line.text);
        size += line.text.length;
      }
    }
  };
  take(0, openingEnd(doc) - 1);
  for (const s of doc.sections) if (s.ids.includes('summary')) take(s.bodyStart, s.end);
  return ` ${normalize(parts.join(' '))} `;
}

function sectionProse(doc: PostmortemDocument, ids: readonly string[]): string {
  const parts: string[] = [];
  let size = 0;
  for (const s of doc.sections) {
    if (!s.ids.some((id) => ids.includes(id))) continue;
    for (let i = s.bodyStart; i <= s.end && size < MAX_PROSE; i++) {
      const line = doc.lines[i]!;
      if (line.kind === 'text' || line.kind === 'list-item' || line.kind === 'table-row') {
        parts.push(line.text);
        size += line.text.length;
      }
    }
  }
  // Timeline entries read outside a Timeline heading (a status page's update log) narrate too.
  if (!doc.sections.some((s) => s.ids.includes('timeline'))) for (const e of doc.timeline.entries.slice(0, 200)) parts.push(e.text);
  return normalize(parts.join(' '));
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function wordCount(words: string): number {
  const t = words.trim();
  return t === '' ? 0 : t.split(' ').length;
}

function saysAny(prose: string, cues: readonly string[]): boolean {
  return cues.some((c) => prose.includes(` ${c.toLowerCase()} `));
}

/** A value that is only `TODO` or `<fill me>` is scaffolding, not a statement. */
export function hasValue(f: Field): boolean {
  const v = f.value.replace(/[*_]/g, '').trim();
  return v !== '' && !isPlaceholderOnly(v);
}

/**
 * Prose before the first section heading, past the title, reads as the summary when it is long
 * enough to say what happened.
 */
function hasOpeningSummary(doc: PostmortemDocument): boolean {
  const end = openingEnd(doc);
  let words = 0;
  for (let i = 0; i < end && words < MIN_SUMMARY_WORDS; i++) {
    const line = doc.lines[i]!;
    if (line.kind === 'text') words += line.text.trim().split(/\s+/).length;
  }
  return words >= MIN_SUMMARY_WORDS;
}

/** "At 3:28 PM UTC the attacker…", paragraph after paragraph: a timeline told as prose. */
const MIN_TIMED_LINES = 3;

function narratesInTime(doc: PostmortemDocument): boolean {
  let timed = 0;
  for (const line of doc.lines) {
    if ((line.kind === 'text' || line.kind === 'list-item') && CLOCK_TIME.test(line.text) && ++timed >= MIN_TIMED_LINES) return true;
  }
  return false;
}

/** Where the opening ends: at the first section heading below the title. */
function openingEnd(doc: PostmortemDocument): number {
  const first = doc.sections.find((s) => s.heading.level >= 2 || s.ids.length > 0);
  return first ? first.heading.line : doc.lines.length;
}

