/**
 * What must hold for every document, however broken: every feature of the pure service runs
 * without throwing, every range it returns lies inside the document, every number it computes is
 * finite, and every quick fix applies cleanly, removes its diagnostic and touches no text outside
 * its own range. `checkDocument` throws an `Error` naming the first broken invariant; the property
 * tests and `npm run fuzz` call it on generated documents.
 */
import type { Diagnostic, DocumentSymbol, Range, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, type Analysis, type DiagnosticData, type PostmortemDocument, type Schema } from '../../server/src/service';
import * as features from '../../server/src/service/features';
import { applyEdits, lineStartsOf, offsetAt } from '../../server/src/service/edits/apply';
import { checkEdits, checkFinite, checkPosition, checkRange, checkText, fail, lineLengths, positions, within } from './invariant-checks';

export { checkRange, lineLengths, positions };

export interface CheckOptions {
  /** Hover is asked at every position up to this many; beyond it, at an even sample of this many. */
  hoverBudget?: number;
  /** Quick fixes are applied and re-validated up to this many per document. */
  fixBudget?: number;
}

let current: Schema | undefined;
const service = createLanguageService({ schemaFor: () => current! });
let version = 0;

/** One analysis, not kept in the service's cache (every call is a new document). */
export function analyze(text: string, schema: Schema): Analysis {
  version++;
  const uri = `file:///robustness/${version}.md`;
  current = schema;
  const a = service.analyze({ uri, version, getText: () => text });
  service.forget(uri);
  return a;
}

function checkModel(doc: PostmortemDocument, lengths: number[]): void {
  if (doc.lines.length !== lengths.length) fail('model line count differs from the text', { model: doc.lines.length, text: lengths.length });
  doc.lines.forEach((l, i) => {
    if (l.text.length !== lengths[i]) fail(`model line ${i} has the wrong length`, { model: l.text.length, text: lengths[i] });
  });
  for (const h of doc.headings) {
    checkRange(lengths, h.range, 'heading range');
    checkRange(lengths, h.textRange, 'heading text range');
  }
  for (const s of doc.sections) checkRange(lengths, s.range, 'section range');
  for (const f of doc.fields) {
    checkRange(lengths, f.keyRange, 'field key range');
    checkRange(lengths, f.valueRange, 'field value range');
  }
  for (const a of doc.actionItems) {
    checkRange(lengths, a.range, 'action item range');
    if (a.owner) checkRange(lengths, a.owner.range, 'action owner range');
    if (a.ticket) checkRange(lengths, a.ticket.range, 'action ticket range');
  }
  for (const m of doc.markers) checkRange(lengths, m.range, 'marker range');
  for (const p of doc.timeline.problems) checkRange(lengths, p.range, 'time problem range');
  for (const e of doc.timeline.entries) {
    checkRange(lengths, e.range, 'timeline entry range');
    checkRange(lengths, e.timeRange, 'timeline entry time range');
    checkFinite(e.offsetMinutes, 'timeline offsetMinutes', false);
    checkFinite(e.localMinutes, 'timeline localMinutes', false);
    checkFinite(e.instant, 'timeline instant');
    checkFinite(e.utcOffsetMinutes, 'timeline utcOffsetMinutes');
  }
  const i = doc.incident;
  for (const k of ['start', 'end', 'durationMinutes', 'timeToDetectMinutes', 'timeToMitigateMinutes', 'timeToResolveMinutes'] as const) {
    checkFinite(i[k], `incident ${k}`);
  }
  if (i.stated) {
    checkFinite(i.stated.minutes, 'stated duration', false);
    checkRange(lengths, i.stated.range, 'stated duration range');
  }
}

function checkSymbols(symbols: DocumentSymbol[], lengths: number[], text: string, parent?: Range): void {
  for (const s of symbols) {
    checkRange(lengths, s.range, `symbol "${s.name}" range`);
    checkRange(lengths, s.selectionRange, `symbol "${s.name}" selectionRange`);
    if (!within(s.selectionRange, s.range)) fail(`symbol "${s.name}" selectionRange lies outside its range`, s);
    if (parent && !within(s.range, parent)) fail(`symbol "${s.name}" lies outside its parent`, { child: s.range, parent });
    if (s.name.trim() === '') fail('a symbol has an empty name (VS Code rejects the whole outline)', s);
    checkText(`${s.name} ${s.detail ?? ''}`, text, 'symbol');
    checkSymbols(s.children ?? [], lengths, text, s.range);
  }
}

const key = (d: Diagnostic): string => `${String(d.code)} ${JSON.stringify(d.message)}`;

/** A fix removes nothing but its diagnostic's text, or (merge-conflict) its marker line. */
function checkFixScope(text: string, d: Diagnostic, edits: TextEdit[], title: string): void {
  const starts = lineStartsOf(text);
  for (const e of edits) {
    const from = offsetAt(text, starts, e.range.start);
    const to = offsetAt(text, starts, e.range.end);
    if (from === to) continue;
    const removed = text.slice(from, to);
    if (d.code === 'merge-conflict') {
      const markerLine = e.range.start.character === 0 && e.range.start.line === d.range.start.line && e.range.end.line <= e.range.start.line + 1;
      if (!markerLine || !/^(?:<{7}|={7}|>{7})[^\r\n]*(?:\r\n|\r|\n)?$/.test(removed) || e.newText !== '') fail(`"${title}" removes more than its conflict marker line`, removed);
    } else if (!within(e.range, d.range)) {
      fail(`"${title}" replaces text outside its diagnostic`, { edit: e.range, diagnostic: d.range, removed });
    }
  }
}

function checkFixes(a: Analysis, schema: Schema, budget: number): void {
  const text = a.doc.text;
  const lengths = lineLengths(text);
  let tried = 0;
  for (const d of a.diagnostics) {
    checkRange(lengths, d.range, `diagnostic ${String(d.code)}`);
    checkText(typeof d.message === 'string' ? d.message : d.message.value, text, 'diagnostic message');
    const fixes = (d.data as DiagnosticData | undefined)?.fixes ?? [];
    for (const fix of fixes) {
      checkEdits(fix.edits, lengths, `fix "${fix.title}"`);
      checkFixScope(text, d, fix.edits, fix.title);
      if (tried++ >= budget) continue;
      const { text: fixed, skipped } = applyEdits(text, fix.edits);
      if (skipped.length > 0) fail(`"${fix.title}" has overlapping edits`, skipped);
      // Every conflict marker has the same message, and deleting one can complete another block
      // (`<<<<<<<` ... `>>>>>>>` around a later `=======`); that its own line went is checked above.
      if (d.code === 'merge-conflict') continue;
      const count = (x: Analysis): number => x.diagnostics.filter((y) => key(y) === key(d)).length;
      const after = analyze(fixed, schema);
      if (count(after) >= count(a)) fail(`"${fix.title}" left "${d.message}" in place`, { before: text.slice(0, 2000), after: fixed.slice(0, 2000) });
    }
  }
}

function checkActions(a: Analysis, schema: Schema, lengths: number[]): void {
  const doc = a.doc;
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: lengths.length - 1, character: lengths[lengths.length - 1]! } };
  for (const action of features.codeActions(a, schema, whole, a.diagnostics)) {
    const edits = action.edit?.changes?.[doc.uri] ?? [];
    checkEdits(edits, lengths, `action "${action.title}"`);
    const { text, skipped } = applyEdits(doc.text, edits);
    if (skipped.length > 0) fail(`action "${action.title}" has overlapping edits`, skipped);
    // The added sections hold only their outline, which still fails as unwritten; none is missing.
    const stillMissing = (d: Diagnostic): boolean => d.code === 'missing-section' && !/only placeholder text/.test(String(d.message));
    if (action.kind === features.ADD_MISSING_SECTIONS && analyze(text, schema).diagnostics.some(stillMissing)) {
      fail('"Add all missing sections" left a section missing', { before: doc.text.slice(0, 2000), after: text.slice(0, 2000) });
    }
  }
  // The quick fixes offered for one line are the ones its diagnostics carry.
  for (const d of a.diagnostics.slice(0, 20)) {
    for (const action of features.codeActions(a, schema, d.range, a.diagnostics, ['quickfix'])) {
      checkEdits(action.edit?.changes?.[doc.uri] ?? [], lengths, `quick fix "${action.title}"`);
    }
  }
}

function checkPositional(a: Analysis, schema: Schema, lengths: number[], budget: number): void {
  const { doc } = a;
  for (const p of positions(lengths, budget)) {
    const h = features.hover(doc, schema, p, a.diagnostics);
    if (h) {
      if (h.range) checkRange(lengths, h.range, 'hover range');
      checkText(JSON.stringify(h.contents), doc.text, 'hover');
    }
  }
  // Completion writes whole lines, so it is asked at each line's start and end.
  const step = Math.max(1, Math.ceil(lengths.length / (budget / 4)));
  for (let line = 0; line < lengths.length; line += step) {
    for (const character of [0, lengths[line]!]) {
      for (const item of features.completions(doc, schema, { line, character })) {
        const edit = item.textEdit;
        if (edit && 'range' in edit) checkRange(lengths, edit.range, `completion "${item.label}"`);
        for (const e of item.additionalTextEdits ?? []) checkRange(lengths, e.range, `completion "${item.label}" extra edit`);
      }
    }
  }
  // Positions past the end, as a client that is one edit behind may send them.
  const last = lengths.length - 1;
  for (const p of [{ line: last, character: lengths[last]! + 5 }, { line: last + 1, character: 0 }, { line: last + 10, character: 3 }]) {
    features.hover(doc, schema, p, a.diagnostics);
    features.completions(doc, schema, p);
  }
}

/** Runs every feature on `text` and checks every invariant; throws on the first that breaks. */
export function checkDocument(text: string, schema: Schema, options: CheckOptions = {}): Analysis {
  const a = analyze(text, schema);
  const { doc } = a;
  const lengths = lineLengths(text);
  checkModel(doc, lengths);
  checkSymbols(features.documentSymbols(doc), lengths, text);
  for (const lens of features.codeLenses(doc)) {
    checkRange(lengths, lens.range, 'code lens');
    checkText(lens.command?.title ?? '', text, 'code lens');
  }
  for (const f of features.foldingRanges(doc)) {
    if (!(f.startLine >= 0 && f.startLine < f.endLine && f.endLine < lengths.length)) fail('folding range outside the document', f);
  }
  for (const link of features.documentLinks(doc, 'https://tickets.example.org/browse/{id}')) {
    checkRange(lengths, link.range, 'document link');
    if (!link.target?.startsWith('https://tickets.example.org/browse/')) fail('link target escapes its template', link.target);
  }
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: lengths.length, character: 0 } };
  for (const hint of features.inlayHints(doc, whole, { timelineOffsets: true, durations: true })) {
    checkPosition(lengths, hint.position, 'inlay hint');
    checkText(String(hint.label), text, 'inlay hint');
  }
  for (const w of features.workspaceSymbolEntries(doc, doc.uri)) {
    checkRange(lengths, w.range, 'workspace symbol');
    checkText(`${w.title} ${w.date ?? ''}`, text, 'workspace symbol');
  }
  checkText(JSON.stringify(features.incidentSummary(doc)), text, 'incident summary');
  checkActions(a, schema, lengths);
  checkFixes(a, schema, options.fixBudget ?? 40);
  checkPositional(a, schema, lengths, options.hoverBudget ?? 20_000);
  return a;
}
