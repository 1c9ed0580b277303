/**
 * Screenshots of the whole workbench from inside the suite: under code-server the launcher owns the
 * browser page, so the test asks it on the console channel the reporter already uses, and waits
 * for the file to appear (an fs.watch event, not a timer).
 */
import * as vscode from 'vscode';
import { existsSync, mkdirSync, rmSync, watch } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_ID } from './helpers';

/** Writes test/output/<name>.png and resolves with its path; null in desktop VS Code, which has no page to shoot. */
export async function screenshot(name: string, timeoutMs = 30_000): Promise<string | null> {
  const marker = process.env.PM_TEST_OUTPUT_MARKER;
  if (!marker) return null;
  const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
  const dir = join(root, 'test', 'output');
  const path = join(dir, `${name}.png`);
  mkdirSync(dir, { recursive: true });
  rmSync(path, { force: true });
  const written = new Promise<void>((resolve, reject) => {
    const watcher = watch(dir, () => {
      if (!existsSync(path)) return;
      done();
      resolve();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no screenshot ${path} within ${timeoutMs} ms`));
    }, timeoutMs);
    const done = (): void => {
      watcher.close();
      clearTimeout(timer);
    };
  });
  console.log(`${marker}screenshot: ${name}`);
  await written;
  return path;
}

/** Switches the colour theme and resolves once VS Code says it is active. */
export async function useTheme(name: string): Promise<void> {
  const config = vscode.workspace.getConfiguration('workbench');
  if (config.get('colorTheme') === name) return;
  const changed = new Promise<void>((resolve) => {
    const sub = vscode.window.onDidChangeActiveColorTheme(() => {
      sub.dispose();
      resolve();
    });
  });
  await config.update('colorTheme', name, vscode.ConfigurationTarget.Global);
  await changed;
}
