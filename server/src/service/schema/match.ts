/**
 * Matching written headings and labels to schema ids, "without regard to case, punctuation or
 * extra words such as Incident".
 */
import type { Schema } from './types';

/** Words that decorate a heading without changing which section it is. */
const FILLER = new Set([
  'a', 'an', 'and', 'the', 'of', 'our', 'for', 'to', 'on', '&',
  'incident', 'incidents', 'outage', 'postmortem', 'post', 'mortem', 'report', 'section', 'details',
]);

interface Phrase {
  id: string;
  words: string[];
}

interface Matcher {
  sections: Phrase[];
  fields: Phrase[];
}

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

function phrases(entries: { id: string; names: string[] }[]): Phrase[] {
  const out: Phrase[] = [];
  for (const e of entries) {
    for (const name of e.names) {
      const words = normalizeWords(name);
      if (words.length > 0) out.push({ id: e.id, words });
    }
  }
  // Longest first, so "Root Cause Analysis" wins over "Root Cause".
  return out.sort((a, b) => b.words.length - a.words.length);
}

function matcherFor(schema: Schema): Matcher {
  let m = matchers.get(schema);
  if (!m) {
    m = {
      sections: phrases(schema.sections.map((s) => ({ id: s.id, names: [s.title, s.id.replace(/-/g, ' '), ...s.aliases] }))),
      fields: phrases(
        schema.sections.flatMap((s) => s.fields.map((f) => ({ id: f.id, names: [f.label, ...f.aliases] }))),
      ),
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

/** Greedy, longest-phrase-first cover of `words` by non-overlapping phrases. */
function cover(words: string[], list: Phrase[]): Cover {
  const used = new Array<string | null>(words.length).fill(null);
  for (const p of list) {
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
  const words = normalizeWords(text);
  if (words.length === 0) return [];
  const c = cover(words, matcherFor(schema).sections);
  if (c.ids.length === 0) return [];
  if (strict) return c.covered === words.length ? c.ids : [];
  return c.startsWithMatch || c.covered * 2 >= words.length ? c.ids : [];
}

/** The field id a `Label:` names, or null. The whole label must match. */
export function matchFieldId(schema: Schema, label: string): string | null {
  const words = normalizeWords(label);
  if (words.length === 0) return null;
  const c = cover(words, matcherFor(schema).fields);
  return c.ids.length === 1 && c.covered === words.length ? c.ids[0]! : null;
}
