/**
 * Which documents the language server sees. `postmortem` documents always; Markdown documents when
 * they match a `postmortem.files` glob or their front matter says `type: postmortem`. Those stay
 * Markdown (so preview and other Markdown extensions keep working): the client simply also sends
 * them to our server.
 */
import * as vscode from 'vscode';
import { DEFAULT_POSTMORTEM_FILES, isPostmortemFile } from '../../server/src/service';

/** `.postmortem.yaml` files: the server checks them and offers completion and hover in them. */
export function isConfigFile(doc: vscode.TextDocument): boolean {
  return /(?:^|[\\/])\.postmortem\.ya?ml$/.test(doc.uri.path);
}

export function isServed(doc: vscode.TextDocument): boolean {
  if (doc.languageId !== 'postmortem' && doc.languageId !== 'markdown') return false;
  const globs = vscode.workspace.getConfiguration('postmortem', doc.uri).get<string[]>('files', [...DEFAULT_POSTMORTEM_FILES]);
  // Only the head of the file: front matter is at the top, and this runs on every open.
  return isPostmortemFile({ path: doc.uri.path, languageId: doc.languageId, head: doc.getText(new vscode.Range(0, 0, 42, 0)) }, globs);
}
