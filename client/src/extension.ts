/**
 * The VS Code shell: starts the language server over IPC when the first postmortem opens, passes
 * settings and workspace trust through, and registers commands and the status bar. Everything a
 * postmortem needs checked is decided by the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type Middleware, type ServerOptions } from 'vscode-languageclient/node';
import { isConfigFile, isServed } from './served';
import { registerCommands } from './commands';
import { registerArchiveInsights } from './archive-insights';
import { createStatusBar } from './status-bar';
import { registerRuleDocs, withCommandLinks } from './rule-docs';
import { suggestWhereWritersExpectIt } from './suggest';
import { registerTimelineView, type TimelineViewApi } from './timeline-view';
import { SERVER_NODE_FLAGS, serverEnvironment } from '../../server/src/launch';

let client: LanguageClient | undefined;
let starting: Promise<LanguageClient> | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ client: () => Promise<LanguageClient>; timelineView: TimelineViewApi }> {
  const ensureClient = (): Promise<LanguageClient> => (starting ??= startClient(context));
  const restart = async (): Promise<void> => {
    const c = await ensureClient();
    await c.restart();
  };
  const timeline = registerTimelineView(context, ensureClient);
  context.subscriptions.push(
    ...registerCommands(ensureClient, restart),
    ...timeline.disposables,
    ...registerArchiveInsights(ensureClient),
    registerRuleDocs(context.extensionUri),
    createStatusBar(() => client),
    suggestWhereWritersExpectIt(),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      // Config files from the workspace are read from now on.
      if (client?.isRunning()) await client.sendNotification('postmortem/workspaceTrust', { trusted: true });
    }),
  );
  // Start only once a postmortem or a config file is open; plain Markdown files never start the server.
  const maybeStart = (doc: vscode.TextDocument): void => {
    if (isServed(doc) || isConfigFile(doc)) void ensureClient();
  };
  vscode.workspace.textDocuments.forEach(maybeStart);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(maybeStart));
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage(
      'Postmortem: this workspace is not trusted, so .postmortem.yaml files in it are not read; postmortems are checked against the built-in preset.',
    );
  }
  return { client: ensureClient, timelineView: timeline.api };
}

async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const env = serverEnvironment(process.env);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS], env } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'], env } },
  };
  const clientOptions: LanguageClientOptions = {
    // Config files by name, whatever language a YAML extension gives them.
    documentSelector: [{ language: 'postmortem' }, { language: 'markdown' }, { scheme: 'file', pattern: '**/.postmortem.{yaml,yml}' }],
    synchronize: {
      configurationSection: 'postmortem',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.postmortem.{yaml,yml}'),
    },
    initializationOptions: {
      workspaceTrusted: vscode.workspace.isTrusted,
      settings: vscode.workspace.getConfiguration('postmortem'),
    },
    middleware: onlyServedDocuments(),
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: false },
  };
  client = new LanguageClient('postmortem', 'Postmortem Language Server', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(client);
  return client;
}

/**
 * The selector has to include all Markdown (VS Code selectors cannot look at front matter), so
 * every message about a Markdown document that is not a postmortem stops here.
 */
function onlyServedDocuments(): Middleware {
  const served = new Map<string, boolean>();
  const check = (doc: vscode.TextDocument): boolean => {
    const key = doc.uri.toString();
    let v = served.get(key);
    if (v === undefined) served.set(key, (v = isServed(doc) || isConfigFile(doc)));
    return v;
  };
  const guard = <A extends unknown[], R>(fn: (doc: vscode.TextDocument, ...args: A) => R) =>
    (doc: vscode.TextDocument, ...args: A): R | undefined => (check(doc) ? fn(doc, ...args) : undefined);
  return {
    didOpen: (doc, next) => {
      served.delete(doc.uri.toString());
      return check(doc) ? next(doc) : Promise.resolve();
    },
    didChange: (e, next) => (check(e.document) ? next(e) : Promise.resolve()),
    didSave: (doc, next) => (check(doc) ? next(doc) : Promise.resolve()),
    didClose: (doc, next) => {
      const was = check(doc);
      served.delete(doc.uri.toString());
      return was ? next(doc) : Promise.resolve();
    },
    provideHover: guard((doc, pos, token, next) => next(doc, pos, token)),
    provideCompletionItem: guard((doc, pos, ctx, token, next) => next(doc, pos, ctx, token)),
    provideDocumentSymbols: guard((doc, token, next) => next(doc, token)),
    provideCodeActions: guard((doc, range, ctx, token, next) => next(doc, range, ctx, token)),
    provideCodeLenses: guard((doc, token, next) => next(doc, token)),
    provideFoldingRanges: guard((doc, ctx, token, next) => next(doc, ctx, token)),
    provideDocumentLinks: guard((doc, token, next) => next(doc, token)),
    provideInlayHints: guard((doc, range, token, next) => next(doc, range, token)),
    provideDiagnostics: async (doc, previousResultId, token, next) => {
      const d = doc instanceof vscode.Uri ? vscode.workspace.textDocuments.find((t) => t.uri.toString() === doc.toString()) : doc;
      if (d && !check(d)) return undefined;
      const report = await next(doc, previousResultId, token);
      if (report && 'items' in report) withCommandLinks(report.items);
      return report;
    },
    // Rule documentation links open the packaged docs when offline (rule-docs.ts).
    handleDiagnostics: (uri, diagnostics, next) => next(uri, withCommandLinks(diagnostics)),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
