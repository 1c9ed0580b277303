/// <reference types="mocha" />
/** The extension's commands, run the way the command palette runs them. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, resetEditors, waitForDiagnostics } from './helpers';

function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

suite('Commands', () => {
  teardown(resetEditors);

  test('New Postmortem opens the preset template with today\'s date, and it is checked', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('postmortem.newPostmortem', 'default');
    assert.ok(doc, 'the command returns the new document');
    assert.equal(doc.languageId, 'postmortem');
    assert.equal(doc.isUntitled, true);
    assert.equal(vscode.window.activeTextEditor?.document, doc);
    const text = doc.getText();
    assert.ok(text.startsWith(`---\ntitle: "TODO: incident title"\ndate: ${today()}\n`), text.slice(0, 80));
    // Issue 14: the cursor is on the title, which is selected: typing replaces it.
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), 'TODO: incident title');
    assert.equal(editor.selection.start.line, 1);
    for (const heading of ['## Summary', '## Timeline', '## Root Cause', '## Resolution', '## Action Items']) {
      assert.ok(text.includes(`\n${heading}\n`), `${heading} in the template`);
    }
    // The template's TODOs are what a writer fills in first; the server points at them.
    const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'placeholder'), 'placeholder diagnostics');
    assert.ok(!diagnostics.some((d) => codeOf(d) === 'missing-section' && d.message.startsWith('Missing section')), 'the template has every section');
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(errors.map((d) => `${codeOf(d)}: ${d.message}`), [], 'the template itself causes no error');
  });

  test('Insert Section and Show Output are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['postmortem.newPostmortem', 'postmortem.insertSection', 'postmortem.restartServer', 'postmortem.showOutput']) {
      assert.ok(commands.includes(id), id);
    }
  });
});
