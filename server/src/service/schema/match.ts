/**
 * Matching written headings and labels to schema ids, "without regard to case, punctuation or
 * extra words such as Incident".
 */
import type { Schema } from './types';
import { ownString } from '../own-string';

/** Words that decorate a heading without changing which section it is. */
const FILLER = new Set([
  'a', 'an', 'and', 'the', 'of', 'our', 'for', 'to', 'on', '&',
  'incident', 'incidents', 'outage', 'postmortem', 'post', 'mortem', 'report', 'section', 'details',
]);

interface Phrase {
  id: string;
  words: string[];
}

/** Phrases longest first, and for each first word the phrases starting with it (by that order). */
interface PhraseList {
  all: Phrase[];
  byFirstWord: Map<string, number[]>;
}

interface Matcher {
  sections: PhraseList;
  fields: PhraseList;
  /**
   * Answers by text. Headings and labels repeat in every version of a document, so on a keystroke
   * each is matched once, not once per version. Bounded, and keyed by copies (see own-string.ts).
   */
  sectionIds: Map<string, string[]>;
  strictSectionIds: Map<string, string[]>;
  fieldIds: Map<string, string | null>;
}

const MAX_MEMO = 10_000;
/** Longer texts are sentences, not headings; keeping them would let the memo grow large. */
const MAX_MEMO_TEXT = 200;

const matchers = new WeakMap<Schema, Matcher>();

/** Lower-case words with punctuation and parenthesised asides removed, filler words dropped. */
export function normalizeWords(text: string): string[] {
  const plain = text
    .replace(/\([^()]*\)/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (plain === '') return [];
  return plain.split(' ').filter((w) => !FILLER.has(w));
}

function phrases(entries: { id: string; names: string[] }[]): PhraseList {
  const out: Phrase[] = [];
  for (const e of entries) {
    for (const name of e.names) {
      const words = normalizeWords(name);
      if (words.length > 0) out.push({ id: e.id, words });
    }
  }
  // Longest first, so "Root Cause Analysis" wins over "Root Cause".
  out.sort((a, b) => b.words.length - a.words.length);
  const byFirstWord = new Map<string, number[]>();
  out.forEach((p, k) => {
    const list = byFirstWord.get(p.words[0]!);
    if (list) list.push(k);
    else byFirstWord.set(p.words[0]!, [k]);
  });
  return { all: out, byFirstWord };
}

function matcherFor(schema: Schema): Matcher {
  let m = matchers.get(schema);
  if (!m) {
    m = {
      sections: phrases(schema.sections.map((s) => ({ id: s.id, names: [s.title, s.id.replace(/-/g, ' '), ...s.aliases] }))),
      fields: phrases(
        schema.sections.flatMap((s) => s.fields.map((f) => ({ id: f.id, names: [f.label, ...f.aliases] }))),
      ),
      sectionIds: new Map(),
      strictSectionIds: new Map(),
      fieldIds: new Map(),
    };
    matchers.set(schema, m);
  }
  return m;
}

interface Cover {
  ids: string[];
  covered: number;
  startsWithMatch: boolean;
}

/**
 * The phrases that could match somewhere in `words`, in list order: only those whose first word
 * occurs. Any other phrase would mark nothing, so skipping it leaves the cover unchanged.
 */
function candidates(words: string[], list: PhraseList): Phrase[] {
  let picked: number[] | null = null;
  for (const w of words) {
    const ks = list.byFirstWord.get(w);
    if (!ks) continue;
    picked ??= [];
    for (const k of ks) if (!picked.includes(k)) picked.push(k);
  }
  if (!picked) return [];
  return picked.sort((a, b) => a - b).map((k) => list.all[k]!);
}

/** Greedy, longest-phrase-first cover of `words` by non-overlapping phrases. */
function cover(words: string[], list: PhraseList): Cover {
  const used = new Array<string | null>(words.length).fill(null);
  for (const p of candidates(words, list)) {
    for (let i = 0; i + p.words.length <= words.length; i++) {
      let ok = true;
      for (let j = 0; j < p.words.length && ok; j++) ok = used[i + j] === null && words[i + j] === p.words[j];
      if (ok) for (let j = 0; j < p.words.length; j++) used[i + j] = p.id;
    }
  }
  const ids: string[] = [];
  let covered = 0;
  for (const id of used) {
    if (id === null) continue;
    covered++;
    if (!ids.includes(id)) ids.push(id);
  }
  return { ids, covered, startsWithMatch: used[0] !== null && used[0] !== undefined };
}

/**
 * The section ids a heading names, in the order written. With `strict`, every word must belong to
 * a known title or alias (used for plain `Heading:` lines, which are otherwise ordinary prose);
 * otherwise a heading matches when its known words lead it or make up at least half of it.
 */
export function matchSectionIds(schema: Schema, text: string, strict = false): string[] {
  const m = matcherFor(schema);
  const memo = strict ? m.strictSectionIds : m.sectionIds;
  let ids = memo.get(text);
  if (ids === undefined) {
    ids = sectionIdsOf(m, text, strict);
    remember(memo, text, ids);
  }
  // A copy, so a caller that changes its array cannot change the next caller's.
  return ids.slice();
}

function sectionIdsOf(m: Matcher, text: string, strict: boolean): string[] {
  const words = normalizeWords(text);
  if (words.length === 0) return [];
  const c = cover(words, m.sections);
  if (c.ids.length === 0) return [];
  if (strict) return c.covered === words.length ? c.ids : [];
  return c.startsWithMatch || c.covered * 2 >= words.length ? c.ids : [];
}

/** The field id a `Label:` names, or null. The whole label must match. */
export function matchFieldId(schema: Schema, label: string): string | null {
  const m = matcherFor(schema);
  let id = m.fieldIds.get(label);
  if (id === undefined) {
    id = fieldIdOf(m, label);
    remember(m.fieldIds, label, id);
  }
  return id;
}

function fieldIdOf(m: Matcher, label: string): string | null {
  const words = normalizeWords(label);
  if (words.length === 0) return null;
  const c = cover(words, m.fields);
  return c.ids.length === 1 && c.covered === words.length ? c.ids[0]! : null;
}

function remember<T>(memo: Map<string, T>, text: string, value: T): void {
  if (text.length > MAX_MEMO_TEXT) return;
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(ownString(text), value);
}
