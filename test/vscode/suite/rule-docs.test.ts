/// <reference types="mocha" />
/**
 * Rule documentation from a diagnostic's code: the code is a link (hover and Problems panel), and
 * with the web page unreachable it opens the rule's section of the packaged docs/rules.md.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, open, resetEditors, waitForDiagnostics } from './helpers';

suite('Rule documentation', () => {
  teardown(resetEditors);

  test('every diagnostic code links to a command that opens its rule\'s documentation', async () => {
    const editor = await open('payments-draft.postmortem.md');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (ds) => ds.length > 0, 'diagnostics');
    for (const d of diagnostics) {
      assert.equal(typeof d.code, 'object', `${codeOf(d)} has a link`);
      const target = (d.code as { target: vscode.Uri }).target;
      assert.equal(target.scheme, 'command');
      assert.equal(target.path, 'postmortem.openRuleDocs');
      const [code, href] = JSON.parse(decodeURIComponent(target.query)) as [string, string];
      assert.equal(code, codeOf(d));
      assert.ok(href.endsWith(`/docs/rules.md#${code}`), href);
    }
  });

  test('offline, the command opens the packaged docs/rules.md', async () => {
    // Port 9 (discard) on the loopback answers nothing: as good as no network.
    await vscode.commands.executeCommand('postmortem.openRuleDocs', 'placeholder', 'http://127.0.0.1:9/docs/rules.md#placeholder');
    const labels = vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
    assert.ok(labels.some((l) => l.includes('rules.md')), labels.join(', '));
  });
});
