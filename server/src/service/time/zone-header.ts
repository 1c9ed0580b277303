/**
 * Zone headers: "All times in UTC", "(all times PST)", "Times are Pacific", "Time zone: UTC",
 * "## Timeline (UTC)". They set the zone for the times that follow them.
 */
import type { Zone } from './types';
import { readZoneAt } from './zones';

const ANCHOR = /\b(?:times?|timestamps?|time ?zone)\b/gi;
const FILLER = new Set(['are', 'is', 'in', 'shown', 'listed', 'given', 'the', 'all', 'expressed', 'reported', 'as']);
const PAREN_ONLY = /\((UTC|GMT|Z|[A-Z]{2,4}T|[+\-]\d{2}:?\d{2})\)/;

/** The zone a header line names, or null. Cheap on lines that do not mention time. */
export function readZoneHeader(text: string, allowBareParen = false): Zone | null {
  if (text.length > 200) return null;
  if (/[Tt]ime/.test(text)) {
    ANCHOR.lastIndex = 0;
    while (ANCHOR.exec(text) !== null) {
      const z = zoneAfter(text, ANCHOR.lastIndex);
      if (z) return z;
    }
  }
  if (allowBareParen) {
    const p = PAREN_ONLY.exec(text);
    if (p) return readZoneAt(text, p.index, text.length)?.zone ?? null;
  }
  return null;
}

/** Skips filler words ("are", "in", "shown in") and a colon, then reads a zone. */
function zoneAfter(text: string, at: number): Zone | null {
  let i = at;
  for (let words = 0; words < 4; words++) {
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 58 || text.charCodeAt(i) === 61)) i++;
    let e = i;
    while (e < text.length && isLower(text.charCodeAt(e))) e++;
    if (e === i || !FILLER.has(text.slice(i, e))) break;
    i = e;
  }
  if (i === at) return null;
  const z = readZoneAt(text, i, text.length);
  // "Times are Pacific" needs the bare region; a numeric offset alone is fine too.
  return z ? z.zone : null;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
