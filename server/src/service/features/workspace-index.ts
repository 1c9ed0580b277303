/**
 * Workspace symbols over the whole workspace: which files to read, with which schema, and how much
 * work one search may do. Files are read through the host's `WorkspaceFiles` (the editor's buffer
 * for open ones) and summarised once per stamp and schema, so typing in one file re-reads only it.
 */
import type { WorkspaceSymbol } from 'vscode-languageserver-types';
import type { CancellationToken, ServiceSettings, WorkspaceFiles } from '../host';
import type { Schema } from '../schema/types';
import { parseDocument } from '../document';
import { isPostmortemFile } from '../postmortem-files';
import { uriPath } from '../uri-path';
import { matchWorkspaceSymbols, workspaceSymbolEntries, type WorkspaceSymbolEntry } from './workspace-symbols';

/** The caps that keep one search bounded on any archive. */
export interface IndexLimits {
  maxFiles: number;
  maxBytes: number;
  /** Reading and parsing beyond this, a search answers from what it has (cached files still count). */
  timeBudgetMs: number;
  maxResults: number;
}

export const INDEX_LIMITS: IndexLimits = { maxFiles: 2000, maxBytes: 1024 * 1024, timeBudgetMs: 1500, maxResults: 200 };

export interface IndexHost {
  workspace: WorkspaceFiles | undefined;
  schemaFor(uri: string): Schema;
  settings(uri: string): ServiceSettings;
  now(): number;
}

interface Entry {
  stamp: string;
  schema: Schema;
  /** The `postmortem.files` globs the file was judged by. */
  files: string;
  symbols: WorkspaceSymbolEntry[];
}

/** The folder part of a URI: files in one folder share their config, so one search asks once per folder. */
function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

export function createWorkspaceIndex(host: IndexHost, limits: IndexLimits = INDEX_LIMITS) {
  const cache = new Map<string, Entry>();

  function entriesFor(uri: string, deadline: number, schemaFor: (uri: string) => Schema): readonly WorkspaceSymbolEntry[] {
    const workspace = host.workspace!;
    const stamp = workspace.stamp(uri);
    if (stamp === null) {
      cache.delete(uri);
      return [];
    }
    const hit = cache.get(uri);
    const schema = schemaFor(uri);
    const globs = host.settings(uri).files;
    const files = globs.join('\n');
    if (hit && hit.stamp === stamp && hit.schema === schema && hit.files === files) return hit.symbols;
    // Over budget: what this file said last time, until a later search has time to read it again.
    if (host.now() > deadline) return hit?.symbols ?? [];
    const text = workspace.read(uri, limits.maxBytes);
    const postmortem = text !== null && isPostmortemFile({ path: uriPath(uri), head: text }, globs);
    const symbols = postmortem ? workspaceSymbolEntries(parseDocument(text, schema, uri, 0), uri) : [];
    cache.set(uri, { stamp, schema, files, symbols });
    return symbols;
  }

  return {
    /** Postmortems whose title, incident id or date matches `query`, best first. */
    search(query: string, token?: CancellationToken): WorkspaceSymbol[] {
      if (!host.workspace) return [];
      const deadline = host.now() + limits.timeBudgetMs;
      const uris = host.workspace.list(limits.maxFiles);
      const listed = new Set(uris);
      for (const uri of cache.keys()) if (!listed.has(uri)) cache.delete(uri);
      const all: WorkspaceSymbolEntry[] = [];
      const byFolder = new Map<string, Schema>();
      const schemaFor = (uri: string): Schema => {
        const folder = folderOf(uri);
        let schema = byFolder.get(folder);
        if (!schema) byFolder.set(folder, (schema = host.schemaFor(uri)));
        return schema;
      };
      for (const uri of uris) {
        if (token?.isCancellationRequested) return [];
        all.push(...entriesFor(uri, deadline, schemaFor));
      }
      return matchWorkspaceSymbols(all, query, limits.maxResults);
    },
  };
}
