/**
 * Workspace symbols: postmortems across the workspace, searchable by title, incident id or date.
 * Files are indexed lazily, on the first search, and the work is capped: at most MAX_FILES files
 * of at most MAX_BYTES each, and at most TIME_BUDGET_MS of reading per search. Entries are cached by
 * path and mtime; open documents are read from the editor's buffer instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import type { CancellationToken, TextDocuments, WorkspaceSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from '../service';
import { getPreset } from '../service/schema/presets';
import * as features from '../service/features';
import { URI } from './uri';

const MAX_FILES = 2000;
const MAX_BYTES = 1024 * 1024;
const TIME_BUDGET_MS = 1500;
const MAX_RESULTS = 200;
const EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.wiki']);

interface Entry {
  mtime: number;
  symbols: features.WorkspaceSymbolEntry[];
}

export function createWorkspaceIndex(host: { folders(): string[]; documents: TextDocuments<TextDocument>; log(m: string): void }) {
  const cache = new Map<string, Entry>();

  function candidates(): string[] {
    const out: string[] = [];
    const walk = (dir: string, depth: number): void => {
      if (out.length >= MAX_FILES || depth > 12) return;
      let names;
      try {
        names = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const d of names) {
        if (out.length >= MAX_FILES) return;
        if (d.name.startsWith('.') || d.name === 'node_modules') continue;
        const p = join(dir, d.name);
        if (d.isDirectory()) walk(p, depth + 1);
        else if (d.isFile() && EXTENSIONS.has(extname(d.name).toLowerCase())) out.push(p);
      }
    };
    for (const f of host.folders()) walk(f, 0);
    return out;
  }

  function looksLikePostmortem(path: string, text: string): boolean {
    if (/\.postmortem\.[a-z]+$/i.test(path)) return true;
    if (path.includes(`${sep}postmortems${sep}`) || path.includes(`${sep}incidents${sep}`)) return true;
    return /^---[\s\S]{0,2000}?\ntype:\s*postmortem\b/.test(text.slice(0, 2100));
  }

  function entriesFor(path: string, deadline: number): features.WorkspaceSymbolEntry[] {
    const uri = URI.fromFsPath(path);
    const open = host.documents.get(uri);
    const schema = getPreset('default')!;
    if (open) return features.workspaceSymbolEntries(parseDocument(open.getText(), schema, uri, open.version), uri);
    let st;
    try {
      st = statSync(path);
    } catch {
      cache.delete(path);
      return [];
    }
    const hit = cache.get(path);
    if (hit && hit.mtime === st.mtimeMs) return hit.symbols;
    if (st.size > MAX_BYTES || Date.now() > deadline) return hit?.symbols ?? [];
    let symbols: features.WorkspaceSymbolEntry[] = [];
    try {
      const text = readFileSync(path, 'utf8');
      if (looksLikePostmortem(path, text)) symbols = features.workspaceSymbolEntries(parseDocument(text, schema, uri, 0), uri);
    } catch (e) {
      host.log(`workspace index: skipped ${path}: ${String(e)}`);
    }
    cache.set(path, { mtime: st.mtimeMs, symbols });
    return symbols;
  }

  return {
    search(query: string, token?: CancellationToken): WorkspaceSymbol[] {
      const deadline = Date.now() + TIME_BUDGET_MS;
      const all: features.WorkspaceSymbolEntry[] = [];
      for (const path of candidates()) {
        if (token?.isCancellationRequested) return [];
        all.push(...entriesFor(path, deadline));
      }
      return features.matchWorkspaceSymbols(all, query, MAX_RESULTS);
    },
  };
}
