/**
 * Validation scheduling: debounced per document, cancelled by newer versions, never published for
 * a stale version. Config-file problems found on the way are handed to config-diagnostics.ts.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { configDiagnostic, isUnwritten, type LanguageService } from '../service';
import type { SchemaChoice } from './schemas';
import type { ConfigFileProblem } from '../host/config-files';

export interface ValidationHost {
  connection: Connection;
  /** The analysis of the document's current version (from the cache when nothing changed). */
  analyze(doc: TextDocument): { diagnostics: readonly Diagnostic[]; configProblems: ConfigFileProblem[] };
  debounceMs(uri: string): number;
  /** False when the client pulls diagnostics itself. */
  push(): boolean;
  log(message: string): void;
  /** Problems found in config files while loading the document's schema (shown on those files). */
  configProblems(docUri: string, problems: readonly ConfigFileProblem[]): void;
}

/** Analyses slower than this are logged with the document's size: the first clue when typing lags. */
const SLOW_ANALYSIS_MS = 50;

/**
 * A document's diagnostics for its current text (cached by the service per version), with the
 * problems of the settings themselves (an unknown preset) on top: they belong to no file.
 */
export function documentDiagnostics(service: LanguageService, doc: TextDocument, choice: SchemaChoice, log: (m: string) => void) {
  const started = performance.now();
  const diagnostics = service.validate(doc);
  const ms = performance.now() - started;
  if (ms > SLOW_ANALYSIS_MS) log(`slow analysis: ${doc.uri} v${doc.version} took ${Math.round(ms)} ms (${doc.getText().length} characters, ${doc.lineCount} lines)`);
  const fromSettings = choice.problems.filter((p) => p.file === '').map((p) => configDiagnostic(p.problem));
  return { diagnostics: fromSettings.length > 0 ? [...fromSettings, ...diagnostics] : diagnostics, configProblems: choice.problems };
}

/**
 * Diagnostics as the editor shows them: unwritten scaffolding (a template's TODO sections) is a hint,
 * a checklist item, not an error; the CLI still fails the check on it.
 */
export function asShown(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => (isUnwritten(d) ? { ...d, severity: DiagnosticSeverity.Hint } : d));
}

export function createDiagnosticsScheduler(host: ValidationHost) {
  const timers = new Map<string, NodeJS.Timeout>();
  function cancel(uri: string): void {
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
  }

  function validateNow(doc: TextDocument, current: () => TextDocument | undefined): void {
    cancel(doc.uri);
    try {
      const { diagnostics, configProblems } = host.analyze(doc);
      host.configProblems(doc.uri, configProblems);
      // The document may have changed while we worked; only its current version may be shown.
      if (current()?.version !== doc.version || !host.push()) return;
      void host.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: asShown(diagnostics) });
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
      host.configProblems(uri, []);
      if (host.push()) void host.connection.sendDiagnostics({ uri, diagnostics: [] });
    },
    dispose(): void {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}
