/** Editor features: each handler finds the document, calls the language service, returns the result. */
import type { CancellationToken, CompletionParams, Connection, HoverParams, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ADD_MISSING_SECTIONS, CONVERT_HEADINGS, INSERT_TIMELINE_DIAGRAM, type LanguageService } from '../service';
import { isConfigFile } from './config-diagnostics';
import { clampParams } from './guarded-documents';
import { timelineDiagramEdit, timelineResult, type TimelineParams } from './timeline';

export interface FeatureHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: LanguageService;
  /** False for documents the service must not see: config files, and documents whose edits were lost. */
  served(uri: string): boolean;
  log(message: string): void;
}

type Handler = <P extends { textDocument: { uri: string } }, R>(name: string, empty: R, run: (doc: TextDocument, params: P) => R) => (params: P, token?: CancellationToken) => R;
type ConfigHandler = <R>(p: { textDocument: { uri: string } }, name: string, empty: R, run: (text: string) => R) => R | undefined;

/** The guards every handler runs behind: a served document, clamped positions, errors logged and answered empty. */
function handlers(host: FeatureHost): { on: Handler; onConfig: ConfigHandler; failed: (name: string, uri: string, e: unknown) => void } {
  const failed = (name: string, uri: string, e: unknown): void =>
    host.log(`${name} failed for ${uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);

  /**
   * Runs a handler on a served document. A document we do not have, or an exception inside the
   * service, gives the empty result; the error is logged and the server stays up.
   */
  function on<P extends { textDocument: { uri: string } }, R>(name: string, empty: R, run: (doc: TextDocument, params: P) => R) {
    return (params: P, token?: CancellationToken): R => {
      if (token?.isCancellationRequested) return empty;
      const uri = params?.textDocument?.uri;
      const doc = typeof uri === 'string' ? host.documents.get(uri) : undefined;
      if (!doc || !host.served(doc.uri)) return empty;
      try {
        return run(doc, clampParams(doc, params));
      } catch (e) {
        failed(name, doc.uri, e);
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
      failed(name, doc.uri, e);
      return empty;
    }
  }

  return { on, onConfig, failed };
}

export function registerFeatures(host: FeatureHost): { featureCapabilities: () => ServerCapabilities } {
  const { connection, service } = host;
  const { on, onConfig, failed } = handlers(host);
  connection.onDocumentSymbol(on('documentSymbol', [], (doc) => service.documentSymbols(doc)));
  const hover = on('hover', null, (doc, p: HoverParams) => service.hover(doc, p.position));
  connection.onHover((p, token) => onConfig(p, 'configHover', null, (text) => service.configHover(text, p.position)) ?? hover(p, token));
  connection.languages.inlayHint.on(on('inlayHint', [], (doc, p) => service.inlayHints(doc, p.range)));
  connection.onCodeLens(on('codeLens', [], (doc) => service.codeLenses(doc)));
  const completion = on('completion', [], (doc, p: CompletionParams) => service.completions(doc, p.position));
  connection.onCompletion((p, token) => onConfig(p, 'configCompletion', [], (text) => service.configCompletions(text, p.position)) ?? completion(p, token));
  connection.onCodeAction(on('codeAction', [], (doc, p) => service.codeActions(doc, p.range, { diagnostics: p.context.diagnostics, only: p.context.only })));
  connection.onFoldingRanges(on('foldingRange', [], (doc) => service.foldingRanges(doc)));
  connection.onDocumentLinks(on('documentLink', [], (doc) => service.documentLinks(doc)));

  registerRequests(connection, service, on);

  connection.onWorkspaceSymbol((p, token) => {
    try {
      return service.workspaceSymbols(p.query, token);
    } catch (e) {
      failed('workspaceSymbol', '(workspace)', e);
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
      codeActionProvider: { codeActionKinds: ['quickfix', ADD_MISSING_SECTIONS, CONVERT_HEADINGS, INSERT_TIMELINE_DIAGRAM] },
      foldingRangeProvider: true,
      documentLinkProvider: { resolveProvider: false },
      workspaceSymbolProvider: true,
    }),
  };
}

/** Requests of our own VS Code client's commands and views; any other client may use them too. */
function registerRequests(connection: Connection, service: LanguageService, on: Handler): void {
  // `snippet: true` asks for tab stops through the placeholders (VS Code inserts it as a snippet).
  connection.onRequest('postmortem/template', (p: { preset?: string; date?: string; snippet?: boolean }) => {
    const date = typeof p?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.date) ? p.date : new Date().toISOString().slice(0, 10);
    return service.template({ preset: typeof p?.preset === 'string' ? p.preset : undefined, date, snippet: p?.snippet === true });
  });
  connection.onRequest('postmortem/missingSections', on('missingSections', [], (doc) => service.missingSections(doc)));
  connection.onRequest('postmortem/incident', on('incident', null, (doc) => service.incidentReport(doc)));
  connection.onRequest('postmortem/timeline', on('timeline', null, (doc, p: TimelineParams) => timelineResult(service.analyze(doc), p)));
  connection.onRequest('postmortem/timelineDiagram', on('timelineDiagram', null, (doc) => timelineDiagramEdit(service.analyze(doc))));
}
