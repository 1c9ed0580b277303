/**
 * Rule documentation from a diagnostic's code. The server links every diagnostic to its rule's
 * section of docs/rules.md on the web. VS Code opens that link when the code is clicked in a hover
 * or the Problems panel; here the link becomes a command that opens the web page when it can be
 * reached, and otherwise the same section of the docs/rules.md packaged with the extension.
 */
import * as vscode from 'vscode';
import { RULE_DOCS_URL } from '../../server/src/service';

export const OPEN_RULE_DOCS = 'postmortem.openRuleDocs';

/** How long the web page may take to answer before the packaged copy is opened instead. */
const ONLINE_TIMEOUT_MS = 2500;

/** The command link VS Code opens instead of the web address (hover and Problems panel allow commands). */
export function commandLink(code: string, href: string): vscode.Uri {
  return vscode.Uri.parse(`command:${OPEN_RULE_DOCS}?${encodeURIComponent(JSON.stringify([code, href]))}`);
}

/** Rewrites the documentation links of our diagnostics; leaves every other diagnostic alone. */
export function withCommandLinks(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  for (const d of diagnostics) {
    const code = d.code;
    if (typeof code !== 'object' || !code.target.toString(true).startsWith(`${RULE_DOCS_URL}#`)) continue;
    d.code = { value: code.value, target: commandLink(String(code.value), code.target.toString(true)) };
  }
  return diagnostics;
}

async function reachable(href: string): Promise<boolean> {
  try {
    const r = await fetch(href, { method: 'HEAD', signal: AbortSignal.timeout(ONLINE_TIMEOUT_MS) });
    return r.ok;
  } catch {
    return false;
  }
}

/**
 * The packaged docs/rules.md, opened at the rule's heading. The text editor rather than the
 * Markdown preview: it opens in every VS Code build, web and desktop, and lands on the line.
 */
async function openPackaged(extensionUri: vscode.Uri, code: string): Promise<void> {
  const file = vscode.Uri.joinPath(extensionUri, 'docs', 'rules.md');
  const doc = await vscode.workspace.openTextDocument(file);
  const line = Math.max(0, doc.getText().split(/\r?\n/).indexOf(`## ${code}`));
  const at = new vscode.Range(line, 0, line, 0);
  await vscode.window.showTextDocument(doc, { selection: at, preview: true });
}

export function registerRuleDocs(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_RULE_DOCS, async (code: string, href: string) => {
    if (await reachable(href)) await vscode.env.openExternal(vscode.Uri.parse(href));
    else await openPackaged(extensionUri, code);
  });
}
