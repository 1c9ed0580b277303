/**
 * Builds the section tree from headings.
 *
 * ATX, setext and wiki headings nest by level. Bold and `Label:` headings ("weak" headings) sit one
 * level below the strong heading they are under. A weak heading nests inside the open section
 * instead of closing it when that section already covers what it names (`Tasks:` under
 * "Corrective and Preventative Measures") or when it names nothing the schema knows
 * (`**Improvements/Fixes:**` under an action-items section).
 */
import type { Draft, Heading, LineInfo, Section } from '../model';
import type { RawHeading } from './headings';
import { HEADING_STYLES } from './heading-styles';

export function buildSections(headings: RawHeading[], lines: readonly LineInfo[]): Section[] {
  const sections: Draft<Section>[] = [];
  const open: number[] = [];
  let strongLevel = 0;
  for (const h of headings) {
    let level = h.level;
    if (HEADING_STYLES[h.style].weak) {
      level = placeWeak(h, sections, open, strongLevel);
    } else {
      // Later weak headings sit one level below this one.
      strongLevel = level;
    }
    while (open.length > 0 && sections[open[open.length - 1]!]!.heading.level >= level) open.pop();
    const parent = open.length > 0 ? open[open.length - 1]! : -1;
    // Built field by field: `delete` on a spread copy would put every heading in V8's slow
    // dictionary mode, and features read headings on every request.
    const heading: Heading = { line: h.line, style: h.style, level, text: h.text, range: h.range, textRange: h.textRange };
    const bodyStart = h.range.end.line + 1;
    sections.push({
      index: sections.length,
      ids: h.ids,
      heading,
      parent,
      depth: open.length,
      subsection: h.ids.length > 0 && coveredByAncestor(sections, parent, h.ids),
      bodyStart,
      end: lines.length - 1,
      range: { start: h.range.start, end: h.range.end },
    });
    open.push(sections.length - 1);
  }
  closeSections(sections, lines);
  return sections;
}

function placeWeak(h: RawHeading, sections: readonly Section[], open: number[], strongLevel: number): number {
  const level = strongLevel + 1;
  while (open.length > 0 && sections[open[open.length - 1]!]!.heading.level > level) open.pop();
  const top = open.length > 0 ? sections[open[open.length - 1]!]! : null;
  if (top && top.heading.level === level && top.ids.length > 0) {
    const nests = h.ids.length === 0 || h.ids.every((id) => top.ids.includes(id));
    if (nests) return level + 1;
  }
  return level;
}

function coveredByAncestor(sections: readonly Section[], parent: number, ids: string[]): boolean {
  for (let p = parent; p !== -1; p = sections[p]!.parent) {
    const anc = sections[p]!;
    if (ids.every((id) => anc.ids.includes(id))) return true;
  }
  return false;
}

/** A section ends where the next heading at its level or above begins. One stack pass, so 50,000 headings stay linear. */
function closeSections(sections: Draft<Section>[], lines: readonly LineInfo[]): void {
  const stack: Draft<Section>[] = [];
  const close = (s: Draft<Section>, nextHeadingLine: number): void => {
    let end = nextHeadingLine - 1;
    while (end > s.heading.range.end.line && lines[end]!.kind === 'blank') end--;
    s.end = Math.max(end, s.heading.range.end.line);
    s.range = { start: s.heading.range.start, end: { line: s.end, character: lines[s.end]!.text.length } };
  };
  for (const s of sections) {
    while (stack.length > 0 && stack[stack.length - 1]!.heading.level >= s.heading.level) close(stack.pop()!, s.heading.line);
    stack.push(s);
  }
  while (stack.length > 0) close(stack.pop()!, lines.length);
}

/** For each line, the innermost section containing it, or -1. */
export function sectionOfEachLine(sections: readonly Section[], lineCount: number): Int32Array {
  const out = new Int32Array(lineCount).fill(-1);
  // Sections are in document order and nested ones come after their parent, so later writes win.
  for (const s of sections) out.fill(s.index, s.heading.line, s.end + 1);
  return out;
}
