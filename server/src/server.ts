/**
 * The LSP shell: documents, settings, debouncing and file watching live here; every feature is one
 * call into the pure language service. Runs over --stdio or --node-ipc. Never writes to stdout
 * itself: in stdio mode that is the protocol channel.
 */
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { guardedDocuments } from './lsp/guarded-documents';
import { createLanguageService } from './service';
import { clearConfigCache } from './host/config-files';
import { changedSettings, DEFAULT_SETTINGS, normalizeSettings, type Settings } from './lsp/settings';
import { createSettingsCache } from './lsp/settings-cache';
import { describeSchemaChoice, schemaFor } from './lsp/schemas';
import { asShown, createDiagnosticsScheduler, documentDiagnostics } from './lsp/diagnostics';
import { registerFeatures } from './lsp/features';
import { workspaceFiles } from './lsp/workspace-files';
import { URI } from './lsp/uri';
import { infoFlagOutput } from './lsp/info-flags';
import { registerArchiveInsights } from './lsp/archive-insights';

const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0';
const info = infoFlagOutput(process.argv.slice(2), VERSION);
if (info !== null) {
  process.stdout.write(info + '\n');
  process.exit(0);
}
import { createConfigDiagnostics, isConfigFile } from './lsp/config-diagnostics';

const connection = createConnection(ProposedFeatures.all);
/** Documents whose edits stopped making sense; they get no diagnostics or features until a full text arrives. */
const lost = new Set<string>();
const documents = new TextDocuments(
  guardedDocuments({
    log: (m) => log(m),
    lost(uri) {
      if (lost.has(uri)) return;
      lost.add(uri);
      // Cancels a validation already scheduled, and clears what was shown.
      scheduler.closed(uri);
      if (pullDiagnostics) connection.languages.diagnostics.refresh().catch((e: unknown) => log(`diagnostic refresh failed: ${String(e)}`));
      // A notification, not the request showWarningMessage sends: a client may not answer requests.
      const message = `Postmortem: lost track of the edits to ${uri}. Close and reopen it to check it again.`;
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    },
    regained: (uri) => lost.delete(uri),
  }),
);

let pullDiagnostics = false;
let configurationCapability = false;
let watchRegistration = false;
let trusted = true; // untrusted: the built-in preset only, no config file from the repository
let initSettings: Settings = DEFAULT_SETTINGS;
let workspaceFolders: string[] = [];
const log = (message: string): void => connection.console.log(message);

/** Cached per open document; refetched when the client says configuration changed. */
const settingsCache = createSettingsCache({
  fetch: async (uri) =>
    configurationCapability ? normalizeSettings(await connection.workspace.getConfiguration({ scopeUri: uri, section: 'postmortem' })) : initSettings,
  isOpen: (uri) => documents.get(uri) !== undefined,
  fallback: () => initSettings,
  log,
});
const fetchSettings = (uri: string): Promise<Settings> => settingsCache.get(uri);
const settingsOf = (uri: string): Settings => settingsCache.current(uri);

const choiceFor = (uri: string) => schemaFor(uri, settingsOf(uri), trusted, workspaceFolders);

/** The workspace's files, as workspace symbols and the archive report read them. */
const workspace = workspaceFiles({ folders: () => workspaceFolders, documents, log });

const service = createLanguageService({
  schemaFor: (uri) => choiceFor(uri).schema,
  settings: settingsOf,
  workspace,
});

/** A document's diagnostics, with the settings' own problems on top (lsp/diagnostics.ts). */
const analyzeDoc = (doc: TextDocument) => documentDiagnostics(service, doc, choiceFor(doc.uri), log);

/** One line per opened postmortem: which config file and schema check it, so "why this error?" has an answer. */
const logSchemaChoice = (uri: string): void => log(`opened ${uri}: ${describeSchemaChoice(choiceFor(uri), settingsOf(uri).preset, trusted)}`);

const configDiagnostics = createConfigDiagnostics(connection);

const scheduler = createDiagnosticsScheduler({
  connection,
  analyze: analyzeDoc,
  debounceMs: (uri) => settingsOf(uri).debounceMs,
  push: () => !pullDiagnostics,
  log,
  configProblems: configDiagnostics.fromDocument,
});

function validate(doc: TextDocument, immediately = false): void {
  if (lost.has(doc.uri)) return;
  if (isConfigFile(doc.uri)) {
    configDiagnostics.text(doc.uri, doc.getText(), doc.version);
    return;
  }
  const current = (): TextDocument | undefined => documents.get(doc.uri);
  if (immediately) scheduler.validateNow(doc, current);
  else scheduler.schedule(doc, current);
}

/**
 * After a config file, a setting or trust changed: every open document again, config files
 * included. In pull mode this still runs, because it is what republishes config-file problems.
 */
function revalidateAll(): void {
  for (const doc of documents.all()) validate(doc, true);
  // A client that cannot refresh must not take the server down with an unhandled rejection.
  if (pullDiagnostics) connection.languages.diagnostics.refresh().catch((e: unknown) => log(`diagnostic refresh failed: ${String(e)}`));
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  pullDiagnostics = !!caps.textDocument?.diagnostic;
  configurationCapability = !!caps.workspace?.configuration;
  watchRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  const init = (params.initializationOptions ?? {}) as { settings?: unknown; workspaceTrusted?: boolean };
  initSettings = normalizeSettings(init.settings);
  trusted = init.workspaceTrusted !== false;
  const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceFolders = roots.map((u) => URI.toFsPath(u)).filter((p): p is string => p !== null);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      ...featureCapabilities(),
    },
    serverInfo: { name: 'postmortem-language-server', version: VERSION },
  };
});

declare const PACKAGE_VERSION: string | undefined;

connection.onInitialized(() => {
  const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0';
  log(`postmortem-language-server ${version} started (Node ${process.version}, ${pullDiagnostics ? 'pull' : 'push'} diagnostics, workspace ${trusted ? 'trusted' : 'untrusted'})`);
  if (watchRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/.postmortem.{yaml,yml}' }],
    });
  }
});

connection.onDidChangeConfiguration((change) => {
  settingsCache.clear();
  // Closed files (workspace symbols, archive insights) read the workspace's own settings.
  void changedSettings(change.settings, configurationCapability ? () => connection.workspace.getConfiguration('postmortem') : null, log)
    .then((s) => void (initSettings = s ?? initSettings))
    .then(() => Promise.all(documents.all().map((d) => fetchSettings(d.uri))))
    .then(revalidateAll);
});

connection.onDidChangeWatchedFiles((params) => {
  // Created, edited or deleted: any of them can change which schema governs which document.
  for (const { uri, type } of params.changes) {
    if (!isConfigFile(uri)) continue;
    if (type === FileChangeType.Deleted) configDiagnostics.deleted(uri);
    else if (type === FileChangeType.Created) configDiagnostics.created(uri);
  }
  clearConfigCache();
  revalidateAll();
});

/** Custom notification from our VS Code client when the user grants workspace trust. */
connection.onNotification('postmortem/workspaceTrust', (p: { trusted?: boolean }) => {
  trusted = p?.trusted !== false;
  clearConfigCache();
  revalidateAll();
});

documents.onDidOpen((e) => {
  const uri = e.document.uri;
  lost.delete(uri);
  void fetchSettings(uri).then(() => {
    const doc = documents.get(uri);
    if (!doc) return;
    if (!isConfigFile(uri)) logSchemaChoice(uri);
    validate(doc, true);
  });
});
documents.onDidChangeContent((e) => {
  // Before the settings arrive, the open handler validates whatever version is current by then.
  if (settingsCache.has(e.document.uri) || isConfigFile(e.document.uri)) validate(e.document);
});
documents.onDidSave((e) => {
  if (isConfigFile(e.document.uri)) {
    clearConfigCache();
    revalidateAll();
  }
});
documents.onDidClose((e) => {
  lost.delete(e.document.uri);
  settingsCache.forget(e.document.uri);
  // A closed config file keeps the problems the postmortems it governs found in it.
  if (isConfigFile(e.document.uri)) return configDiagnostics.closed(e.document.uri);
  service.forget(e.document.uri);
  scheduler.closed(e.document.uri);
});

connection.languages.diagnostics.on((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || lost.has(doc.uri)) return { kind: 'full', items: [] };
  try {
    // Config files' problems are pushed (config-diagnostics.ts), in pull mode too.
    const items = isConfigFile(doc.uri) ? [] : asShown(analyzeDoc(doc).diagnostics);
    return { kind: 'full', items };
  } catch (e) {
    log(`diagnostics for ${doc.uri} failed: ${String(e)}`);
    return { kind: 'full', items: [] };
  }
});

const { featureCapabilities } = registerFeatures({
  connection,
  documents,
  service,
  served: (uri) => !isConfigFile(uri) && !lost.has(uri),
  log,
});

registerArchiveInsights({
  connection,
  documents,
  service,
  workspace,
  schemaOf: (uri) => choiceFor(uri).schema,
  globsOf: (uri) => settingsOf(uri).files,
  folders: () => workspaceFolders,
  log,
});

connection.onShutdown(() => scheduler.dispose());
documents.listen(connection);
connection.listen();
