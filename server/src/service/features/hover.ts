/**
 * Hover: what the model knows about the thing under the cursor. A rule code in a suppression
 * comment, a timeline entry, a Duration field, a section heading, or a written time range.
 */
import { MarkupKind, type Diagnostic, type Hover } from 'vscode-languageserver-types';
import type { PostmortemDocument, Position, Range, TimelineEntry } from '../model';
import type { Schema } from '../schema/types';
import { ruleByCode } from '../rules';
import { suppressionFilter } from '../parse/suppressions';
import { settingFor } from '../schema/rule-codes';
import { firstToLast, formatDuration, readRange } from '../time';
import { contains, entryAt, fieldsOnLine, firstAtOrAfter, lastAtOrBefore } from './locate';
import { formatGap, formatT, formatUtcOffset, formatWallClock, minutesFromTo, phaseOfEntry, previousEntry, sinceStart } from './timing';

/** Markdown hover for `position`, or null when there is nothing to say. */
export function hover(doc: PostmortemDocument, schema: Schema, position: Position, diagnostics: readonly Diagnostic[]): Hover | null {
  if (!doc.lines[position.line]) return null;
  return suppressionHover(doc, position)
    ?? entryHover(doc, position)
    ?? durationHover(doc, schema, position, diagnostics)
    ?? headingHover(doc, schema, position)
    ?? rangeHover(doc, position);
}

/** The description of a rule that the `code` is named after. */
export function ruleDescription(code: string): string | null {
  return ruleByCode(code)?.description ?? null;
}

function markdown(lines: string[], range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range };
}

function suppressionHover(doc: PostmortemDocument, p: Position): Hover | null {
  const from = firstAtOrAfter(doc.suppressions, p.line, (s) => s.line);
  for (let k = from; k < doc.suppressions.length && doc.suppressions[k]!.line === p.line; k++) {
    const code = doc.suppressions[k]!.codes.find((c) => contains(c.range, p));
    if (!code) continue;
    const description = ruleDescription(code.code);
    return markdown([description ? `**${code.code}**: ${description}` : `Unknown rule \`${code.code}\`.`], code.range);
  }
  return null;
}

function entryHover(doc: PostmortemDocument, p: Position): Hover | null {
  const hit = entryAt(doc, p.line);
  if (!hit) return null;
  const { entry, index } = hit;
  const since = sinceStart(doc, entry);
  const previous = previousEntry(doc, index);
  const phase = phaseOfEntry(doc, entry);
  const lines = [`**${entry.written}** · ${formatT(since)}`, '', ...instantLines(entry)];
  lines.push(`- Since incident start: ${formatT(since)}`);
  lines.push(`- Since previous entry: ${previous ? formatGap(minutesFromTo(previous, entry)) : 'none (first entry)'}`);
  if (phase) lines.push(`- Phase: ${phase}`);
  return markdown(lines, entry.timeRange);
}

function instantLines(e: TimelineEntry): string[] {
  if (e.instant === null) return ['- Instant: unknown (the date or time zone is not given)'];
  const out = [`- UTC: ${formatWallClock(e.instant)}`];
  if (e.zone !== null && e.utcOffsetMinutes !== null && e.zone.toUpperCase() !== 'UTC') {
    const inherited = e.zoneInherited ? ', from the entries around it' : '';
    out.push(`- ${e.zone} (${formatUtcOffset(e.utcOffsetMinutes)}${inherited}): ${formatWallClock(e.instant, e.utcOffsetMinutes)}`);
  }
  return out;
}

function durationHover(doc: PostmortemDocument, schema: Schema, p: Position, diagnostics: readonly Diagnostic[]): Hover | null {
  const field = fieldsOnLine(doc, p.line).find((f) => f.id === 'duration' && f.style !== 'front-matter');
  if (!field) return null;
  const range = { start: field.keyRange.start, end: field.valueRange.end };
  if (!contains(range, p)) return null;
  const stated = doc.incident.stated;
  if (!stated || stated.line !== field.line) return markdown([`**${field.key}**`, '', 'No length can be read from this value.'], range);
  const lines = [`**${field.key}**: ${formatDuration(stated.minutes)}`, ''];
  const span = firstToLast(doc.timeline);
  if (span === null) lines.push('The timeline has too few entries to check it against.');
  else {
    const verdict = durationVerdict(doc, schema, diagnostics, stated.line);
    lines.push(verdict === null ? `The timeline runs ${formatDuration(span)}.` : `The timeline ${verdict}: it runs ${formatDuration(span)}.`);
  }
  return markdown(lines, range);
}

/**
 * What duration-mismatch said about the Duration on `line`, read from this version's diagnostics:
 * it disagrees when the rule reported it, agrees when the rule ran there and did not, and says
 * nothing when the rule is off or suppressed on that line.
 */
function durationVerdict(doc: PostmortemDocument, schema: Schema, diagnostics: readonly Diagnostic[], line: number): 'agrees' | 'disagrees' | null {
  const code = 'duration-mismatch';
  if (diagnostics.some((d) => d.code === code && d.range.start.line === line)) return 'disagrees';
  const off = settingFor(schema.rules, code) === 'off' || suppressionFilter(doc.suppressions)(code, line);
  return off ? null : 'agrees';
}

function headingHover(doc: PostmortemDocument, schema: Schema, p: Position): Hover | null {
  const section = doc.sections[lastAtOrBefore(doc.sections, p.line, (s) => s.heading.line)];
  if (!section || !contains(section.heading.range, p)) return null;
  const specs = section.ids.map((id) => schema.sections.find((s) => s.id === id)).filter((s) => s !== undefined);
  if (specs.length === 0) return markdown([`**${section.heading.text}**`, '', `Not a section the "${schema.name}" schema knows.`], section.heading.range);
  const lines: string[] = [];
  for (const spec of specs) {
    if (lines.length > 0) lines.push('', '---', '');
    lines.push(`**${spec.title}** (${spec.required ? 'required' : 'optional'})`, '', spec.description);
    const required = spec.fields.filter((f) => f.required).map((f) => f.label);
    if (required.length > 0) lines.push('', `Required fields: ${required.join(', ')}`);
  }
  return markdown(lines, section.heading.range);
}

/** A range written in prose, such as `07:02 - 07:08 PST`: its length. */
function rangeHover(doc: PostmortemDocument, p: Position): Hover | null {
  const line = doc.lines[p.line]!;
  if (line.kind !== 'text' && line.kind !== 'list-item' && line.kind !== 'table-row') return null;
  let offset = 0;
  for (let guard = 0; guard < 8 && offset < line.text.length; guard++) {
    const r = readRange(line.text.slice(offset));
    if (!r) return null;
    const start = offset + r.textStart;
    const end = offset + r.textEnd;
    if (p.character >= start && p.character <= end) {
      const range = { start: { line: p.line, character: start }, end: { line: p.line, character: end } };
      return markdown([`**${line.text.slice(start, end)}**: ${formatDuration(r.minutes)}`], range);
    }
    offset = end;
  }
  return null;
}
