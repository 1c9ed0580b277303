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

/** How long the view waits after a keystroke before it asks for a new drawing. */
const VIEW_DEBOUNCE_MS = 50;

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
  /** Resolves at the next drawing the view reports that `until` accepts (never with an earlier one). */
  rendered(until: (s: TimelineViewState) => boolean): Promise<TimelineViewState>;
  /** Clicks mark `index` inside the webview, as a mouse would. */
  clickMark(index: number): Promise<boolean>;
}

/** Messages from the webview's script. */
type ViewMessage = { type: string; line?: number; width?: number } & Partial<TimelineViewState>;

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

const NOTHING_DRAWN: TimelineViewState = { uri: null, version: -1, marks: 0, phases: [], problems: 0 };

/** The one timeline panel: which document it shows, and the round trips that keep it current. */
class TimelineView {
  private panel: vscode.WebviewPanel | undefined;
  private target: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Pixels the view's drawing area has, as its script last reported. */
  private width = 960;
  last: TimelineViewState = NOTHING_DRAWN;
  readonly rendered = new vscode.EventEmitter<TimelineViewState>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => Promise<LanguageClient>,
  ) {}

  shows(uri: vscode.Uri): boolean {
    return this.panel !== undefined && uri.toString() === this.target?.toString();
  }

  open(uri: vscode.Uri): void {
    this.target = uri;
    if (!this.panel) {
      this.panel = createPanel(this.context, (m) => this.onMessage(m), () => (this.panel = undefined));
      this.last = NOTHING_DRAWN;
    }
    this.panel.title = `Timeline: ${uri.path.split('/').pop()}`;
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    this.refreshSafely();
  }

  /**
   * Redraws once the writer pauses for VIEW_DEBOUNCE_MS (or the shorter postmortem.debounceMs).
   * The server answers for the newest version on request, in about 10 ms on 100 KB, so the view
   * need not wait for the diagnostics' longer pause to stay within 100 ms of a keystroke.
   */
  schedule(): void {
    clearTimeout(this.timer);
    const setting = vscode.workspace.getConfiguration('postmortem', this.target).get<number>('debounceMs', VIEW_DEBOUNCE_MS);
    this.timer = setTimeout(() => this.refreshSafely(), Math.min(setting, VIEW_DEBOUNCE_MS));
  }

  /** A redraw whose failure (the server restarting, a closed document) is said once, never thrown. */
  private refreshSafely(): void {
    this.refresh().catch(shown('The timeline could not be drawn'));
  }

  post(message: unknown): Thenable<boolean> {
    return this.panel ? this.panel.webview.postMessage(message) : Promise.resolve(false);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.rendered.dispose();
  }

  private async refresh(): Promise<void> {
    if (!this.panel || !this.target) return;
    const uri = this.target.toString();
    const c = await this.client();
    const result = await c.sendRequest<TimelineResult | null>('postmortem/timeline', { textDocument: { uri }, width: this.width });
    if (!this.panel || this.target?.toString() !== uri) return;
    const rows = result ? timelineRows(result.layout) : [];
    const empty = !result ? 'This document is not checked as a postmortem.' : rows.length === 0 ? 'No timeline entries with a time yet.' : null;
    void this.post({ type: 'update', svg: result?.svg ?? '', rows, version: result?.version ?? -1, empty });
  }

  private onMessage(m: ViewMessage): void {
    if (typeof m.width === 'number' && Number.isFinite(m.width)) this.width = Math.min(4000, Math.max(320, m.width));
    if (m.type === 'ready' || m.type === 'resize') this.refreshSafely();
    else if (m.type === 'reveal' && typeof m.line === 'number') revealLine(this.target, m.line).catch(shown('Could not show that line'));
    else if (m.type === 'rendered') {
      this.last = { uri: this.target?.toString() ?? null, version: m.version ?? -1, marks: m.marks ?? 0, phases: m.phases ?? [], problems: m.problems ?? 0 };
      this.rendered.fire(this.last);
    }
  }
}

export function registerTimelineView(context: vscode.ExtensionContext, client: () => Promise<LanguageClient>): { disposables: vscode.Disposable[]; api: TimelineViewApi } {
  const view = new TimelineView(context, client);
  const disposables = [
    view,
    vscode.commands.registerCommand('postmortem.showTimeline', (arg?: vscode.Uri | string) => {
      const uri = typeof arg === 'string' ? vscode.Uri.parse(arg) : (arg ?? vscode.window.activeTextEditor?.document.uri);
      const doc = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (!uri || (doc && !isServed(doc))) {
        void vscode.window.showInformationMessage('Open a postmortem to show its timeline.');
        return;
      }
      view.open(uri);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (view.shows(e.document.uri) && e.contentChanges.length > 0) view.schedule();
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (view.shows(e.textEditor.document.uri)) void view.post({ type: 'cursor', line: e.selections[0]!.active.line });
    }),
  ];
  const api: TimelineViewApi = {
    state: () => view.last,
    // Only drawings from now on: the last one may show the same document before a change.
    rendered: (until) =>
      new Promise((resolve) => {
        const sub = view.rendered.event((s) => {
          if (!until(s)) return;
          sub.dispose();
          resolve(s);
        });
      }),
    clickMark: async (index) => view.post({ type: 'click', index }),
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

/** A catch handler that tells the user in one line, in the status bar, without a dialog. */
function shown(what: string): (e: unknown) => void {
  return (e) => void vscode.window.setStatusBarMessage(`Postmortem: ${what}: ${e instanceof Error ? e.message : String(e)}`, 5000);
}

/** Shows the document where it is already open (not in the view's column) and selects the line. */
async function revealLine(uri: vscode.Uri | undefined, line: number): Promise<void> {
  if (!uri || !Number.isInteger(line) || line < 0) return;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const doc = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  const text = doc.lineAt(Math.min(line, doc.lineCount - 1));
  editor.selection = new vscode.Selection(text.range.start, text.range.end);
  editor.revealRange(text.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
