/** The extension's commands. Each asks the server for what it needs; none re-implements the schema. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PRESETS } from '../../server/src/service';
import { isServed } from './served';

interface MissingSection {
  id: string;
  title: string;
  required: boolean;
  edit: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
}

const PRESET_ITEMS: vscode.QuickPickItem[] = PRESETS.map((p) => ({ label: p.name, description: p.description.replace(/\.$/, '') }));

function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function registerCommands(client: () => Promise<LanguageClient>, restart: () => Promise<void>): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('postmortem.newPostmortem', async (presetArg?: string) => {
      const preset = presetArg ?? (await vscode.window.showQuickPick(PRESET_ITEMS, { title: 'New Postmortem', placeHolder: 'Which template?' }))?.label;
      if (!preset) return undefined;
      const c = await client();
      const snippet = await c.sendRequest<string>('postmortem/template', { preset, date: today(), snippet: true });
      // An empty document and then a snippet: the cursor lands on the title and Tab walks the placeholders.
      const doc = await vscode.workspace.openTextDocument({ language: 'postmortem', content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
      return doc;
    }),
    vscode.commands.registerCommand('postmortem.insertSection', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isServed(editor.document)) {
        void vscode.window.showInformationMessage('Open a postmortem to insert a section into it.');
        return;
      }
      const c = await client();
      const missing = await c.sendRequest<MissingSection[]>('postmortem/missingSections', { textDocument: { uri: editor.document.uri.toString() } });
      if (missing.length === 0) {
        void vscode.window.showInformationMessage('This postmortem has every section its schema knows.');
        return;
      }
      const pick = await vscode.window.showQuickPick(
        missing.map((m) => ({ label: m.title, description: m.required ? 'required' : 'optional', section: m })),
        { title: 'Insert Section', placeHolder: 'Sections this postmortem does not have yet' },
      );
      if (!pick) return;
      const e = pick.section.edit;
      await editor.edit((b) => b.replace(new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText));
    }),
    vscode.commands.registerCommand('postmortem.restartServer', restart),
    vscode.commands.registerCommand('postmortem.showOutput', async () => (await client()).outputChannel.show(true)),
    vscode.commands.registerCommand('postmortem.openPreview', (uri?: vscode.Uri) =>
      vscode.commands.executeCommand('markdown.showPreviewToSide', uri ?? vscode.window.activeTextEditor?.document.uri),
    ),
  ];
}
