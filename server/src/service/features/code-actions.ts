/**
 * Code actions. Quick fixes come from the fixes each rule already put in its diagnostic's data, so
 * this file keeps no state and knows no rule's internals. Two document-wide actions sit beside
 * them: adding every missing section, and rewriting non-Markdown headings as ATX headings.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { PostmortemDocument, Range, Section } from '../model';
import type { Schema } from '../schema/types';
import type { DiagnosticData, Fix } from '../rules/types';
import { missingSection } from '../rules/missing-section';
import { closeOpenBlock } from '../edits/sections';
import { HEADING_STYLES } from '../parse/heading-styles';

export const ADD_MISSING_SECTIONS = 'source.addMissingSections';
export const CONVERT_HEADINGS = 'refactor.rewrite.convertHeadings';

/**
 * The actions for `range`. `analysis` is this version's cached model and diagnostics; quick fixes
 * come from those, never from the client's copy. `diagnostics` are the ones the client sent; `only`
 * is the client's kind filter (`quickfix`, `source`, `refactor.rewrite`, ...).
 */
export function codeActions(
  analysis: { readonly doc: PostmortemDocument; readonly diagnostics: readonly Diagnostic[] },
  schema: Schema,
  range: Range,
  diagnostics: readonly Diagnostic[],
  only?: readonly string[],
): CodeAction[] {
  const { doc, diagnostics: current } = analysis;
  const out: CodeAction[] = [];
  if (wanted(only, CodeActionKind.QuickFix)) out.push(...quickFixes(doc, range, diagnostics, current), ...addAllAsQuickFix(doc, schema, range, diagnostics, current));
  if (wanted(only, ADD_MISSING_SECTIONS)) out.push(...addMissingSections(doc, schema));
  // Offered under the cursor's heading, or anywhere when the refactor menu asks for it.
  const asked = only !== undefined && only.some((o) => o !== '' && CONVERT_HEADINGS.startsWith(o));
  if (wanted(only, CONVERT_HEADINGS) && (asked || touchesConvertible(doc, range))) out.push(...convertHeadings(doc));
  return out;
}

function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function action(doc: PostmortemDocument, title: string, kind: string, edits: TextEdit[]): CodeAction {
  return { title, kind, edit: { changes: { [doc.uri]: edits } } };
}

function fixesOf(d: Diagnostic): Fix[] {
  const data = d.data as Partial<DiagnosticData> | undefined;
  return data && Array.isArray(data.fixes) ? data.fixes : [];
}

function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']): boolean => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

const keyOf = (d: Diagnostic): string =>
  `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${typeof d.message === 'string' ? d.message : ''}`;

/**
 * The fixes of the client's diagnostics, rebuilt from this version's analysis. The client's data
 * may be stale: a line typed above a conflict marker moves it, and the old fix would delete
 * the writer's sentence. A client diagnostic with no current twin (same code, range and message) gets
 * no fix at all.
 */
function quickFixes(doc: PostmortemDocument, range: Range, diagnostics: readonly Diagnostic[], current: readonly Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  const now = new Map(current.map((c) => [keyOf(c), c]));
  for (const d of diagnostics) {
    if (!d?.range || !intersects(d.range, range)) continue;
    const twin = now.get(keyOf(d));
    if (!twin) continue;
    const fixes = fixesOf(twin);
    for (const fix of fixes) {
      const a = action(doc, fix.title, CodeActionKind.QuickFix, fix.edits);
      a.diagnostics = [d];
      if (fixes.length === 1 && fix.safe) a.isPreferred = true;
      out.push(a);
    }
  }
  return out;
}

/**
 * The same action in the Ctrl+. lightbulb on each missing-section diagnostic, counted ("Add all 3
 * missing sections"): under Source Action… alone, nobody found it. Only with two or more, since
 * one missing section already has its own fix.
 */
function addAllAsQuickFix(doc: PostmortemDocument, schema: Schema, range: Range, diagnostics: readonly Diagnostic[], current: readonly Diagnostic[]): CodeAction[] {
  // Only this version's missing sections, and only those the client still shows here.
  const shown = new Set(diagnostics.map(keyOf));
  const addable = current.filter((d) => d.code === 'missing-section' && fixesOf(d).length > 0);
  const here = addable.filter((d) => intersects(d.range, range) && shown.has(keyOf(d)));
  if (here.length === 0 || addable.length < 2) return [];
  const all = addMissingSections(doc, schema)[0];
  if (!all) return [];
  return [{ ...all, title: `Add all ${addable.length} missing sections`, kind: `${CodeActionKind.QuickFix}.addMissingSections`, diagnostics: here }];
}

/** One action inserting every missing section; inserts at one anchor keep schema order. */
function addMissingSections(doc: PostmortemDocument, schema: Schema): CodeAction[] {
  let edits = missingSection.check({ doc, schema }).flatMap((f) => f.fixes ?? []).flatMap((f) => f.edits);
  // Each section appended after a fence or comment left open closes it first; together, only the first may.
  const closer = closeOpenBlock(doc, doc.lines.length - 1);
  let closed = false;
  if (closer) {
    edits = edits.map((e) => {
      if (!e.newText.startsWith(`${closer}\n\n`)) return e;
      if (closed) return { ...e, newText: e.newText.slice(closer.length) };
      closed = true;
      return e;
    });
  }
  return edits.length > 0 ? [action(doc, 'Add all missing sections', ADD_MISSING_SECTIONS, edits)] : [];
}

const MARKUP_BEFORE = /^[ \t=*_]*$/;
const MARKUP_AFTER = /^[ \t=*_:]*$/;

function touchesConvertible(doc: PostmortemDocument, range: Range): boolean {
  return doc.sections.some((s) => HEADING_STYLES[s.heading.style].convertible && intersects(s.heading.range, range));
}

/** `==X==`, `X:` and `**X**` become `## X`; only the markers around the text change. */
function convertHeadings(doc: PostmortemDocument): CodeAction[] {
  const levels: number[] = [];
  const edits: TextEdit[] = [];
  for (const s of doc.sections) {
    levels.push(atxLevel(s, levels));
    if (HEADING_STYLES[s.heading.style].convertible) edits.push(...markerEdits(doc, s, levels[s.index]!));
  }
  return edits.length > 0 ? [action(doc, 'Convert headings to Markdown', CONVERT_HEADINGS, edits)] : [];
}

/** Wiki headings keep their level; label and bold headings go one below the enclosing heading, or `##` at the top. */
function atxLevel(s: Section, levels: readonly number[]): number {
  const h = s.heading;
  if (!HEADING_STYLES[h.style].weak) return Math.min(6, h.level);
  return s.parent === -1 ? 2 : Math.min(6, levels[s.parent]! + 1);
}

function markerEdits(doc: PostmortemDocument, s: Section, level: number): TextEdit[] {
  const { start, end } = s.heading.textRange;
  if (start.line !== end.line) return [];
  const text = doc.lines[start.line]!.text;
  const before = text.slice(0, start.character);
  const after = text.slice(end.character);
  // Anything but markup around the text means the parser saw more than a heading; leave that line alone.
  if (!MARKUP_BEFORE.test(before) || !MARKUP_AFTER.test(after)) return [];
  const edits: TextEdit[] = [{ range: { start: { line: start.line, character: 0 }, end: start }, newText: `${'#'.repeat(level)} ` }];
  if (after !== '') edits.push({ range: { start: end, end: { line: end.line, character: text.length } }, newText: '' });
  return edits;
}
