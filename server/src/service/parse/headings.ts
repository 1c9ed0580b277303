/**
 * Finds section headings in every style real postmortems use: ATX, setext, MediaWiki
 * (`==Summary==`), a line of only bold text, and a plain `Heading:` line naming a known section.
 */
import type { Heading, HeadingStyle, LineInfo } from '../model';
import type { Schema } from '../schema/types';
import { matchSectionIds } from '../schema/match';

/** A heading before sections are built: `level` is 0 for bold and label headings until then. */
export interface RawHeading extends Heading {
  ids: string[];
}

/** The longest bold line or `Label:` that still reads as a heading rather than a sentence. */
const MAX_WEAK_HEADING = 60;

export function findHeadings(lines: LineInfo[], schema: Schema): RawHeading[] {
  const out: RawHeading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== 'text' && line.kind !== 'table-row') continue;
    const h = atx(line, i) ?? (line.kind === 'text' ? setext(lines, i) ?? wiki(line, i) ?? bold(line, i) ?? label(line, i, schema) : null);
    if (!h) continue;
    line.kind = 'heading';
    if (h.style === 'setext') lines[i + 1]!.kind = 'setext-underline';
    out.push({ ...h, ids: matchSectionIds(schema, h.text, h.style === 'label') });
  }
  return out;
}

function make(line: number, style: HeadingStyle, level: number, text: string, col: number, endLine = line, endCol = 0): Heading {
  return {
    line,
    style,
    level,
    text,
    range: { start: { line, character: 0 }, end: { line: endLine, character: endCol } },
    textRange: { start: { line, character: col }, end: { line, character: col + text.length } },
  };
}

function atx(info: LineInfo, i: number): Heading | null {
  if (info.indent >= 4) return null;
  const t = info.text;
  const lead = t.length - t.trimStart().length;
  let n = 0;
  while (t.charCodeAt(lead + n) === 35 /* # */) n++;
  if (n < 1 || n > 6) return null;
  const after = t.charCodeAt(lead + n);
  if (!Number.isNaN(after) && after !== 32 && after !== 9) return null;
  let body = t.slice(lead + n);
  // A closing sequence of #s is decoration.
  body = body.replace(/[ \t]#+[ \t]*$/, '').replace(/^[ \t]*#+[ \t]*$/, '');
  const text = body.trim();
  const col = text ? t.indexOf(text, lead + n) : lead + n;
  return make(i, 'atx', n, text, col, i, t.length);
}

function setext(lines: LineInfo[], i: number): Heading | null {
  const under = lines[i + 1];
  if (!under || under.indent >= 4 || lines[i]!.indent >= 4) return null;
  if (under.kind !== 'text' && under.kind !== 'rule') return null;
  const u = under.text.trim();
  if (u === '' || (!/^=+$/.test(u) && !/^-+$/.test(u))) return null;
  const t = lines[i]!.text;
  const text = t.trim();
  return make(i, 'setext', u[0] === '=' ? 1 : 2, text, t.indexOf(text), i + 1, under.text.length);
}

function wiki(info: LineInfo, i: number): Heading | null {
  const t = info.text.trim();
  if (t.charCodeAt(0) !== 61 /* = */ || t.charCodeAt(t.length - 1) !== 61) return null;
  let open = 0;
  while (t.charCodeAt(open) === 61) open++;
  let close = 0;
  while (close < t.length && t.charCodeAt(t.length - 1 - close) === 61) close++;
  if (open !== close || open > 6 || open * 2 >= t.length) return null;
  const text = t.slice(open, t.length - close).trim();
  if (text === '') return null;
  return make(i, 'wiki', open, text, info.text.indexOf(text), i, info.text.length);
}

function bold(info: LineInfo, i: number): Heading | null {
  const t = info.text.trim();
  const marker = t.slice(0, 2);
  if (marker !== '**' && marker !== '__') return null;
  let inner = t;
  if (inner.endsWith(':')) inner = inner.slice(0, -1).trimEnd();
  if (!inner.endsWith(marker) || inner.length <= 4) return null;
  inner = inner.slice(2, -2);
  if (inner.includes(marker)) return null;
  const text = stripColon(inner.trim());
  if (text === '' || text.length > MAX_WEAK_HEADING || /[.!?]$/.test(text)) return null;
  return make(i, 'bold', 0, text, info.text.indexOf(text), i, info.text.length);
}

function label(info: LineInfo, i: number, schema: Schema): Heading | null {
  const t = info.text.trim();
  if (!t.endsWith(':') || t.length > MAX_WEAK_HEADING + 1) return null;
  const text = t.slice(0, -1).trim();
  if (text === '' || text.includes(':')) return null;
  if (matchSectionIds(schema, text, true).length === 0) return null;
  return make(i, 'label', 0, text, info.text.indexOf(text), i, info.text.length);
}

function stripColon(s: string): string {
  return s.endsWith(':') ? s.slice(0, -1).trimEnd() : s;
}
