/// <reference types="mocha" />
/**
 * Issue 14, inside the extension host: the editor defaults of the Postmortem language, front-matter
 * completion in a new postmortem, and completion and hover in `.postmortem.yaml` without any YAML
 * extension. The UI test (test/vscode/e2e-first-minutes.mjs) drives the rest through the browser.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, positionOf, resetEditors } from './helpers';

function labels(list: vscode.CompletionList | undefined): string[] {
  return (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

suite('First minutes', () => {
  teardown(resetEditors);

  test('Postmortem documents wrap prose and suggest while typing, as Markdown documents wrap', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'postmortem' });
    assert.equal(editor.get('wordWrap'), 'on');
    assert.deepEqual(editor.get('quickSuggestions'), { other: 'on', comments: 'off', strings: 'off' });
    // The extension sets nothing for plain Markdown: VS Code's own defaults stay.
    const markdown = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).inspect('quickSuggestions');
    assert.deepEqual(markdown?.defaultLanguageValue, { comments: 'off', strings: 'off', other: 'off' });
  });

  test('front matter offers every key and the common severities in a new postmortem', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('postmortem.newPostmortem', 'default');
    const severity = positionOf(doc, 'severity: ', 'severity: '.length);
    const values = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, severity);
    for (const v of ['SEV1', 'SEV2', 'SEV3', 'SEV4']) assert.ok(labels(values).includes(v), `${v} in [${labels(values).join(', ')}]`);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(new vscode.Position(5, 0), '\n'));
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(5, 0));
    for (const k of ['authors', 'detected', 'start', 'end']) assert.ok(labels(keys).includes(k), `${k} in [${labels(keys).join(', ')}]`);
  });

  test('.postmortem.yaml gets completion and hover from the language server itself', async () => {
    assert.equal(vscode.extensions.all.some((e) => e.id === 'redhat.vscode-yaml'), false, 'no YAML extension helps here');
    const { document: doc } = await open('.postmortem.yaml');
    const ext = positionOf(doc, 'extends: ', 'extends: '.length);
    const presets = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, ext);
    for (const p of ['default', 'google-sre', 'wikimedia', 'pagerduty']) assert.ok(labels(presets).includes(p), `${p} in [${labels(presets).join(', ')}]`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'frontmatter:', 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*frontmatter\*\*: Constraints on the YAML front matter/);
  });
});
