/**
 * Things in the text that are never meant to stay: merge-conflict markers, U+FFFD, mojibake (UTF-8
 * read as Latin-1 / Windows-1252) and fill-in placeholders.
 */
import type { LineInfo, Marker, MarkerKind } from '../model';
import { definitionLabel, normalizeLabel } from './html-blocks';

/** Which kinds of marker can occur at all; a line cannot hold one its document lacks. */
interface Possible {
  replacement: boolean;
  mojibake: boolean;
  placeholderWord: boolean;
}

const ALL_POSSIBLE: Possible = { replacement: true, mojibake: true, placeholderWord: true };
const MOJIBAKE_LEAD = /[\u00C2-\u00F4]/;

/**
 * `text`, when given, is the whole document: one native search of it per kind rules out most
 * per-line work (no line of a clean 1 MB document is searched for mojibake, say).
 */
export function findMarkers(lines: readonly LineInfo[], text?: string): Marker[] {
  const possible: Possible = text === undefined
    ? ALL_POSSIBLE
    : { replacement: text.includes('\uFFFD'), mojibake: hasMojibakeLead(text), placeholderWord: PLACEHOLDER_PARTS.some((p) => text.includes(p)) };
  const out: Marker[] = [];
  const defined = definedLabels(lines, text);
  let conflictDepth = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text;
    if (line.kind === 'conflict') {
      const kind: MarkerKind = t.startsWith('<') ? 'conflict-start' : t.startsWith('>') ? 'conflict-end' : 'conflict-separator';
      conflictDepth += kind === 'conflict-start' ? 1 : kind === 'conflict-end' ? -1 : 0;
      out.push(marker(kind, t, i, 0, t.length));
      continue;
    }
    if (t.length === 0) continue;
    if (possible.replacement) findReplacementCharacters(t, i, out);
    if (possible.mojibake) findMojibake(t, i, out);
    if (!NOT_PROSE.has(line.kind)) findPlaceholders(t, i, out, possible.placeholderWord, defined);
  }
  return out;
}

/** Code, comments and link definitions (a label and a URL) hold no fill-ins. */
const NOT_PROSE = new Set(['code', 'fence', 'comment', 'link-definition']);

/** Labels of the document's link reference definitions: `[hook]` is a link when `[hook]: url` exists. */
function definedLabels(lines: readonly LineInfo[], text?: string): Set<string> {
  const out = new Set<string>();
  if (text !== undefined && !text.includes(']:')) return out;
  for (const line of lines) {
    if (line.kind !== 'link-definition') continue;
    const label = definitionLabel(line.text.trimStart());
    if (label !== null) out.add(label);
  }
  return out;
}

function marker(kind: MarkerKind, text: string, line: number, from: number, to: number): Marker {
  return { kind, text, range: { start: { line, character: from }, end: { line, character: to } } };
}

function findReplacementCharacters(t: string, line: number, out: Marker[]): void {
  let i = t.indexOf('\uFFFD');
  while (i !== -1) {
    let j = i;
    while (t.charCodeAt(j) === 0xfffd) j++;
    out.push(marker('replacement-character', t.slice(i, j), line, i, j));
    i = t.indexOf('\uFFFD', j);
  }
}

/** Windows-1252 characters for bytes 0x80-0x9F; the rest of 0x80-0xFF is Latin-1. */
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
const decoder = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: number): number {
  if (ch >= 0xa0 && ch <= 0xff) return ch;
  if (ch >= 0x80 && ch < 0xa0) return ch;
  const k = CP1252_HIGH.indexOf(String.fromCharCode(ch));
  return k === -1 ? -1 : 0x80 + k;
}

/** A plain loop: on a whole document it is several times faster than the regular expression. */
function hasMojibakeLead(text: string): boolean {
  // The native regex scan beats a charCodeAt loop by an order of magnitude on large documents.
  return MOJIBAKE_LEAD.test(text);
}

function findMojibake(t: string, line: number, out: Marker[]): void {
  if (!MOJIBAKE_LEAD.test(t)) return;
  let runStart = -1;
  let runEnd = -1;
  let fixed = '';
  for (let i = 0; i < t.length; ) {
    const decoded = decodeAt(t, i);
    if (decoded) {
      if (runStart === -1 || runEnd !== i) {
        flush();
        runStart = i;
        fixed = '';
      }
      fixed += decoded.text;
      runEnd = i + decoded.length;
      i += decoded.length;
    } else {
      i++;
    }
  }
  flush();

  function flush(): void {
    if (runStart !== -1) out.push({ ...marker('mojibake', t.slice(runStart, runEnd), line, runStart, runEnd), fixed });
    runStart = -1;
  }
}

/** Reads one UTF-8 sequence that was decoded byte-by-byte as Windows-1252, if one starts at `i`. */
function decodeAt(t: string, i: number): { text: string; length: number } | null {
  const lead = t.charCodeAt(i);
  if (lead < 0xc2 || lead > 0xf4) return null;
  const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
  const bytes = new Uint8Array(need + 1);
  bytes[0] = lead;
  for (let k = 1; k <= need; k++) {
    const b = byteOf(t.charCodeAt(i + k));
    if (b < 0x80 || b > 0xbf) return null;
    bytes[k] = b;
  }
  try {
    return { text: decoder.decode(bytes), length: need + 1 };
  } catch {
    return null;
  }
}

const PLACEHOLDER_WORD = /\b(?:TODO|TBD|TBA|FIXME|XXX)\b|\?{2,}/g;
/** Every match of PLACEHOLDER_WORD contains one of these; `includes` finds them fastest. */
const PLACEHOLDER_PARTS = ['TODO', 'TBD', 'TBA', 'FIXME', 'XXX', '??', 'NAME', 'TITLE', 'DATE', 'DD/MM', 'MM/DD', 'YYYY', 'Lorem', 'DESCRIPTION', 'OWNER'];
/** Words a template writes for the author to replace: `# ISSUE NAME`, `DATE RANGE`, `DD/MM/YYYY`. */
const TEMPLATE_TEXT = /\b(?:(?:ISSUE|INCIDENT|SERVICE|TEAM|PROJECT|PRODUCT|EVENT|COMPANY|CUSTOMER|YOUR) (?:NAME|TITLE|DATE|OWNER|DESCRIPTION)|DATE RANGE|DD\/MM\/YYYY|MM\/DD\/YYYY|YYYY-MM-DD|Lorem ipsum)\b/g;
const ANGLE_FILL_IN = /<([A-Za-z][A-Za-z0-9 _./-]{0,40})>/g;
const SQUARE_FILL_IN = /\[([a-z][a-z _/-]{1,30})\](?![(\[:])/g;
/** Inline HTML a postmortem may legitimately contain. */
const HTML_TAGS = new Set([
  'a', 'b', 'i', 'u', 's', 'p', 'br', 'hr', 'em', 'strong', 'del', 'ins', 'sub', 'sup', 'kbd', 'code', 'pre',
  'mark', 'small', 'span', 'div', 'img', 'details', 'summary', 'table', 'tr', 'td', 'th', 'ul', 'ol', 'li',
  'blockquote', 'center', 'font', 'abbr', 'cite', 'q', 'var', 'samp', 'wbr', 'dl', 'dt', 'dd',
]);

function findPlaceholders(t: string, line: number, out: Marker[], words: boolean, defined: Set<string>): void {
  // A few native substring searches rule out most lines before any regex runs; blanking code
  // spans only removes candidates, so a line without any needs no blanking.
  const hasWord = words && PLACEHOLDER_PARTS.some((p) => t.includes(p));
  if (!hasWord && !t.includes('<') && !t.includes('[')) return;
  const text = blankInlineCode(t);
  if (hasWord) {
    for (const m of text.matchAll(PLACEHOLDER_WORD)) {
      if (isFillIn(text, m[0], m.index)) out.push(marker('placeholder', m[0], line, m.index, m.index + m[0].length));
    }
    for (const m of text.matchAll(TEMPLATE_TEXT)) out.push(marker('placeholder', m[0], line, m.index, m.index + m[0].length));
  }
  if (text.includes('<')) {
    for (const m of text.matchAll(ANGLE_FILL_IN)) {
      const name = m[1]!.trim().toLowerCase();
      if (HTML_TAGS.has(name) || name.startsWith('/') || name.includes('@') || name.includes('.')) continue;
      out.push(marker('placeholder', m[0], line, m.index, m.index + m[0].length));
    }
  }
  if (text.includes('[')) {
    for (const m of text.matchAll(SQUARE_FILL_IN)) {
      if (defined.has(normalizeLabel(m[1]!))) continue;
      out.push(marker('placeholder', m[0], line, m.index, m.index + m[0].length));
    }
  }
}

/**
 * TODO, FIXME and XXX are notes to self wherever they stand. `??` is a fill-in only as a word of its
 * own (`?? customers`): in `14:??` or `2022-02-??` it is an honest "not known". TBD and TBA are
 * fill-ins when they are the whole value (`Owner: TBD`, `| TBA |`) or stand where a value goes
 * (`TBD dollars`); closing a clause ("what 'high' means is TBD", "TBA: the problem remains until…")
 * they report an open question.
 */
function isFillIn(text: string, word: string, at: number): boolean {
  if (word.startsWith('?')) return !/[\d:/-]/.test(text[at - 1] ?? '') && !/[\d:/-]/.test(text[at + word.length] ?? '');
  if (word !== 'TBD' && word !== 'TBA') return true;
  // `TBD dollars`: it stands where a value goes.
  if (/^ +[A-Za-z]/.test(text.slice(at + word.length))) return true;
  const cellStart = text.lastIndexOf('|', at) + 1;
  const cellEnd = text.indexOf('|', at);
  const cell = text.slice(cellStart, cellEnd === -1 ? text.length : cellEnd);
  const value = cell.replace(/^[\s>*_+-]*(?:\d+[.)]\s*)?(?:\[[ xX]\]\s*)?(?:[*_]*[^:*_]{1,40}:[*_]*\s*)?/, '');
  let end = value.length;
  while (end > 0 && ' \t*_.!)'.includes(value[end - 1]!)) end--;
  return value.slice(0, end) === word;
}

/** Replaces `code spans` with spaces so their contents are not read, keeping columns. */
function blankInlineCode(t: string): string {
  if (!t.includes('`')) return t;
  return t.replace(/`[^`]*`/g, (s) => ' '.repeat(s.length));
}

const PLACEHOLDER_LEAD = /^(?:(?:TODO|TBD|TBA|FIXME|XXX)\b|\?{2,}|<[A-Za-z][^<>]{0,40}>|\[[a-z][a-z _/-]{1,30}\](?![(\[:]))/;

/**
 * Whether text is scaffolding: it starts with a placeholder (`TODO: who was affected`, `TBD`,
 * `<link to the recording>`). Such a value or section body states nothing yet.
 */
export function isPlaceholderOnly(text: string): boolean {
  return PLACEHOLDER_LEAD.test(text.trim());
}
