/**
 * text → document structure. One pass per stage, each linear in the size of the document:
 * lines → block kinds → headings → sections → fields, action items, scorecards, markers.
 * Time (`../time`) is layered on top of this structure by `../document.ts`.
 */
import type { PostmortemDocument } from '../model';
import type { Schema } from '../schema/types';
import { classifyLines, splitLines } from './blocks';
import { findHeadings } from './headings';
import { buildSections, sectionOfEachLine } from './sections';
import { findFields } from './fields';
import { frontMatterFields, readFrontMatter } from './front-matter';
import { findActionItems } from './action-items';
import { findScorecards } from './scorecard';
import { findMarkers } from './markers';
import { findSuppressions } from './suppressions';

/** The model before time is read. */
export type DocumentStructure = Omit<PostmortemDocument, 'timeline' | 'incident'>;

export function parseStructure(text: string, schema: Schema, uri = '', version = 0): DocumentStructure {
  const lines = splitLines(text);
  classifyLines(lines);
  const frontMatter = readFrontMatter(lines);
  const raw = findHeadings(lines, schema);
  const sections = buildSections(raw, lines);
  const sectionOf = sectionOfEachLine(sections, lines.length);
  const fields = [...frontMatterFields(frontMatter, schema), ...findFields(lines, schema, sectionOf, sections)];
  return {
    uri,
    version,
    text,
    lines,
    frontMatter,
    headings: sections.map((s) => s.heading),
    sections,
    fields,
    actionItems: findActionItems(lines, sections, schema),
    scorecards: findScorecards(lines, sections),
    markers: findMarkers(lines, text),
    suppressions: findSuppressions(lines),
  };
}
