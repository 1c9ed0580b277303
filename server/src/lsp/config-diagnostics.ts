/**
 * Diagnostics on `.postmortem.yaml` files themselves. Two sources feed them:
 *   - the editor's text of an open config file, checked on open and on every change, so a fixed
 *     line loses its error at once, saved or not;
 *   - the problems found while loading a postmortem's schema from disk (a closed config file, or
 *     one further up an `extends` chain).
 * An open file shows its editor text's problems (they are the newest); a closed one shows what the
 * postmortems found. A deleted file shows nothing. Config files are always pushed, in pull mode
 * too, because their problems change when other files change.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { ConfigFileProblem } from '../host/config-files';
import { configDiagnostic, parseConfig } from '../service';
import { URI } from './uri';

export function isConfigFile(uri: string): boolean {
  return /\/\.postmortem\.ya?ml$/.test(uri);
}

/** The problems of a config file's editor text, with an `extends:` path that leads nowhere. */
export function configTextDiagnostics(uri: string, text: string): Diagnostic[] {
  const parsed = parseConfig(text.replace(/^\uFEFF/, ''));
  const out = parsed.problems.map(configDiagnostic);
  const path = URI.toFsPath(uri);
  const ext = parsed.extends;
  if (path !== null && ext?.kind === 'path') {
    const target = resolve(dirname(path), ext.value);
    if (!isFile(target)) out.push(configDiagnostic({ message: `cannot read config file ${target} (not found)`, range: ext.range, severity: 'error' }));
  }
  return out;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Replaces what loading `docUri`'s schema found in each config file; returns the config uris touched. */
function record(fromDocs: Map<string, Map<string, Diagnostic[]>>, docUri: string, problems: readonly ConfigFileProblem[]): Set<string> {
  const touched = new Set<string>();
  for (const [uri, byDoc] of fromDocs) if (byDoc.delete(docUri)) touched.add(uri);
  for (const { file, problem } of problems) {
    if (!file) continue; // a bad preset setting belongs to no file: it is shown on the document
    const uri = URI.fromFsPath(file);
    const byDoc = fromDocs.get(uri) ?? new Map<string, Diagnostic[]>();
    fromDocs.set(uri, byDoc);
    byDoc.set(docUri, [...(byDoc.get(docUri) ?? []), configDiagnostic(problem)]);
    touched.add(uri);
  }
  return touched;
}

export function createConfigDiagnostics(connection: Pick<Connection, 'sendDiagnostics'>) {
  /** Config uri → postmortem uri → what loading that postmortem's schema found in the file. */
  const fromDocs = new Map<string, Map<string, Diagnostic[]>>();
  /** Config uri → the problems of its editor text and that text's version, while it is open. */
  const open = new Map<string, { diagnostics: Diagnostic[]; version: number }>();
  /**
   * Deleted config files still open in the editor → the editor version at deletion. That text is
   * no config any more; only an edit (a new version) or the file's return shows its problems again.
   */
  const deletedAt = new Map<string, number>();
  /** What each uri last got, so that typing in a postmortem does not re-send unchanged lists. */
  const sent = new Map<string, string>();

  function publish(uri: string): void {
    const byDoc = fromDocs.get(uri);
    const fromDisk = [...new Map([...(byDoc?.values() ?? [])].flat().map((d) => [JSON.stringify(d), d])).values()];
    const editor = open.get(uri);
    const diagnostics = editor?.diagnostics ?? fromDisk;
    const key = JSON.stringify([editor?.version, diagnostics]);
    if (sent.get(uri) === key) return;
    sent.set(uri, key);
    void connection.sendDiagnostics({ uri, diagnostics, ...(editor ? { version: editor.version } : {}) });
  }

  return {
    /** A postmortem's schema was loaded; `problems` replace what that postmortem found before. */
    fromDocument(docUri: string, problems: readonly ConfigFileProblem[]): void {
      for (const uri of record(fromDocs, docUri, problems)) {
        if (fromDocs.get(uri)?.size === 0) fromDocs.delete(uri);
        publish(uri);
      }
    },
    /** The config file's editor text, on open and on every change. */
    text(uri: string, text: string, version: number): void {
      if (deletedAt.get(uri) === version) return;
      deletedAt.delete(uri);
      open.set(uri, { diagnostics: configTextDiagnostics(uri, text), version });
      publish(uri);
    },
    closed(uri: string): void {
      open.delete(uri);
      deletedAt.delete(uri); // a file opened again later starts again at version 1
      publish(uri);
    },
    /** Deleted from disk: nothing of it is left in Problems, whoever found it. */
    deleted(uri: string): void {
      const editor = open.get(uri);
      if (editor) deletedAt.set(uri, editor.version);
      open.delete(uri);
      fromDocs.delete(uri);
      sent.delete(uri);
      publish(uri);
    },
    /** Created again (an undo of the delete, or a save of the still-open editor). */
    created(uri: string): void {
      deletedAt.delete(uri);
    },
  };
}

export type ConfigDiagnostics = ReturnType<typeof createConfigDiagnostics>;
