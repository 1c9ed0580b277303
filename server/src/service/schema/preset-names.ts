/**
 * The bundled presets: names and one-line descriptions. Kept apart from `presets.ts` so the config
 * parser can check `extends:` without importing the presets, which are themselves parsed by the
 * config parser. Every other list of presets (settings, JSON Schema, CLI help, the New Postmortem
 * picker, snippets, docs) is built from or checked against this one.
 */
export const PRESETS = [
  { name: 'default', description: 'Summary, impact, timeline, root cause, resolution and action items.' },
  { name: 'google-sre', description: 'After the example postmortem in the Google SRE book.' },
  { name: 'wikimedia', description: "After Wikimedia's incident report template." },
  { name: 'pagerduty', description: "After PagerDuty's postmortem template." },
] as const;

export type PresetName = (typeof PRESETS)[number]['name'];

export const PRESET_NAMES: readonly PresetName[] = PRESETS.map((p) => p.name);

/** True when `name` is a bundled preset. */
export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** `default, google-sre, wikimedia or pagerduty`, for messages and help. */
export function presetList(conjunction = 'or'): string {
  return `${PRESET_NAMES.slice(0, -1).join(', ')} ${conjunction} ${PRESET_NAMES[PRESET_NAMES.length - 1]}`;
}
