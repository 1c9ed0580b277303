/**
 * Postmortem: Show Timeline. A webview beside the editor that shows the server's drawing of the
 * document's timeline, redrawn (debounced) as the writer types; clicking a mark selects its line,
 * and moving the cursor highlights its entry. The drawing and the rows come from the server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { TimelineResult } from '../../server/src/lsp/timeline';
import { timelineRows } from '../../server/src/render/timeline-table';
import { TIMELINE_CSS } from '../../server/src/render/timeline-style';
import { webviewHtml } from './webview-html';
import { isServed } from './served';

/** What the view last drew, as its script reported it: for the UI tests and nothing else. */
export interface TimelineViewState {
  uri: string | null;
  version: number;
  marks: number;
  phases: string[];
  problems: number;
}

export interface TimelineViewApi {
  state(): TimelineViewState;
  /** Resolves once the view reports a drawing that `until` accepts. */
  rendered(until: (s: TimelineViewState) => boolean): Promise<TimelineViewState>;
  /** Clicks mark `index` inside the webview, as a mouse would. */
  clickMark(index: number): Promise<boolean>;
}

/** Messages from the webview's script. */
type ViewMessage = { type: string; line?: number } & Partial<TimelineViewState>;

const BODY = `
<div class="toolbar" role="toolbar" aria-label="Timeline">
  <button data-zoom="0.8" title="Zoom out" aria-label="Zoom out">−</button>
  <button data-zoom="1.25" title="Zoom in" aria-label="Zoom in">+</button>
  <button data-zoom="0" title="Reset zoom" aria-label="Reset zoom">1:1</button>
  <span id="status" aria-live="polite"></span>
</div>
<div id="frame"><div id="canvas" role="group" aria-label="Timeline marks: use the arrow keys to move between entries, Enter to go to one"></div></div>
<p id="empty"></p>
<table><caption>Timeline entries, in time order</caption>
<thead><tr><th scope="col">Line</th><th scope="col">Time</th><th scope="col">UTC</th><th scope="col">Phase</th><th scope="col">Entry</th><th scope="col">Problem</th></tr></thead>
<tbody id="rows"></tbody></table>`;

export function registerTimelineView(context: vscode.ExtensionContext, client: () => Promise<LanguageClient>): { disposables: vscode.Disposable[]; api: TimelineViewApi } {
  let panel: vscode.WebviewPanel | undefined;
  let target: vscode.Uri | undefined;
  let timer: NodeJS.Timeout | undefined;
  let last: TimelineViewState = { uri: null, version: -1, marks: 0, phases: [], problems: 0 };
  const renderedEvent = new vscode.EventEmitter<TimelineViewState>();

  const debounceMs = (): number => vscode.workspace.getConfiguration('postmortem', target).get<number>('debounceMs', 150);

  async function refresh(): Promise<void> {
    if (!panel || !target) return;
    const uri = target.toString();
    const c = await client();
    const result = await c.sendRequest<TimelineResult | null>('postmortem/timeline', { textDocument: { uri }, width: 960 });
    if (!panel || target?.toString() !== uri) return;
    const rows = result ? timelineRows(result.layout) : [];
    const emptyText = !result ? 'This document is not checked as a postmortem.' : rows.length === 0 ? 'No timeline entries with a time yet.' : null;
    void panel.webview.postMessage({ type: 'update', svg: result?.svg ?? '', rows, version: result?.version ?? -1, empty: emptyText });
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh().catch(() => undefined), debounceMs());
  }

  function open(uri: vscode.Uri): void {
    target = uri;
    if (!panel) {
      panel = createPanel(context, onMessage, () => (panel = undefined));
      last = { uri: null, version: -1, marks: 0, phases: [], problems: 0 };
    }
    panel.title = `Timeline: ${uri.path.split('/').pop()}`;
    panel.reveal(vscode.ViewColumn.Beside, true);
    void refresh();
  }

  function onMessage(m: ViewMessage): void {
    if (m.type === 'ready') void refresh();
    else if (m.type === 'reveal' && typeof m.line === 'number') void revealLine(target, m.line);
    else if (m.type === 'rendered') {
      last = { uri: target?.toString() ?? null, version: m.version ?? -1, marks: m.marks ?? 0, phases: m.phases ?? [], problems: m.problems ?? 0 };
      renderedEvent.fire(last);
    }
  }

  const disposables = [
    renderedEvent,
    vscode.commands.registerCommand('postmortem.showTimeline', (arg?: vscode.Uri | string) => {
      const uri = typeof arg === 'string' ? vscode.Uri.parse(arg) : arg ?? vscode.window.activeTextEditor?.document.uri;
      const doc = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (!uri || (doc && !isServed(doc))) {
        void vscode.window.showInformationMessage('Open a postmortem to show its timeline.');
        return;
      }
      open(uri);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (panel && e.document.uri.toString() === target?.toString() && e.contentChanges.length > 0) schedule();
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (panel && e.textEditor.document.uri.toString() === target?.toString()) void panel.webview.postMessage({ type: 'cursor', line: e.selections[0]!.active.line });
    }),
    { dispose: () => (clearTimeout(timer), panel?.dispose()) },
  ];

  const api: TimelineViewApi = {
    state: () => last,
    rendered: (until) =>
      until(last)
        ? Promise.resolve(last)
        : new Promise((resolve) => {
            const sub = renderedEvent.event((s) => {
              if (!until(s)) return;
              sub.dispose();
              resolve(s);
            });
          }),
    clickMark: async (index) => (panel ? panel.webview.postMessage({ type: 'click', index }) : false),
  };
  return { disposables, api };
}

function createPanel(context: vscode.ExtensionContext, onMessage: (m: ViewMessage) => void, onClose: () => void): vscode.WebviewPanel {
  const media = vscode.Uri.joinPath(context.extensionUri, 'client', 'media');
  const panel = vscode.window.createWebviewPanel('postmortem.timeline', 'Timeline', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
    enableScripts: true,
    localResourceRoots: [media],
  });
  panel.webview.html = webviewHtml(panel.webview, {
    title: 'Timeline',
    scripts: [vscode.Uri.joinPath(media, 'timeline.js')],
    stylesheets: [vscode.Uri.joinPath(media, 'timeline.css')],
    inlineCss: TIMELINE_CSS,
    body: BODY,
  });
  panel.webview.onDidReceiveMessage(onMessage);
  panel.onDidDispose(onClose);
  return panel;
}

/** Shows the document where it is already open (not in the view's column) and selects the line. */
async function revealLine(uri: vscode.Uri | undefined, line: number): Promise<void> {
  if (!uri) return;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const doc = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  const text = doc.lineAt(Math.min(line, doc.lineCount - 1));
  editor.selection = new vscode.Selection(text.range.start, text.range.end);
  editor.revealRange(text.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
