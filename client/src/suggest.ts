/**
 * Two places where VS Code would not open the suggestions by itself, but a postmortem writer wants
 * them:
 *   - Markdown postmortems stay Markdown, and VS Code's Markdown defaults turn suggestions while
 *     typing off, so typing `pm` at the start of a word opens them there (for the `pm-` snippets).
 *     Plain Markdown files are left alone.
 *   - Enter after a timeline entry continues the list (language-configuration.json); opening the
 *     suggestions then offers the next entry, written like the one above with its clock selected.
 */
import * as vscode from 'vscode';
import { isServed } from './served';

const PREFIX = /(?:^|\s)pm$/;
const CONTINUED_ITEM = /^\r?\n[ \t]*[-*+] $/;
const CLOCK = /\b\d{1,2}:\d{2}\b/;

function wantsSuggestions(e: vscode.TextDocumentChangeEvent): boolean {
  const change = e.contentChanges.length === 1 ? e.contentChanges[0]! : undefined;
  if (!change || vscode.window.activeTextEditor?.document !== e.document) return false;
  const line = change.range.start.line;
  // The cheap tests first: this runs on every keystroke in every document.
  if (change.text === 'm' && e.document.languageId === 'markdown') {
    const before = e.document.lineAt(line).text.slice(0, change.range.start.character + 1);
    return PREFIX.test(before) && isServed(e.document);
  }
  if (CONTINUED_ITEM.test(change.text) && e.document.languageId === 'postmortem') return CLOCK.test(e.document.lineAt(line).text);
  return false;
}

export function suggestWhereWritersExpectIt(): vscode.Disposable {
  return vscode.workspace.onDidChangeTextDocument((e) => {
    if (wantsSuggestions(e)) void vscode.commands.executeCommand('editor.action.triggerSuggest');
  });
}
