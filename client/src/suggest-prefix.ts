/**
 * Markdown postmortems stay Markdown, and VS Code's Markdown defaults turn suggestions-while-typing
 * off. So that `pm-` snippets still appear there, typing `pm` at the start of a word opens the
 * suggestions in those documents. Plain Markdown files are left alone: their defaults stay.
 */
import * as vscode from 'vscode';
import { isServed } from './served';

const PREFIX = /(?:^|\s)pm$/;

export function suggestPmPrefix(): vscode.Disposable {
  return vscode.workspace.onDidChangeTextDocument((e) => {
    const change = e.contentChanges.length === 1 ? e.contentChanges[0]! : undefined;
    if (!change || change.text !== 'm' || e.document.languageId !== 'markdown') return;
    const editor = vscode.window.activeTextEditor;
    if (editor?.document !== e.document) return;
    const end = change.range.start.translate(0, 1);
    // The cheap test first: this runs on every keystroke in every Markdown file.
    if (!PREFIX.test(e.document.lineAt(end.line).text.slice(0, end.character)) || !isServed(e.document)) return;
    void vscode.commands.executeCommand('editor.action.triggerSuggest');
  });
}
