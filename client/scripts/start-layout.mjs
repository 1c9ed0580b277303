// What `npm start` opens, shared with the UI test that checks it: examples/ with the draft
// postmortem in front, and no "Setup VS Code Web" walkthrough in the way.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { remoteUri, root, workbenchUrl } from '../../test/vscode/code-server.mjs';

export const examples = join(root, 'examples');
/** The example with the most left to fix: the one a new user learns the most from. */
export const draft = join(examples, 'dns-migration-draft.postmortem.md');

const WANTED = {
  'git.openRepositoryInParentFolders': 'never', // examples/ sits inside this repository
  'workbench.startupEditor': 'none', // the walkthrough would cover the draft
};

/** Adds our settings to the user's settings.json, never overriding a value they set themselves. */
export function startSettings(userDataDir) {
  const file = join(userDataDir, 'User/settings.json');
  let settings = {};
  if (existsSync(file)) {
    try {
      settings = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return; // comments or a hand edit: leave the writer's file alone
    }
  }
  const merged = { ...WANTED, ...settings };
  if (JSON.stringify(merged) === JSON.stringify(settings)) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(merged, null, 2));
}

/** The workbench URL: examples/ as the folder, this checkout as the extension, the draft open. */
export function startUrl(serverUrl, extensionPath = root) {
  return workbenchUrl(serverUrl, {
    folder: examples,
    payload: [
      ['extensionDevelopmentPath', remoteUri(serverUrl, extensionPath)],
      ['openFile', remoteUri(serverUrl, draft)],
    ],
  });
}
