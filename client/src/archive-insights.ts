/**
 * Postmortem: Show Archive Insights. The server builds the archive report over the workspace's
 * postmortems (found as workspace symbols find them); this shows it as the same HTML the CLI
 * writes, in a webview with the extension's one Content Security Policy (`webview-html.ts`). A link posts the file and
 * line back, and the postmortem opens there. Saving a postmortem refreshes the view.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { formatHtml } from '../../server/src/insights/format-html';
import type { ArchiveReport } from '../../server/src/insights';
import { isServed } from './served';
import { contentSecurityPolicy, makeNonce } from './webview-html';

/** What the command returns: tests follow links the way the view's script does. */
export interface InsightsView {
  readonly html: string;
  followLink(file: string, line: number): Promise<vscode.TextEditor>;
}

const REFRESH_DELAY_MS = 300;

export function registerArchiveInsights(client: () => Promise<LanguageClient>): vscode.Disposable[] {
  let panel: vscode.WebviewPanel | undefined;
  let html = '';
  let timer: NodeJS.Timeout | undefined;

  const render = async (): Promise<void> => {
    if (!panel) return;
    const report = await (await client()).sendRequest<ArchiveReport | null>('postmortem/archiveInsights', { today: today() });
    if (!report || !panel) return;
    html = page(report, panel.webview.cspSource);
    if (panel) panel.webview.html = html;
  };
  const view: InsightsView = { get html() { return html; }, followLink: openAt };

  return [
    vscode.commands.registerCommand('postmortem.showArchiveInsights', async (): Promise<InsightsView> => {
      if (panel) panel.reveal();
      else {
        panel = vscode.window.createWebviewPanel('postmortem.archiveInsights', 'Archive Insights', vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
        panel.onDidDispose(() => (panel = undefined));
        panel.webview.onDidReceiveMessage((m: { type?: string; file?: unknown; line?: unknown }) => {
          if (m.type === 'open' && typeof m.file === 'string' && typeof m.line === 'number') {
            openAt(m.file, m.line).catch((e: unknown) => void vscode.window.showWarningMessage(`Postmortem: cannot open ${m.file}: ${e instanceof Error ? e.message : String(e)}`));
          }
        });
      }
      try {
        await render();
      } catch (e) {
        void vscode.window.showErrorMessage(`Postmortem: the archive insights could not be built: ${e instanceof Error ? e.message : String(e)}`);
      }
      return view;
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (!panel || !isServed(doc)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void render().catch((e: unknown) => console.error(`archive insights refresh failed: ${String(e)}`)), REFRESH_DELAY_MS);
    }),
  ];
}

async function openAt(file: string, line: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const at = new vscode.Position(Math.max(0, Math.min(Number.isInteger(line) ? line : 0, doc.lineCount - 1)), 0);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(at, at) });
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  return editor;
}

function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The report's HTML with the view's policy and the script that turns a click on a link into a message. */
function page(report: ArchiveReport, cspSource: string): string {
  const nonce = makeNonce();
  const csp = contentSecurityPolicy(cspSource, nonce);
  const script = `<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const a = e.target instanceof Element ? e.target.closest('a[data-file]') : null;
  if (!a) return;
  e.preventDefault();
  vscode.postMessage({ type: 'open', file: a.dataset.file, line: Number(a.dataset.line) });
});
</script>`;
  const head = `<meta http-equiv="Content-Security-Policy" content="${csp}">\n${script}`;
  return formatHtml(report, { href: (_file, line) => `#L${line + 1}`, head, nonce });
}
