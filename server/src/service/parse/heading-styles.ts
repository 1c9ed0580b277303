/**
 * The registry of heading styles: for each style, how to read it (`headings.ts`), how to write it
 * for an inserted section (`edits/sections.ts`), whether it is weak (no level of its own:
 * `sections.ts`), whether "Convert headings to Markdown" rewrites it (`features/code-actions.ts`),
 * and how strictly its text must name a section (`headings.ts`).
 *
 * `HEADING_STYLES` is a `Record` over `HeadingStyle`: a style named in the model without an entry,
 * or an entry missing a member, does not compile. Entries are tried in the order written here.
 */
import type { Heading, HeadingStyle, LineInfo } from '../model';
import type { Schema } from '../schema/types';
import { matchSectionIds } from '../schema/match';

export interface HeadingStyleEntry {
  /** The heading of this style that starts on line `i`, or null. */
  read(lines: readonly LineInfo[], i: number, schema: Schema): Heading | null;
  /** Whether it may start on a table row (`# A | B` is an ATX heading, not a table). */
  onTableRow: boolean;
  /**
   * The heading of a new section at `level` (1-6), or null when this style cannot carry it
   * (a title that ends like a sentence is not a bold heading; setext has two levels).
   */
  write(level: number, title: string): string | null;
  /** Weak headings have no level of their own: they sit one below the strong heading above them. */
  weak: boolean;
  /** "Convert headings to Markdown" rewrites it as ATX, changing only the markers around the text. */
  convertible: boolean;
  /** Its text names sections only when every word belongs to a known title (it is prose otherwise). */
  strictNames: boolean;
}

/** The longest bold line or `Label:` that still reads as a heading rather than a sentence. */
export const MAX_WEAK_HEADING = 60;

export const HEADING_STYLES: Record<HeadingStyle, HeadingStyleEntry> = {
  atx: { read: (lines, i) => atx(lines[i]!, i), onTableRow: true, write: atxLine, weak: false, convertible: false, strictNames: false },
  setext: {
    read: (lines, i) => setext(lines, i),
    onTableRow: false,
    write: (level, title) => (level > 2 ? null : `${title}\n${(level === 1 ? '=' : '-').repeat(Math.max(3, title.length))}`),
    weak: false,
    convertible: false,
    strictNames: false,
  },
  wiki: {
    read: (lines, i) => wiki(lines[i]!, i),
    onTableRow: false,
    write: (level, title) => `${'='.repeat(clamp(level))}${title}${'='.repeat(clamp(level))}`,
    weak: false,
    convertible: true,
    strictNames: false,
  },
  bold: {
    read: (lines, i) => bold(lines[i]!, i),
    onTableRow: false,
    write: (_level, title) => (readsAsWeakHeading(title) ? `**${title}**` : null),
    weak: true,
    convertible: true,
    strictNames: false,
  },
  label: {
    read: (lines, i, schema) => label(lines[i]!, i, schema),
    onTableRow: false,
    write: (_level, title) => (readsAsWeakHeading(title) ? `${title}:` : null),
    weak: true,
    convertible: true,
    strictNames: true,
  },
};

/** ATX carries every title at every level: the style other styles fall back to. */
export function atxLine(level: number, title: string): string {
  return `${'#'.repeat(clamp(level))} ${title}`;
}

function clamp(level: number): number {
  return Math.min(6, Math.max(1, level));
}

/** What `bold` and `label` below accept back: short, no sentence end, no bold markers inside. */
function readsAsWeakHeading(title: string): boolean {
  return title.length <= MAX_WEAK_HEADING && !/[.!?:]$/.test(title) && !title.includes('**') && !title.includes('__');
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

function setext(lines: readonly LineInfo[], i: number): Heading | null {
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
