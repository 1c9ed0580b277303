/** The zone names zones.ts reads: abbreviations, generic short names and spelled-out names (a data table). */
import type { Zone } from './types';

/** Abbreviations with the offset they stand for. CST/IST/AST take their most common meaning. */
export const FIXED: Record<string, number> = {
  UTC: 0, GMT: 0, UT: 0, Z: 0, WET: 0, WEST: 60, BST: 60, IST: 330, CET: 60, CEST: 120,
  EET: 120, EEST: 180, MSK: 180, SAST: 120, CAT: 120, EAT: 180, WAT: 60, GST: 240, PKT: 300,
  ICT: 420, WIB: 420, SGT: 480, HKT: 480, PHT: 480, AWST: 480, JST: 540, KST: 540, ACST: 570,
  ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780, HST: -600, AKST: -540, AKDT: -480,
  PST: -480, PDT: -420, MST: -420, MDT: -360, CST: -360, CDT: -300, EST: -300, EDT: -240,
  AST: -240, ADT: -180, NST: -210, NDT: -150, BRT: -180, ART: -180,
};

/** Short generic names that switch with daylight saving. */
export const GENERIC: Record<string, string> = {
  PT: 'America/Los_Angeles', MT: 'America/Denver', CT: 'America/Chicago', ET: 'America/New_York',
};

/** Spelled-out names. "Standard"/"Daylight" pin the offset; the bare region follows DST. */
export const NAMES: Record<string, Zone> = {};
function name(text: string, fixed: number | null, iana: string | null): void {
  NAMES[text] = { name: text, fixed, iana };
}
for (const [region, iana, std, dst] of [
  ['Pacific', 'America/Los_Angeles', -480, -420],
  ['Mountain', 'America/Denver', -420, -360],
  ['Central', 'America/Chicago', -360, -300],
  ['Eastern', 'America/New_York', -300, -240],
  ['Alaska', 'America/Anchorage', -540, -480],
  ['Atlantic', 'America/Halifax', -240, -180],
] as const) {
  name(region, null, iana);
  name(`${region} Time`, null, iana);
  name(`${region} Standard Time`, std, null);
  name(`${region} Daylight Time`, dst, null);
}
name('Hawaii Time', -600, null);
name('Hawaii Standard Time', -600, null);
name('Coordinated Universal Time', 0, null);
name('Universal Time', 0, null);
name('Greenwich Mean Time', 0, null);
name('British Summer Time', 60, null);
name('UK Time', null, 'Europe/London');
name('Central European Time', null, 'Europe/Paris');
name('Central European Summer Time', 120, null);
name('Central European Standard Time', 60, null);
name('Eastern European Time', null, 'Europe/Athens');
name('Western European Time', null, 'Europe/Lisbon');
name('India Standard Time', 330, null);
name('Japan Standard Time', 540, null);
name('Korea Standard Time', 540, null);
name('China Standard Time', 480, null);
name('Singapore Time', 480, null);
name('Australian Eastern Time', null, 'Australia/Sydney');
name('Australian Eastern Standard Time', 600, null);
name('Australian Eastern Daylight Time', 660, null);
