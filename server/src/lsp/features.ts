/** Editor features: each handler finds the cached analysis, calls the service, returns the result. */
import type { CancellationToken, CompletionParams, Connection, HoverParams, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import { isConfigFile } from './config-diagnostics';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Schema } from '../service';
import * as features from '../service/features';
import type { Settings } from './settings';
import { createWorkspaceIndex } from './workspace-index';
import { getPreset } from '../service/schema/presets';
import { clampParams } from './guarded-documents';
import { timelineDiagramEdit, timelineResult, type TimelineParams } from './timeline';

export interface FeatureHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analyze(uri: string): { analysis: Analysis; schema: Schema; settings: Settings } | null;
  /** The workspace folders' paths, for workspace symbols. */
  folders(): string[];
  log(message: string): void;
}

export function registerFeatures(host: FeatureHost): { featureCapabilities: () => ServerCapabilities } {
  const { connection } = host;

  /**
   * Runs a handler on the document's analysis. A document we do not have, or an exception inside
   * the service, gives the empty result; the error is logged and the server stays up.
   */
  function on<P extends { textDocument: { uri: string } }, R>(
    name: string,
    empty: R,
    run: (a: { analysis: Analysis; schema: Schema; settings: Settings }, params: P) => R,
  ): (params: P, token?: CancellationToken) => R {
    return (params, token) => {
      if (token?.isCancellationRequested) return empty;
      try {
        const a = host.analyze(params.textDocument.uri);
        const doc = host.documents.get(params.textDocument.uri);
        return a && doc ? run(a, clampParams(doc, params)) : empty;
      } catch (e) {
        host.log(`${name} failed for ${params.textDocument.uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return empty;
      }
    };
  }

  /** In a `.postmortem.yaml`, runs `run` on its text (undefined for any other document). */
  function onConfig<R>(p: { textDocument: { uri: string } }, name: string, empty: R, run: (text: string) => R): R | undefined {
    if (!isConfigFile(p.textDocument.uri)) return undefined;
    const doc = host.documents.get(p.textDocument.uri);
    if (!doc) return empty;
    try {
      return run(doc.getText());
    } catch (e) {
      host.log(`${name} failed for ${p.textDocument.uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return empty;
    }
  }

  connection.onDocumentSymbol(on('documentSymbol', [], ({ analysis }) => features.documentSymbols(analysis.doc)));
  const hover = on('hover', null, ({ analysis, schema }, p: HoverParams) => features.hover(analysis.doc, schema, p.position));
  connection.onHover((p, token) => onConfig(p, 'configHover', null, (text) => features.configHover(text, p.position)) ?? hover(p, token));
  connection.languages.inlayHint.on(on('inlayHint', [], ({ analysis, settings }, p) => features.inlayHints(analysis.doc, p.range, settings.inlayHints)));
  connection.onCodeLens(on('codeLens', [], ({ analysis }) => features.codeLenses(analysis.doc)));
  const completion = on('completion', [], ({ analysis, schema }, p: CompletionParams) => features.completions(analysis.doc, schema, p.position));
  connection.onCompletion((p, token) => onConfig(p, 'configCompletion', [], (text) => features.configCompletions(text, p.position)) ?? completion(p, token));
  connection.onCodeAction(
    on('codeAction', [], ({ analysis, schema }, p) => features.codeActions(analysis.doc, schema, p.range, p.context.diagnostics, p.context.only, analysis.diagnostics)),
  );
  connection.onFoldingRanges(on('foldingRange', [], ({ analysis }) => features.foldingRanges(analysis.doc)));
  connection.onDocumentLinks(on('documentLink', [], ({ analysis, settings }, _p) => features.documentLinks(analysis.doc, settings.ticketUrl || undefined)));

  // Requests of our own VS Code client's commands; any other client may use them too.
  // `snippet: true` asks for tab stops through the placeholders (VS Code inserts it as a snippet).
  connection.onRequest('postmortem/template', (p: { preset?: string; date?: string; snippet?: boolean }) => {
    const schema = getPreset(p?.preset ?? 'default') ?? getPreset('default')!;
    const date = typeof p?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.date) ? p.date : new Date().toISOString().slice(0, 10);
    return p?.snippet === true ? features.templateSnippet(schema, date) : features.templateText(schema, date);
  });
  connection.onRequest('postmortem/missingSections', on('missingSections', [], ({ analysis, schema }) => features.missingSections(analysis.doc, schema)));
  connection.onRequest(
    'postmortem/incident',
    on('incident', null, ({ analysis, schema }) => ({ ...features.incidentSummary(analysis.doc), sections: features.sectionProgress(analysis.doc, schema) })),
  );
  connection.onRequest('postmortem/timeline', on('timeline', null, ({ analysis }, p: TimelineParams) => timelineResult(analysis, p)));
  connection.onRequest('postmortem/timelineDiagram', on('timelineDiagram', null, ({ analysis }) => timelineDiagramEdit(analysis)));

  const index = createWorkspaceIndex({ folders: host.folders, documents: host.documents, log: host.log });
  connection.onWorkspaceSymbol((p, token) => {
    try {
      return index.search(p.query, token);
    } catch (e) {
      host.log(`workspaceSymbol failed: ${String(e)}`);
      return [];
    }
  });

  return {
    featureCapabilities: () => ({
      documentSymbolProvider: true,
      hoverProvider: true,
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
      completionProvider: { triggerCharacters: [':', ' ', '-', '#', '*'] },
      codeActionProvider: { codeActionKinds: ['quickfix', features.ADD_MISSING_SECTIONS, features.CONVERT_HEADINGS, features.INSERT_TIMELINE_DIAGRAM] },
      foldingRangeProvider: true,
      documentLinkProvider: { resolveProvider: false },
      workspaceSymbolProvider: true,
    }),
  };
}
