/**
 * Feature latency on the cached model of the 1 MB document, as the editor asks for it: hover on the
 * last timeline entry, the outline, completion on the blank line after the timeline, and the
 * quick fixes for a diagnostic that has one.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';
import { codeActions, completions, documentSymbols, hover } from '../../server/src/service/features';
import type { BenchDocument } from './generate';
import { schema } from './analysis';
import { medianMs } from './measure';

export interface FeatureTimes {
  hoverMs: number;
  symbolsMs: number;
  completionMs: number;
  codeActionsMs: number;
}

const RUNS = 101;
const WARMUP = 10;

export function featureTimes(doc: BenchDocument): FeatureTimes {
  const { doc: model, diagnostics } = createLanguageService({ schemaFor: () => schema }).analyze({ uri: `file:///bench/${doc.name}.md`, version: 1, getText: () => doc.text });
  const entryLine = doc.lastEntryLine;
  const atEntry = { line: entryLine, character: 4 };
  if (!hover(model, schema, atEntry, diagnostics)) throw new Error(`no hover on the last timeline entry (line ${entryLine})`);
  const blank = { line: entryLine + 1, character: 0 };
  const fixable: Diagnostic | undefined = diagnostics.find((d) => d.data !== undefined);
  if (!fixable) throw new Error('the document has no diagnostic with a fix');
  return {
    hoverMs: medianMs(() => hover(model, schema, atEntry, diagnostics), RUNS, WARMUP),
    symbolsMs: medianMs(() => documentSymbols(model), RUNS, WARMUP),
    completionMs: medianMs(() => completions(model, schema, blank), RUNS, WARMUP),
    codeActionsMs: medianMs(() => codeActions({ doc: model, diagnostics }, schema, fixable.range, [fixable]), RUNS, WARMUP),
  };
}
