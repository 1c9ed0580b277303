/**
 * A real LSP client for tests: spawns dist/server.js over stdio and talks JSON-RPC to it with
 * vscode-languageserver-protocol, as an editor would. Waits on notifications, never on sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  LogMessageNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  ConfigurationRequest,
  ShutdownRequest,
  ExitNotification,
  RegistrationRequest,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { SERVER_NODE_FLAGS, serverEnvironment } from '../../server/src/launch';

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  stderr: () => string;
  /** Every publishDiagnostics received, in order. */
  published: PublishDiagnosticsParams[];
  /** Every window/logMessage line, in order: what VS Code shows in the Output channel. */
  logs: string[];
  open(uri: string, text: string, languageId?: string, version?: number): void;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  close(uri: string): void;
  /** Resolves with the first publishDiagnostics for `uri` (and version, when given) from now on, or already received if `fromIndex` says so. */
  diagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Diagnostic[]>;
  settings: Record<string, unknown>;
  stop(): Promise<void>;
}

export interface StartOptions {
  settings?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  rootPath?: string;
  initializationOptions?: unknown;
  /** A program to run instead of dist/server.js, such as an installed postmortem-language-server. */
  command?: string;
}

export async function startServer(opts: StartOptions = {}): Promise<TestClient> {
  // Started exactly as the VS Code client starts it (flags and environment), unless a command is given.
  const [program, args] = opts.command ? [opts.command, ['--stdio']] : [process.execPath, [...SERVER_NODE_FLAGS, resolve('dist/server.js'), '--stdio']];
  const child = spawn(program, args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: serverEnvironment(process.env),
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const logs: string[] = [];
  const waiters: Array<{ match: (p: PublishDiagnosticsParams) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
  const client: TestClient = {
    connection,
    process: child,
    stderr: () => err,
    published,
    logs,
    settings: { debounceMs: 0, ...(opts.settings ?? {}) },
    open(uri, text, languageId = 'postmortem', version = 1) {
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, changes) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    },
    close(uri) {
      void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    diagnostics(uri, version, timeoutMs = 10000) {
      return new Promise((res, rej) => {
        const timer = setTimeout(() => rej(new Error(`no diagnostics for ${uri} v${version ?? '*'} within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
        waiters.push({
          match: (p) => p.uri === uri && (version === undefined || p.version === version),
          resolve: (d) => {
            clearTimeout(timer);
            res(d);
          },
        });
      });
    },
    stop: () => stop(connection, child),
  };
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    for (let i = 0; i < waiters.length; i++) {
      if (waiters[i]!.match(p)) {
        waiters.splice(i, 1)[0]!.resolve(p.diagnostics);
        i--;
      }
    }
  });
  connection.onNotification(LogMessageNotification.type, (p) => void logs.push(p.message));
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'postmortem' ? client.settings : null)));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.listen();
  await initialize(connection, opts);
  return client;
}

/** Shutdown and exit, as an editor closes the server; a server already gone is fine. */
async function stop(connection: ProtocolConnection, child: ChildProcess): Promise<void> {
  try {
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
  } catch {
    /* already gone */
  }
  connection.dispose();
  child.kill();
}

/** The initialize handshake, as an editor opens it: the root folder and the client's capabilities. */
async function initialize(connection: ProtocolConnection, opts: StartOptions): Promise<void> {
  const rootUri = opts.rootPath ? pathToFileURL(opts.rootPath).href : null;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'root' }] : null,
    capabilities: opts.capabilities ?? {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { synchronization: { dynamicRegistration: false }, hover: { contentFormat: ['markdown', 'plaintext'] } },
    },
    initializationOptions: opts.initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});
}

export function fileUri(path: string): string {
  return pathToFileURL(resolve(path)).href;
}
