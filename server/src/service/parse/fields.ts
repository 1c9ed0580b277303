/**
 * `Key: value` fields in the forms postmortems write them: `- **Duration:** …`, `**Impact:** …`,
 * `Duration: …`, `- Duration: …`, and two-column table rows `| Duration | … |`. Front-matter keys
 * are added by `front-matter.ts`.
 */
import type { Draft, Field, FieldStyle, LineInfo, Section } from '../model';
import type { Schema } from '../schema/types';
import { matchFieldId } from '../schema/match';
import { splitCells } from './tables';

/** Labels longer than this are sentences that happen to contain a colon. */
const MAX_LABEL = 40;
const MAX_LABEL_WORDS = 5;

export function findFields(lines: readonly LineInfo[], schema: Schema, sectionOf: Int32Array, sections: readonly Section[]): Field[] {
  const out: Field[] = [];
  const titleLine = lines.findIndex((l) => l.kind === 'text' || l.kind === 'heading');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let f: Draft<Field> | null = null;
    if (line.kind === 'text' || line.kind === 'list-item') f = labelled(line, i, schema);
    else if (line.kind === 'table-row') f = tableField(line, i, schema);
    // A label the schema does not know is a field only where facts are listed; elsewhere
    // `T308941 - semi related: Klaxon…` or `Post mortem: Web outage` is a line with a colon.
    if (f && f.id === null && (i === titleLine || !listsFacts(sections[sectionOf[i]!]) || PLACEHOLDER_KEY.test(f.key))) f = null;
    if (f) {
      f.section = sectionOf[i]!;
      out.push(f);
    }
  }
  return out;
}

/** Headings over a block of facts: a summary, or a metadata, details or stats block. */
const FACT_HEADING = /\b(?:metadata|details|info|information|stats|statistics|facts|at a glance)\b/i;
/** `TODO: root cause` is a note to self, not a field named TODO. */
const PLACEHOLDER_KEY = /^(?:TODO|TBD|TBA|FIXME|XXX|NOTE|N\.?B\.?)$/i;

/** Whether unknown `Key: value` lines in this section (or before any, when undefined) are fields. */
function listsFacts(section: Section | undefined): boolean {
  return !section || section.ids.includes('summary') || (section.ids.length === 0 && FACT_HEADING.test(section.heading.text));
}

function labelled(line: LineInfo, i: number, schema: Schema): Field | null {
  const t = line.text;
  let at = line.kind === 'list-item' ? line.contentColumn ?? 0 : line.indent;
  while (t.charCodeAt(at) === 32 || t.charCodeAt(at) === 9) at++;
  const star = t.startsWith('**', at) || t.startsWith('__', at);
  const style: FieldStyle = star ? 'bold' : line.kind === 'list-item' ? 'list' : 'plain';
  const keyStart = star ? at + 2 : at;
  const colon = t.indexOf(':', keyStart);
  if (colon === -1 || colon - keyStart > MAX_LABEL) return null;
  let key = t.slice(keyStart, colon);
  let valueStart = colon + 1;
  if (star) {
    const marker = t.slice(at, at + 2);
    // `**Key:** value` or `**Key**: value`
    if (t.startsWith(marker, colon + 1)) valueStart = colon + 3;
    else if (key.endsWith(marker)) key = key.slice(0, -2);
    else return null;
  }
  key = key.trim();
  if (!isLabel(key)) return null;
  while (t.charCodeAt(valueStart) === 32 || t.charCodeAt(valueStart) === 9) valueStart++;
  const value = t.slice(valueStart).trimEnd();
  // A bare `Label:` with nothing after it is only a field when the schema knows the label.
  const id = matchFieldId(schema, key);
  if (value === '' && id === null) return null;
  const kStart = t.indexOf(key, keyStart);
  return {
    key,
    id,
    value,
    line: i,
    style,
    keyRange: { start: { line: i, character: kStart }, end: { line: i, character: kStart + key.length } },
    valueRange: { start: { line: i, character: valueStart }, end: { line: i, character: valueStart + value.length } },
    section: -1,
  };
}

function isLabel(key: string): boolean {
  if (key === '' || key.length > MAX_LABEL) return false;
  const first = key.charCodeAt(0);
  // Letters only at the start: `14:05 UTC: …` is a timeline entry, not a field.
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first > 127)) return false;
  // `at 06:45 PST`: a colon after a digit is a clock, not a label.
  const last = key.charCodeAt(key.length - 1);
  if (last >= 48 && last <= 57) return false;
  if (key.includes('*') || key.includes('`') || key.includes('[') || key.includes('http')) return false;
  return key.split(/\s+/).length <= MAX_LABEL_WORDS;
}

function tableField(line: LineInfo, i: number, schema: Schema): Field | null {
  // A two-column row has at most three pipes; most table rows (timelines, action items) have more,
  // and counting is far cheaper than splitting them into cells.
  let pipes = 0;
  for (let k = line.text.indexOf('|'); k !== -1 && pipes <= 3; k = line.text.indexOf('|', k + 1)) pipes++;
  if (pipes > 3) return null;
  // Field labels start with a letter (or bold); a row that starts with a time is a timeline entry.
  const t = line.text;
  let at = 0;
  while (at < t.length && (t.charCodeAt(at) === 32 || t.charCodeAt(at) === 9 || t.charCodeAt(at) === 124)) at++;
  const first = t.charCodeAt(at);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 42 || first > 127)) return null;
  const cells = splitCells(t);
  if (cells.length !== 2) return null;
  const [k, v] = cells as [(typeof cells)[0], (typeof cells)[0]];
  const key = k.text.replace(/^\*\*|\*\*$/g, '').replace(/:$/, '').trim();
  const id = matchFieldId(schema, key);
  if (id === null) return null;
  return {
    key,
    id,
    value: v.text,
    line: i,
    style: 'table',
    keyRange: { start: { line: i, character: k.start }, end: { line: i, character: k.end } },
    valueRange: { start: { line: i, character: v.start }, end: { line: i, character: v.end } },
    section: -1,
  };
}
