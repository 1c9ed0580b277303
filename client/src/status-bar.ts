/** The status bar item: the incident's duration and the number of problems in the active postmortem. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isServed } from './served';

interface IncidentSummary {
  durationMinutes: number | null;
  /** Absent from servers older than this client. */
  sections?: { written: number; total: number; sections?: Array<{ title: string; written: boolean }> };
}

function formatMinutes(m: number): string {
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const min = m % 60;
  return [d ? `${d}d` : '', h ? `${h}h` : '', min || (!d && !h) ? `${min}m` : ''].filter(Boolean).join(' ');
}

/** What is left to write, as a checklist, above what a click does. */
function tooltip(summary: IncidentSummary | null): vscode.MarkdownString {
  const list = summary?.sections?.sections ?? [];
  const lines = list.map((s) => `- ${s.written ? '$(pass-filled)' : '$(circle-large-outline)'} ${s.title}`);
  const md = new vscode.MarkdownString([...(lines.length > 0 ? ['**Sections**', '', ...lines, ''] : []), 'Click to open the Problems panel.'].join('\n'), true);
  return md;
}

export function createStatusBar(getClient: () => LanguageClient | undefined): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('postmortem.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Postmortem';
  item.command = 'workbench.actions.view.problems';
  let generation = 0;

  async function update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const client = getClient();
    if (!editor || !isServed(editor.document) || !client?.isRunning()) {
      item.hide();
      return;
    }
    const mine = ++generation;
    const problems = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'postmortem').length;
    let summary: IncidentSummary | null = null;
    try {
      summary = await client.sendRequest<IncidentSummary | null>('postmortem/incident', { textDocument: { uri: editor.document.uri.toString() } });
    } catch (e) {
      // The status bar can do without it, but the Output channel says why it is missing.
      client.outputChannel.appendLine(`status bar: postmortem/incident failed: ${e instanceof Error ? e.message : String(e)}`);
      summary = null;
    }
    if (mine !== generation) return;
    const duration = summary?.durationMinutes != null ? formatMinutes(summary.durationMinutes) : 'no timeline';
    const progress = summary?.sections && summary.sections.written < summary.sections.total ? ` · ${summary.sections.written} of ${summary.sections.total} sections written` : '';
    item.text = `$(history) ${duration}${progress} · ${problems === 0 ? '$(check) no problems' : `$(warning) ${problems} problem${problems === 1 ? '' : 's'}`}`;
    item.tooltip = tooltip(summary);
    item.show();
  }

  const subs = [
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((u) => u.toString() === active)) void update();
    }),
  ];
  void update();
  return vscode.Disposable.from(...subs, { dispose: () => generation++ });
}
