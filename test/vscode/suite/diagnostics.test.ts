/// <reference types="mocha" />
/** Diagnostics as a writer sees them, and which documents get them at all. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, fixture, open, ours, positionOf, resetEditors, summary, waitForDiagnostics, waitForSummary } from './helpers';

suite('Diagnostics', () => {
  teardown(resetEditors);

  test('a draft gets its problems, at the lines the CLI reports', async () => {
    const editor = await open('payments-draft.postmortem.md');
    assert.equal(editor.document.languageId, 'postmortem');
    const diagnostics = await waitForSummary(editor.document.uri, [
      'frontmatter-invalid@4', // severity: sev2, and the workspace's .postmortem.yaml wants SEV2
      'placeholder@15', // Impact: TODO
      'timeline-order@24', // 08:20 after 08:31
      'missing-section@25', // no Root Cause in any form: it belongs after the timeline, which ends here
      'action-owner@36', // the table row without an owner
    ]);
    const severity = diagnostics.find((d) => codeOf(d) === 'frontmatter-invalid')!;
    assert.equal(severity.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(editor.document.getText(severity.range), 'sev2');
    const order = diagnostics.find((d) => codeOf(d) === 'timeline-order')!;
    assert.equal(order.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(order.message, /08:20 is 11m earlier than the entry before it \(08:31\)/);
  });

  test('a clean label-style postmortem gets none', async () => {
    const editor = await open('overnight-queue.postmortem.txt');
    assert.equal(editor.document.languageId, 'postmortem');
    // The server answers requests in order, and the client asked for this document's diagnostics
    // when it opened it; so once a later hover request is answered, the diagnostics are in.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '21:00'));
    assert.ok(hovers.length > 0, 'the server answered for the document');
    assert.deepEqual(summary(ours(editor.document.uri)), []);
  });

});

suite('Which documents are checked', () => {
  teardown(resetEditors);

  test('Markdown under postmortems/ is checked and stays Markdown; a README is left alone', async () => {
    // The README is opened first. Its diagnostics, if the client wrongly sent it to the server,
    // would be requested and answered before those of the postmortem opened after it.
    const readme = await open('README.md');
    const postmortem = await open('postmortems/2025-02-search-outage.md');
    assert.equal(readme.document.languageId, 'markdown');
    assert.equal(postmortem.document.languageId, 'markdown');
    await waitForSummary(postmortem.document.uri, [
      'missing-field@3', // no Impact anywhere; Duration is the timeline's window
      'missing-section@12', // no Root Cause in any form, at the end of the section it follows
    ]);
    assert.deepEqual(summary(ours(readme.document.uri)), [], 'README.md is not a postmortem');
  });

  test('Markdown whose front matter says type: postmortem is checked anywhere', async () => {
    const editor = await open('notes/db-failover.md');
    assert.equal(editor.document.languageId, 'markdown');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (ds) => ds.length > 0, 'diagnostics');
    assert.ok(diagnostics.some((d) => codeOf(d) === 'missing-section'), summary(diagnostics).join(', '));
  });

});

suite('Diagnostics as you type', () => {
  teardown(resetEditors);

  test('an edit is checked again', async () => {
    const editor = await open('overnight-queue.postmortem.txt');
    const uri = editor.document.uri;
    await waitForSummary(uri, []);
    const line = editor.document.lineAt(7); // "- Impact: ..."
    await editor.edit((b) => b.replace(line.range, '- Impact: TBD'));
    // A TBD Impact states nothing: the field is unwritten (a hint here, an error in CI) and a placeholder.
    const found = await waitForSummary(uri, ['missing-field@8', 'placeholder@8']);
    const placeholder = found.find((d) => codeOf(d) === 'placeholder');
    assert.equal(editor.document.getText(placeholder!.range), 'TBD');
    assert.equal(found.find((d) => codeOf(d) === 'missing-field')!.severity, vscode.DiagnosticSeverity.Hint);
    assert.equal(fixture('overnight-queue.postmortem.txt').toString(), uri.toString());
  });
});
