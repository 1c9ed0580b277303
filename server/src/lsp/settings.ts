/** The `postmortem.*` settings the server reads through workspace/configuration. */
import { DEFAULT_POSTMORTEM_FILES, put, type RuleSetting, type ServiceSettings } from '../service';

export interface Settings extends ServiceSettings {
  preset: string;
  /** An explicit config file; empty means "look for the nearest .postmortem.yaml". */
  configFile: string;
  /**
   * Folders or files outside the workspace that configs may name (`extends:`, configFile). A
   * machine-scoped setting: VS Code ignores it in a repository's .vscode/settings.json.
   */
  allowedConfigPaths: string[];
  /** Per-rule severities from the editor; they override config files and presets. */
  rules: Record<string, RuleSetting>;
  debounceMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  preset: 'default',
  configFile: '',
  allowedConfigPaths: [],
  rules: {},
  debounceMs: 150,
  ticketUrl: '',
  inlayHints: { timelineOffsets: true, durations: true },
  files: DEFAULT_POSTMORTEM_FILES,
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Whatever the client sends, a well-formed Settings comes out; bad values fall back to defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const str = (v: unknown, d: string): string => (typeof v === 'string' ? v : d);
  const bool = (v: unknown, d: boolean): boolean => (typeof v === 'boolean' ? v : d);
  const rules: Record<string, RuleSetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [code, v] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v)) put(rules, code, v as RuleSetting);
    }
  }
  const hints = (r.inlayHints && typeof r.inlayHints === 'object' ? r.inlayHints : {}) as Record<string, unknown>;
  const debounce = typeof r.debounceMs === 'number' && Number.isFinite(r.debounceMs) ? Math.min(5000, Math.max(0, r.debounceMs)) : DEFAULT_SETTINGS.debounceMs;
  return {
    preset: str(r.preset, DEFAULT_SETTINGS.preset) || DEFAULT_SETTINGS.preset,
    configFile: str(r.configFile, ''),
    allowedConfigPaths: Array.isArray(r.allowedConfigPaths) ? r.allowedConfigPaths.filter((p): p is string => typeof p === 'string' && p !== '') : [],
    rules,
    debounceMs: debounce,
    ticketUrl: str(r.ticketUrl, ''),
    inlayHints: {
      timelineOffsets: bool(hints.timelineOffsets, true),
      durations: bool(hints.durations, true),
    },
    files: Array.isArray(r.files) ? r.files.filter((g): g is string => typeof g === 'string') : DEFAULT_POSTMORTEM_FILES,
  };
}

/**
 * The workspace-wide settings after a configuration change: asked for with `fetch` when the client
 * answers workspace/configuration, else read from the notification. Undefined when neither says.
 */
export async function changedSettings(sent: unknown, fetch: (() => Promise<unknown>) | null, log: (m: string) => void): Promise<Settings | undefined> {
  if (!fetch) {
    const s = (sent as { postmortem?: unknown } | undefined)?.postmortem;
    return s === undefined ? undefined : normalizeSettings(s);
  }
  try {
    return normalizeSettings(await fetch());
  } catch (e) {
    log(`reading the workspace settings failed: ${String(e)}`);
    return undefined;
  }
}
