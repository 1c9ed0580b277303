/**
 * Settings per open document, fetched once and kept until the configuration changes. A reply
 * that arrives after its document was closed is used once and not kept: before, each such
 * document left its settings behind for the life of the server.
 */
import type { Settings } from './settings';

export interface SettingsSource {
  /** Asks the client; may throw. */
  fetch(uri: string): Promise<Settings>;
  isOpen(uri: string): boolean;
  /** The settings to use before (or instead of) a reply. */
  fallback(): Settings;
  log(message: string): void;
}

export interface SettingsCache {
  get(uri: string): Promise<Settings>;
  /** What is cached for `uri`, or the fallback. */
  current(uri: string): Settings;
  has(uri: string): boolean;
  forget(uri: string): void;
  clear(): void;
  readonly size: number;
}

export function createSettingsCache(source: SettingsSource): SettingsCache {
  const byUri = new Map<string, Settings>();
  return {
    async get(uri) {
      const cached = byUri.get(uri);
      if (cached) return cached;
      let s = source.fallback();
      try {
        s = await source.fetch(uri);
      } catch (e) {
        source.log(`could not read settings for ${uri}: ${String(e)}`);
      }
      if (source.isOpen(uri)) byUri.set(uri, s);
      return s;
    },
    current: (uri) => byUri.get(uri) ?? source.fallback(),
    has: (uri) => byUri.has(uri),
    forget: (uri) => void byUri.delete(uri),
    clear: () => byUri.clear(),
    get size() {
      return byUri.size;
    },
  };
}
