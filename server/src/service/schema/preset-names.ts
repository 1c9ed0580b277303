/**
 * The bundled preset names. Kept apart from `presets.ts` so the config parser can check
 * `extends:` without importing the presets, which are themselves parsed by the config parser.
 */
export const PRESET_NAMES = ['default', 'google-sre', 'wikimedia', 'pagerduty'] as const;

export type PresetName = (typeof PRESET_NAMES)[number];

/** True when `name` is a bundled preset. */
export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}
