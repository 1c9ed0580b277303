/**
 * Validation scheduling: debounced per document, cancelled by newer versions, never published for
 * a stale version. Also publishes config-file problems on the config files themselves.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../service';
import { URI } from './uri';
import type { ConfigFileProblem } from '../host/config-files';

export interface ValidationHost {
  connection: Connection;
  /** The analysis of the document's current version (from the cache when nothing changed). */
  analyze(doc: TextDocument): { analysis: Analysis; configProblems: ConfigFileProblem[] };
  debounceMs(uri: string): number;
  /** False when the client pulls diagnostics itself. */
  push(): boolean;
  log(message: string): void;
}

export function createDiagnosticsScheduler(host: ValidationHost) {
  const timers = new Map<string, NodeJS.Timeout>();
  /** Config file uri → the documents whose problems it currently shows. */
  const configProblemOwners = new Map<string, Set<string>>();

  function cancel(uri: string): void {
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
  }

  function publishConfigProblems(docUri: string, problems: ConfigFileProblem[]): void {
    const byFile = new Map<string, Diagnostic[]>();
    for (const { file, problem } of problems) {
      if (!file) continue;
      const uri = URI.fromFsPath(file);
      const list = byFile.get(uri) ?? [];
      list.push({ range: problem.range, severity: problem.severity === 'error' ? 1 : 2, source: 'postmortem', code: 'config', message: problem.message });
      byFile.set(uri, list);
    }
    for (const [uri, owners] of configProblemOwners) {
      if (owners.delete(docUri) && owners.size === 0 && !byFile.has(uri)) {
        void host.connection.sendDiagnostics({ uri, diagnostics: [] });
        configProblemOwners.delete(uri);
      }
    }
    for (const [uri, diagnostics] of byFile) {
      const owners = configProblemOwners.get(uri) ?? new Set<string>();
      owners.add(docUri);
      configProblemOwners.set(uri, owners);
      void host.connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  function validateNow(doc: TextDocument, current: () => TextDocument | undefined): void {
    cancel(doc.uri);
    try {
      const { analysis, configProblems } = host.analyze(doc);
      publishConfigProblems(doc.uri, configProblems);
      // The document may have changed while we worked; only its current version may be shown.
      if (current()?.version !== doc.version || !host.push()) return;
      void host.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: analysis.diagnostics });
    } catch (e) {
      host.log(`validation of ${doc.uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }

  return {
    /** Validates after the debounce; a newer call for the same document replaces this one. */
    schedule(doc: TextDocument, current: () => TextDocument | undefined): void {
      cancel(doc.uri);
      const ms = host.debounceMs(doc.uri);
      timers.set(doc.uri, setTimeout(() => validateNow(doc, current), ms));
    },
    validateNow,
    closed(uri: string): void {
      cancel(uri);
      publishConfigProblems(uri, []);
      if (host.push()) void host.connection.sendDiagnostics({ uri, diagnostics: [] });
    },
    dispose(): void {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}
