/**
 * Which documents the language server sees. `postmortem` documents always; Markdown documents when
 * they match a `postmortem.files` glob or their front matter says `type: postmortem`. Those stay
 * Markdown (so preview and other Markdown extensions keep working): the client simply also sends
 * them to our server.
 */
import * as vscode from 'vscode';

const FRONT_MATTER_TYPE = /^---\r?\n(?:[^\n]*\n){0,40}?type:[ \t]*["']?postmortem["']?[ \t]*\r?\n/;

/** `.postmortem.yaml` files: the server checks them and offers completion and hover in them. */
export function isConfigFile(doc: vscode.TextDocument): boolean {
  return /(?:^|[\\/])\.postmortem\.ya?ml$/.test(doc.uri.path);
}

export function isServed(doc: vscode.TextDocument): boolean {
  if (doc.languageId === 'postmortem') return true;
  if (doc.languageId !== 'markdown') return false;
  const globs = vscode.workspace.getConfiguration('postmortem', doc.uri).get<string[]>('files', []);
  if (globs.some((pattern) => vscode.languages.match({ language: 'markdown', pattern }, doc) > 0)) return true;
  // Only the head of the file: front matter is at the top, and this runs on every open.
  return FRONT_MATTER_TYPE.test(doc.getText(new vscode.Range(0, 0, 42, 0)));
}
