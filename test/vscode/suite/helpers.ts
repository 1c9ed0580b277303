/** What the tests share: opening fixtures and waiting on diagnostics events (never on timers). */
import * as vscode from 'vscode';
import { readdirSync, readFileSync } from 'node:fs';

export const EXTENSION_ID = 'postmortem-language-tools.postmortem-language-tools';

/** A file in the fixtures workspace (a fresh copy of test/vscode/workspace/ per run). */
export function fixture(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the fixtures workspace open as a folder');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixture(relative));
  return vscode.window.showTextDocument(doc);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'postmortem');
}

/** `code@line`, lines 1-based like the CLI prints them, sorted: easy to compare and to read in a failure. */
export function summary(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return [...diagnostics]
    .sort((a, b) => a.range.start.line - b.range.start.line || codeOf(a).localeCompare(codeOf(b)))
    .map((d) => `${codeOf(d)}@${d.range.start.line + 1}`);
}

/**
 * Resolves with the document's postmortem diagnostics once `until` accepts them: at once if it
 * already does, otherwise on the `onDidChangeDiagnostics` event that makes it so.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  until: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const now = ours(uri);
      if (!until(now)) return;
      done();
      resolve(now);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no ${what} within ${timeoutMs} ms; diagnostics now: [${summary(ours(uri)).join(', ')}]`));
    }, timeoutMs);
    const done = (): void => {
      subscription.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

/** Waits until the document has exactly these `code@line` diagnostics. */
export function waitForSummary(uri: vscode.Uri, expected: string[]): Promise<vscode.Diagnostic[]> {
  const want = [...expected].sort().join(', ');
  return waitForDiagnostics(uri, (ds) => [...summary(ds)].sort().join(', ') === want, `diagnostics [${expected.join(', ')}]`);
}

/** Where `text` first occurs in the document, `offset` characters into it. */
export function positionOf(doc: vscode.TextDocument, text: string, offset = 0): vscode.Position {
  const at = doc.getText().indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in ${doc.uri.path}`);
  return doc.positionAt(at + offset);
}

/** Reverts every edited document and closes all editors, so no test sees another's edits. */
export async function resetEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isUntitled)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.isUntitled)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * The pids of the language servers our extension host started: node processes running this
 * extension's dist/server.js with `--clientProcessId=<extension host pid>`. Linux only (/proc).
 */
export function serverPids(): number[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  const script = `${extension.extensionPath}/dist/server.js`;
  const client = `--clientProcessId=${process.pid}`;
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // exited while we looked
    }
    if (args.includes(script) && args.includes(client)) pids.push(Number(entry));
  }
  return pids;
}

/** A line in the test run's output (in code-server, only lines with the launcher's marker get there). */
export function note(message: string): void {
  console.log(`${process.env.PM_TEST_OUTPUT_MARKER ?? ''}${message}`);
}
