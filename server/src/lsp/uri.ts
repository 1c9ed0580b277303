/** file: URIs to paths and back, without pulling a URI library into the bundle. */
import { fileURLToPath, pathToFileURL } from 'node:url';

export const URI = {
  toFsPath(uri: string): string | null {
    if (!uri.startsWith('file:')) return null;
    try {
      return fileURLToPath(uri);
    } catch {
      return null;
    }
  },
  fromFsPath(path: string): string {
    return pathToFileURL(path).href;
  },
};
