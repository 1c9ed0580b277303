/**
 * Properties for issue 12's protocol misuse: didChange edits anywhere (past the end, negative,
 * fractional), and quick fixes asked for with the diagnostics of an older version.
 */
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { guardedDocuments } from '../../server/src/lsp/guarded-documents';
import { ADD_MISSING_SECTIONS, codeActions } from '../../server/src/service/features';
import { arbitraryText, mutatedFixture, schemaArb, SCHEMAS } from './arbitraries';
import { analyze } from './invariants';
import type { NamedProperty } from './properties';

const coordinate = fc.oneof({ weight: 8, arbitrary: fc.nat(60) }, { weight: 1, arbitrary: fc.constantFrom(1e6, -1, 1.5, Number.NaN) });
const position = fc.record({ line: coordinate, character: coordinate });
const change = fc.record({ range: fc.record({ start: position, end: position }), text: fc.constantFrom('', 'x', '\n', 'a\nb', '\r\n', 'line\n\n') });

/** Our copy must agree with a document built afresh from its own text: same lines, same offsets. */
function consistent(doc: TextDocument): void {
  const fresh = TextDocument.create(doc.uri, 'postmortem', doc.version, doc.getText());
  if (fresh.lineCount !== doc.lineCount) throw new Error(`line count ${doc.lineCount}, text has ${fresh.lineCount}`);
  for (let line = 0; line <= doc.lineCount; line++) {
    const p = { line, character: 0 };
    if (fresh.offsetAt(p) !== doc.offsetAt(p)) throw new Error(`line ${line} starts at ${doc.offsetAt(p)}, text says ${fresh.offsetAt(p)}`);
  }
}

const edits = (a: CodeAction, uri: string): string => JSON.stringify(a.edit?.changes?.[uri] ?? []);
const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 0 } };

function insertLine(text: string, at: number): string {
  const lines = text.split('\n');
  const k = at % (lines.length + 1);
  return [...lines.slice(0, k), 'A sentence typed above.', ...lines.slice(k)].join('\n');
}

export const PROTOCOL_PROPERTIES: NamedProperty[] = [
  {
    name: 'didChange edits anywhere (past the end, negative, fractional) keep the document consistent',
    property: () => fc.property(arbitraryText, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), (text, batches) => {
      const lost = new Set<string>();
      const config = guardedDocuments({ log: () => {}, lost: (u) => void lost.add(u), regained: (u) => void lost.delete(u) });
      let doc = config.create('file:///p.md', 'postmortem', 1, text);
      batches.forEach((batch, k) => {
        doc = config.update(doc, batch, k + 2);
        consistent(doc);
        if (doc.version !== k + 2) throw new Error(`version ${doc.version}, expected ${k + 2}`);
      });
    }),
    ciRuns: 300,
  },
  {
    name: 'quick fixes asked for with an older version\'s diagnostics are this version\'s fixes',
    property: () => fc.property(mutatedFixture, schemaArb, fc.nat(), (text, name, at) => {
      const schema = SCHEMAS[name]!;
      const old = analyze(text, schema);
      const now = analyze(insertLine(text, at), schema);
      const valid = new Set(now.diagnostics.flatMap((d: Diagnostic) => ((d.data as { fixes?: { edits: TextEdit[] }[] } | undefined)?.fixes ?? []).map((f) => JSON.stringify(f.edits))));
      // "Add all N missing sections" in the lightbulb is this version's Add-all source action.
      for (const a of codeActions(now, schema, WHOLE, now.diagnostics, [ADD_MISSING_SECTIONS])) valid.add(edits(a, now.doc.uri));
      for (const a of codeActions(now, schema, WHOLE, old.diagnostics, ['quickfix'])) {
        if (!valid.has(edits(a, now.doc.uri))) throw new Error(`stale fix "${a.title}": ${edits(a, now.doc.uri).slice(0, 300)}`);
      }
    }),
    ciRuns: 100,
  },
];
