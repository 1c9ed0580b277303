/// <reference types="mocha" />
/**
 * Postmortem: Show Archive Insights in a real VS Code (code-server): the report over the fixtures
 * workspace, and a link followed to the postmortem's line. The webview's own script cannot be
 * clicked from the extension host, so the test follows the link with the file and line the link
 * carries, through the same function the script's message reaches.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { resetEditors } from './helpers';

interface InsightsView {
  readonly html: string;
  followLink(file: string, line: number): Promise<vscode.TextEditor>;
}

suite('Archive insights', () => {
  teardown(resetEditors);

  test('the view lists the workspace\'s postmortems under a strict policy, and a link opens the postmortem at its line', async () => {
    const view = await vscode.commands.executeCommand<InsightsView>('postmortem.showArchiveInsights');
    assert.ok(view, 'the command returns the view');
    const html = view.html;
    // The extension's one policy (webview-html.ts): nothing by default, scripts only with the page's nonce.
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    assert.deepEqual(directives.get('default-src'), ["'none'"], csp);
    assert.match((directives.get('script-src') ?? []).join(' '), /^'nonce-[^']+'$/, csp);
    assert.doesNotMatch(html, /(?:src|href)="(?:https?:)?\/\//, 'nothing remote');
    assert.match(html, /vscode\.postMessage\(\{ type: 'open', file: a\.dataset\.file, line: Number\(a\.dataset\.line\) \}\)/);
    assert.match(html, />Search results empty after an index swap</);
    assert.match(html, /<h2>Open action items<\/h2>/);
    // The action item's link: the file and line the view's script would post.
    const link = /data-file="([^"]*2025-02-search-outage\.md)" data-line="(\d+)">Refuse an alias swap onto an empty index/.exec(html);
    assert.ok(link, 'a link to the open action item');
    const file = link[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const line = Number(link[2]);
    assert.ok(line > 0);
    const editor = await view.followLink(file, line);
    assert.equal(vscode.window.activeTextEditor, editor);
    assert.ok(editor.document.uri.fsPath.endsWith('2025-02-search-outage.md'), editor.document.uri.fsPath);
    assert.equal(editor.selection.active.line, line);
    assert.match(editor.document.lineAt(line).text, /Refuse an alias swap onto an empty index/);
  });
});
