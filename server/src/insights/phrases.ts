/**
 * Word pairs from what a postmortem gives as its root cause, for matching incidents that failed
 * the same way. Which pairs are distinctive is decided over the archive (see repeats.ts).
 */
import type { PostmortemDocument, Schema } from '../service';

/** Enough of a root cause to name it; a long analysis is not read to the end. */
const MAX_CHARS = 2_000;
const MAX_PHRASES = 40;
const READ_KINDS = new Set(['text', 'list-item', 'table-row']);
const STOP = new Set(
  ('a an and are as at be been but by can could did do does for from had has have in into is it its of on or our that the their then there these this ' +
    'those to was we were when which while who will with would not no after before during because due also only more than some all any other same ' +
    'root cause caused causes issue incident problem')
    .split(' '),
);

export function rootCausePhrases(doc: PostmortemDocument, schema: Schema): string[] {
  return phrasesOf(rootCauseText(doc, schema));
}

/** The Root Cause field and sections, and the sections the schema says meet it (Contributing Factors). */
function rootCauseText(doc: PostmortemDocument, schema: Schema): string {
  const ids = new Set(['root-cause', ...schema.sections.filter((s) => s.meets.includes('root-cause')).map((s) => s.id)]);
  let out = doc.fields.filter((f) => f.id === 'root-cause').map((f) => f.value).join(' ');
  for (const s of doc.sections) {
    if (!s.ids.some((id) => ids.has(id)) || s.subsection) continue;
    for (let l = s.bodyStart; l <= s.end && out.length < MAX_CHARS; l++) {
      const line = doc.lines[l];
      if (line && READ_KINDS.has(line.kind)) out += ` ${line.text}`;
    }
  }
  return out.slice(0, MAX_CHARS);
}

/** Adjacent pairs of content words (three letters or more, not a stop word), lower-case, unique. */
export function phrasesOf(text: string): string[] {
  // Code and links name things, not causes ("github com" would match every linked postmortem).
  const words = text.toLowerCase().replace(/`[^`]*`|\bhttps?:\/\/\S*|\bwww\.\S*|\S+\.(?:com|org|io|net)\S*/g, ' ').split(/[^a-z0-9-]+/);
  const out = new Set<string>();
  for (let i = 1; i < words.length && out.size < MAX_PHRASES; i++) {
    const a = words[i - 1]!;
    const b = words[i]!;
    if (content(a) && content(b)) out.add(`${a} ${b}`);
  }
  return [...out];
}

function content(w: string): boolean {
  return w.length >= 3 && /[a-z]/.test(w) && !STOP.has(w);
}
