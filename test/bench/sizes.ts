/** Bundle sizes in dist/ (a missing bundle is null: the extension may not be built yet). */
import { statSync } from 'node:fs';

export interface BundleBytes {
  server: number | null;
  cli: number | null;
  extension: number | null;
}

function size(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

export function bundleBytes(): BundleBytes {
  return { server: size('dist/server.js'), cli: size('dist/cli.js'), extension: size('dist/extension.js') };
}
