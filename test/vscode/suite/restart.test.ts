/// <reference types="mocha" />
/**
 * The client keeps the server alive: when the server process dies, vscode-languageclient starts a
 * new one (up to 4 times in 3 minutes) and diagnostics come back.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, open, positionOf, resetEditors, serverPids, waitForDiagnostics } from './helpers';

suite('Server restarts', () => {
  teardown(resetEditors);

  test('a killed server is restarted and diagnostics come back', async function () {
    if (process.platform !== 'linux') return this.skip(); // finds the server through /proc
    const editor = await open('payments-draft.postmortem.md');
    const { uri } = editor.document;
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'placeholder'), 'placeholder');
    const [pid, ...others] = serverPids();
    assert.ok(pid !== undefined && others.length === 0, `one server runs, found [${serverPids().join(', ')}]`);

    process.kill(pid, 'SIGKILL');
    // Only a running server can report the new placeholder, so its diagnostic proves the restart.
    const todo = positionOf(editor.document, '**Impact:** TODO', '**Impact:** '.length);
    await editor.edit((b) => b.replace(new vscode.Range(todo, todo.translate(0, 4)), 'TBD'));
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'placeholder' && d.message.includes('"TBD"')), 'a placeholder diagnostic for TBD');

    const fresh = serverPids().filter((p) => p !== pid);
    assert.equal(fresh.length, 1, `one new server runs, found [${fresh.join(', ')}]`);
  });

  test('Restart Language Server starts a new server and diagnostics come back', async function () {
    if (process.platform !== 'linux') return this.skip();
    const editor = await open('payments-draft.postmortem.md');
    const { document } = editor;
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'timeline-order'), 'timeline-order');
    const [before] = serverPids();
    await vscode.commands.executeCommand('postmortem.restartServer');
    const fresh = serverPids().filter((p) => p !== before);
    assert.equal(fresh.length, 1, `a new server besides ${before}: [${fresh.join(', ')}]`);
    const late = positionOf(document, '**08:20**', 2);
    await editor.edit((b) => b.replace(new vscode.Range(late, late.translate(0, 5)), '08:25'));
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'timeline-order' && d.message.startsWith('08:25')), 'timeline-order for 08:25');
  });
});
