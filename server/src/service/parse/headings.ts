/**
 * Finds section headings in every style real postmortems use: ATX, setext, MediaWiki
 * (`==Summary==`), a line of only bold text, and a plain `Heading:` line naming a known section.
 * How each style reads (and writes) lives in its entry in `heading-styles.ts`.
 */
import type { Heading, HeadingStyle, LineDraft } from '../model';
import type { Schema } from '../schema/types';
import { matchSectionIds } from '../schema/match';
import { HEADING_STYLES, type HeadingStyleEntry } from './heading-styles';

/** A heading before sections are built: `level` is 0 for bold and label headings until then. */
export interface RawHeading extends Heading {
  ids: string[];
}

// Split once by where a style may start, so the per-line loop does no filtering.
const ENTRIES = Object.entries(HEADING_STYLES) as Array<[HeadingStyle, HeadingStyleEntry]>;
const ON_TEXT = ENTRIES.map(([, e]) => e);
const ON_TABLE_ROW = ENTRIES.filter(([, e]) => e.onTableRow).map(([, e]) => e);

export function findHeadings(lines: LineDraft[], schema: Schema): RawHeading[] {
  const out: RawHeading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== 'text' && line.kind !== 'table-row') continue;
    const h = read(line.kind === 'text' ? ON_TEXT : ON_TABLE_ROW, lines, i, schema);
    if (!h) continue;
    line.kind = 'heading';
    // The rest of a heading that spans lines is its underline (setext).
    for (let j = i + 1; j <= h.range.end.line; j++) lines[j]!.kind = 'setext-underline';
    out.push({ ...h, ids: matchSectionIds(schema, h.text, HEADING_STYLES[h.style].strictNames) });
  }
  return out;
}

function read(entries: readonly HeadingStyleEntry[], lines: LineDraft[], i: number, schema: Schema): Heading | null {
  for (const e of entries) {
    const h = e.read(lines, i, schema);
    if (h) return h;
  }
  return null;
}
