/**
 * Time zones: abbreviations are fixed offsets, region names follow their IANA zone, and the
 * platform's `Intl` supplies daylight-saving rules so none are written by hand here.
 */
import type { Zone } from './types';
import { FIXED, GENERIC, NAMES } from './zone-names';

const NUMERIC = /(UTC|GMT|UT)?[ ]?([+\-\u2212])(\d{1,2})(?::?(\d{2}))?(?![\d:])/y;
const WORD = /[A-Za-z]{1,5}(?![A-Za-z])/y;
const IANA = /[A-Z][A-Za-z_]{1,30}\/[A-Z][A-Za-z_+\-]{1,30}(?:\/[A-Z][A-Za-z_\-]{1,30})?/y;
const CAP_WORD = /[A-Z][a-z]{1,12}(?![A-Za-z])/y;

export interface ZoneMatch {
  zone: Zone;
  end: number;
}

export interface ZoneReadOptions {
  /** The zone is glued to the time (`06:45PST`): no space was skipped. */
  glued?: boolean;
  /** The time came with a date or seconds, so `-07:00` right after it is an offset, not a range. */
  isoLike?: boolean;
}

/**
 * Reads a zone starting at `at` (after up to two spaces, optionally in parentheses).
 * Returns null when what follows is not a zone.
 */
export function readZoneAt(text: string, at: number, to: number, opts: ZoneReadOptions = {}): ZoneMatch | null {
  let i = at;
  while (i < to && i - at < 2 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const spaced = i > at;
  const paren = text.charCodeAt(i) === 40;
  if (paren) i++;
  const m = zoneBody(text, i, to, spaced || paren, opts.isoLike === true);
  if (!m) return null;
  if (!paren) return m;
  return text.charCodeAt(m.end) === 41 ? { zone: m.zone, end: m.end + 1 } : null;
}

/** Dispatches on the first character so that a word that is no zone costs one short scan. */
function zoneBody(text: string, i: number, to: number, spaced: boolean, isoLike: boolean): ZoneMatch | null {
  const c = text.charCodeAt(i);
  const sign = c === 43 || c === 45 || c === 0x2212;
  if (sign || c === 85 || c === 71) {
    NUMERIC.lastIndex = i;
    const n = NUMERIC.exec(text);
    if (n && NUMERIC.lastIndex <= to) {
      const zone = numericZone(n, spaced, isoLike);
      if (zone) return { zone, end: NUMERIC.lastIndex };
    }
    if (sign) return null;
  }
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return null;
  let e = i + 1;
  let lower = false;
  while (e < to && isLetterCode(text.charCodeAt(e))) {
    if (text.charCodeAt(e) >= 97) lower = true;
    e++;
  }
  if (text.charCodeAt(e) === 47) {
    IANA.lastIndex = i;
    const iana = IANA.exec(text);
    if (iana && IANA.lastIndex <= to && ianaValid(iana[0])) {
      return { zone: { name: iana[0], fixed: null, iana: iana[0] }, end: IANA.lastIndex };
    }
    return null;
  }
  if (lower && c <= 90) {
    const named = readZoneName(text, i, to) ?? readCity(text, i, to);
    if (named) return named;
  }
  WORD.lastIndex = i;
  const w = WORD.exec(text);
  if (!w || WORD.lastIndex > to) return null;
  const zone = abbreviation(w[0]);
  return zone ? { zone, end: WORD.lastIndex } : null;
}

function numericZone(n: RegExpExecArray, spaced: boolean, isoLike: boolean): Zone | null {
  const prefix = n[1];
  const hours = Number(n[3]);
  const mins = n[4] === undefined ? 0 : Number(n[4]);
  if (!prefix) {
    // `14:00 - 16:30` and `10:00-11:00` are ranges; only a plain `+`, a 4-digit `-0700` or a
    // time that already looks ISO-like (date or seconds) takes a bare offset.
    const fourDigits = n[3]!.length === 2 && n[4] !== undefined;
    if (spaced && !fourDigits) return null;
    if (n[2] !== '+' && !isoLike && !(fourDigits && !n[0].includes(':'))) return null;
  }
  if (hours > 14 || mins > 59 || mins % 15 !== 0) return null;
  const sign = n[2] === '+' ? 1 : -1;
  const offset = sign * (hours * 60 + mins);
  return { name: formatOffset(offset), fixed: offset, iana: null };
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function formatOffset(offset: number): string {
  const a = Math.abs(offset);
  const hh = String(Math.floor(a / 60)).padStart(2, '0');
  const mm = String(a % 60).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** Up to four capitalised words ending in a known name; the longest known phrase wins. */
function readZoneName(text: string, i: number, to: number): ZoneMatch | null {
  return longestPhrase(text, i, to, 4, (phrase) => NAMES[phrase] ?? null);
}

/**
 * The longest run of up to `maxWords` capitalised words, from `i` and ending by `to`, that `known`
 * names a zone for; words are separated by one space.
 */
function longestPhrase(text: string, i: number, to: number, maxWords: number, known: (phrase: string) => Zone | null): ZoneMatch | null {
  let best: ZoneMatch | null = null;
  let phrase = '';
  let at = i;
  for (let words = 0; words < maxWords; words++) {
    CAP_WORD.lastIndex = at;
    const w = CAP_WORD.exec(text);
    if (!w || CAP_WORD.lastIndex > to) break;
    phrase = phrase ? `${phrase} ${w[0]}` : w[0];
    const zone = known(phrase);
    if (zone) best = { zone, end: CAP_WORD.lastIndex };
    if (text.charCodeAt(CAP_WORD.lastIndex) !== 32) break;
    at = CAP_WORD.lastIndex + 1;
  }
  return best;
}

/** City names of the platform's IANA zones ("Denver", "New York", "Sao Paulo"), built once on first use. */
let cities: Map<string, string> | null = null;

function cityMap(): Map<string, string> {
  if (cities) return cities;
  cities = new Map();
  const values = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  for (const iana of values) {
    const city = iana.slice(iana.lastIndexOf('/') + 1).replace(/_/g, ' ');
    if (iana.includes('/') && !cities.has(city)) cities.set(city, iana);
  }
  return cities;
}

/** "16:37 Denver": a city of an IANA zone, up to three capitalised words, the longest that is one. */
function readCity(text: string, i: number, to: number): ZoneMatch | null {
  return longestPhrase(text, i, to, 3, (phrase) => {
    const iana = cityMap().get(phrase);
    return iana ? { name: phrase, fixed: null, iana } : null;
  });
}

/** Uppercase abbreviations only, except `utc`/`gmt`, so "est" in a sentence is not a zone. */
export function abbreviation(word: string): Zone | null {
  let key = word;
  if (FIXED[key] === undefined && GENERIC[key] === undefined) {
    const upper = word.toUpperCase();
    if (upper !== 'UTC' && upper !== 'GMT') return null;
    key = upper;
  }
  const fixed = FIXED[key];
  if (fixed !== undefined) return { name: key, fixed, iana: null };
  return { name: key, fixed: null, iana: GENERIC[key]! };
}

/** Resolves a zone written on its own: `UTC`, `PDT`, `-07:00`, `Pacific Time`, `Europe/Berlin`. */
export function resolveZone(text: string): Zone | null {
  const t = text.trim();
  if (t === '') return null;
  const m = zoneBody(t, 0, t.length, true, true);
  return m && m.end === t.length ? m.zone : null;
}

/** True for two zones that always agree (UTC and GMT); cheaper than comparing keys. */
export function sameZone(a: Zone, b: Zone): boolean {
  if (a === b) return true;
  return a.fixed !== null ? a.fixed === b.fixed : b.fixed === null && a.iana === b.iana;
}

const formats = new Map<string, Intl.DateTimeFormat | null>();

function formatFor(iana: string): Intl.DateTimeFormat | null {
  let f = formats.get(iana);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: iana, timeZoneName: 'longOffset' });
    } catch {
      f = null;
    }
    formats.set(iana, f);
  }
  return f;
}

function ianaValid(iana: string): boolean {
  return formatFor(iana) !== null;
}

/** Offsets change on quarter hours at most, so one lookup serves every instant in a 15-minute slot. */
const SLOT = 15 * 60_000;
const offsets = new Map<string, number>();

/** The zone's offset from UTC in minutes at the instant `utcMs`. */
export function zoneOffsetAt(zone: Zone, utcMs: number): number | null {
  if (zone.fixed !== null) return zone.fixed;
  if (zone.iana === null) return null;
  const slot = Math.floor(utcMs / SLOT);
  const key = `${zone.iana}@${slot}`;
  const hit = offsets.get(key);
  if (hit !== undefined) return hit;
  const f = formatFor(zone.iana);
  if (!f) return null;
  const parts = f.formatToParts(slot * SLOT);
  const label = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /([+\-\u2212])(\d{2}):(\d{2})/.exec(label);
  const off = m ? (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  if (offsets.size > 50_000) offsets.clear();
  offsets.set(key, off);
  return off;
}

/**
 * Epoch ms for a wall-clock time in a zone. For a clock that falls in a daylight-saving gap or
 * overlap this picks one of the readings, which is all a postmortem can mean.
 */
export function wallToInstant(localMs: number, zone: Zone): number | null {
  if (zone.fixed !== null) return localMs - zone.fixed * 60_000;
  const first = zoneOffsetAt(zone, localMs);
  if (first === null) return null;
  const guess = localMs - first * 60_000;
  const second = zoneOffsetAt(zone, guess);
  return second === null || second === first ? guess : localMs - second * 60_000;
}
