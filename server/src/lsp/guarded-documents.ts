/**
 * Applying didChange edits without trusting them. `vscode-languageserver-textdocument` keeps line
 * offsets incrementally, and an edit whose range lies past the end of the text (or has a fractional
 * or NaN position) leaves them wrong: every later edit then lands in the wrong place, and the text
 * doubles. Ranges are clamped to the text before they reach it, one change at a time (each change
 * is relative to the text the previous one left). A position that is not a number of lines and
 * characters at all means the client's copy and ours no longer agree, and the document is
 * marked lost until the client sends its full text again (a reopen or a full-text change).
 */
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';

export interface GuardHost {
  log(message: string): void;
  /** The client's copy of `uri` cannot be trusted to match ours any more. */
  lost(uri: string): void;
  /** A full text arrived: ours matches the client's again. */
  regained(uri: string): void;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function wellFormed(r: Range): boolean {
  return isCount(r?.start?.line) && isCount(r.start.character) && isCount(r.end?.line) && isCount(r.end.character);
}

/** The nearest position inside `doc`: past the last line is the end, past a line's end is that end. */
export function clampPosition(doc: TextDocument, p: Position): Position {
  return doc.positionAt(doc.offsetAt(p));
}

function outside(doc: TextDocument, p: Position): boolean {
  const q = clampPosition(doc, p);
  return q.line !== p.line || q.character !== p.character;
}

export function guardedDocuments(host: GuardHost): TextDocumentsConfiguration<TextDocument> {
  return {
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update(doc, changes, version) {
      for (const change of changes) {
        if (!('range' in change) || change.range === undefined) {
          TextDocument.update(doc, [change], version);
          host.regained(doc.uri);
          continue;
        }
        if (!wellFormed(change.range)) {
          host.log(`didChange for ${doc.uri} v${version} has a malformed range ${JSON.stringify(change.range)}; the document is out of step with the editor`);
          host.lost(doc.uri);
          continue;
        }
        TextDocument.update(doc, [clampChange(doc, change, version, host)], version);
      }
      // Every change may have been skipped; the version still moves on, as the client's did.
      return doc.version === version ? doc : TextDocument.update(doc, [], version);
    },
  };
}

function clampChange(doc: TextDocument, change: TextDocumentContentChangeEvent & { range: Range }, version: number, host: GuardHost) {
  const { start, end } = change.range;
  if (!outside(doc, start) && !outside(doc, end)) return change;
  const range = { start: clampPosition(doc, start), end: clampPosition(doc, end) };
  host.log(`didChange for ${doc.uri} v${version}: range ${JSON.stringify(change.range)} lies outside the document; clamped to ${JSON.stringify(range)}`);
  return { range, text: change.text };
}

/**
 * Request parameters with their position and range moved inside `doc`: a completion asked for
 * past the end of a line must not answer with an edit past it. Non-numbers count as 0.
 */
export function clampParams<P>(doc: TextDocument, params: P): P {
  const fix = (p: Position): Position => clampPosition(doc, { line: isCount(p?.line) ? p.line : 0, character: isCount(p?.character) ? p.character : 0 });
  const out = { ...params } as P & { position?: Position; range?: Range };
  if (out.position) out.position = fix(out.position);
  if (out.range) out.range = { start: fix(out.range.start), end: fix(out.range.end) };
  return out;
}
