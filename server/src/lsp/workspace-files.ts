/**
 * The workspace's files for the language service: a bounded walk of the workspace folders, and
 * each file's text from the editor's buffer when it is open, else from disk.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { hasPostmortemExtension, type WorkspaceFiles } from '../service';
import { URI } from './uri';

/** Folders deeper than this are not walked: an archive is shallow, a vendored tree is not. */
const MAX_DEPTH = 12;

export interface WorkspaceFilesHost {
  folders(): readonly string[];
  documents: TextDocuments<TextDocument>;
  log(message: string): void;
}

/**
 * A short fingerprint of a buffer. Versions start again at 1 when a file is reopened, so an open
 * buffer's stamp carries its text's fingerprint too.
 */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

export function workspaceFiles(host: WorkspaceFilesHost): WorkspaceFiles {
  /**
   * The editor's buffer for a file, found by path: the walk builds URIs with Node, which leaves
   * characters such as `(` and `@` as they are where VS Code encodes them.
   */
  const openDocument = (uri: string): TextDocument | undefined => {
    const direct = host.documents.get(uri);
    if (direct) return direct;
    const path = URI.toFsPath(uri);
    return path === null ? undefined : host.documents.all().find((d) => URI.toFsPath(d.uri) === path);
  };
  return {
    list(limit) {
      const out: string[] = [];
      const walk = (dir: string, depth: number): void => {
        if (out.length >= limit || depth > MAX_DEPTH) return;
        let names;
        try {
          names = readdirSync(dir, { withFileTypes: true });
        } catch {
          return;
        }
        for (const d of names) {
          if (out.length >= limit) return;
          if (d.name.startsWith('.') || d.name === 'node_modules') continue;
          const p = join(dir, d.name);
          if (d.isDirectory()) walk(p, depth + 1);
          else if (d.isFile() && hasPostmortemExtension(d.name)) out.push(URI.fromFsPath(p));
        }
      };
      for (const f of host.folders()) walk(f, 0);
      return out;
    },
    stamp(uri) {
      const open = openDocument(uri);
      if (open) return `v${open.version}:${fingerprint(open.getText())}`;
      const path = URI.toFsPath(uri);
      try {
        const st = path === null ? null : statSync(path);
        return st?.isFile() ? `m${st.mtimeMs}:${st.size}` : null;
      } catch {
        return null;
      }
    },
    read(uri, maxBytes) {
      const open = openDocument(uri);
      if (open) return open.getText();
      const path = URI.toFsPath(uri);
      if (path === null) return null;
      try {
        if (statSync(path).size > maxBytes) return null;
        return readFileSync(path, 'utf8');
      } catch (e) {
        host.log(`workspace index: skipped ${path}: ${String(e)}`);
        return null;
      }
    },
  };
}
