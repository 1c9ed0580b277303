/**
 * Incidents that look like the same failure again: within a window of days, they name a shared
 * service, carry the same title, or give at least two distinctive root-cause phrases in common (one
 * shared pair of words is too often a coincidence). Each incident is paired with the latest earlier
 * one that shares a key, so the list grows with the archive, not with its square.
 */
import type { IncidentFacts } from './types';
import { daysBetween } from './dates';

export interface RepeatEnd {
  file: string;
  line: number;
  title: string | null;
  date: string;
}

export interface RepeatPair {
  earlier: RepeatEnd;
  later: RepeatEnd;
  days: number;
  /** Why they were matched, one sentence each. */
  reasons: string[];
}

export interface RepeatOptions {
  windowDays: number;
  /** A phrase in more than this share of dated incidents is common wording, not a shared cause. */
  maxPhraseShare?: number;
}

export const DEFAULT_WINDOW_DAYS = 90;
const DEFAULT_MAX_PHRASE_SHARE = 0.02;
/** In a small archive, a phrase three incidents share can still be the same cause three times. */
const MIN_PHRASE_CAP = 3;

type Dated = IncidentFacts & { date: string };
const MIN_PHRASES = 2;
const PHRASE_REASON_END = 'in the root cause';

export function findRepeats(facts: readonly IncidentFacts[], options: RepeatOptions): RepeatPair[] {
  const dated = facts.filter((f): f is Dated => f.date !== null).sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  const distinctive = distinctivePhrases(dated, options.maxPhraseShare ?? DEFAULT_MAX_PHRASE_SHARE);
  const pairs = new Map<string, { a: Dated; b: Dated; reasons: string[] }>();
  const last = new Map<string, Dated>();
  for (const f of dated) {
    const title = f.title === null ? '' : f.title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const keys = [
      ...f.services.map((s) => `service\0${s.toLowerCase()}`),
      ...(title.includes(' ') ? [`title\0${title}`] : []),
      ...f.rootCausePhrases.filter((p) => distinctive.has(p)).map((p) => `phrase\0${p}`),
    ];
    for (const key of keys) {
      const prev = last.get(key);
      last.set(key, f);
      if (!prev || daysBetween(prev.date, f.date) > options.windowDays) continue;
      const id = `${prev.file}\0${f.file}`;
      const pair = pairs.get(id) ?? { a: prev, b: f, reasons: [] };
      pair.reasons.push(reason(key, f));
      pairs.set(id, pair);
    }
  }
  return [...pairs.values()]
    .filter(({ reasons }) => reasons.length >= MIN_PHRASES || !reasons.every((r) => r.endsWith(PHRASE_REASON_END)))
    .map(({ a, b, reasons }) => ({ earlier: end(a), later: end(b), days: daysBetween(a.date, b.date), reasons }))
    .sort((x, y) => y.later.date.localeCompare(x.later.date) || x.later.file.localeCompare(y.later.file));
}

/** Phrases given by at least two incidents and by no more than `share` of them (or MIN_PHRASE_CAP). */
function distinctivePhrases(facts: readonly Dated[], share: number): Set<string> {
  const counts = new Map<string, number>();
  for (const f of facts) for (const p of f.rootCausePhrases) counts.set(p, (counts.get(p) ?? 0) + 1);
  const max = Math.max(MIN_PHRASE_CAP, Math.floor(share * facts.length));
  return new Set([...counts].filter(([, n]) => n >= 2 && n <= max).map(([p]) => p));
}

function reason(key: string, f: Dated): string {
  const [kind, value] = key.split('\0') as [string, string];
  if (kind === 'service') return `both name the service ${f.services.find((s) => s.toLowerCase() === value) ?? value}`;
  if (kind === 'title') return 'both have the same title';
  return `both give "${value}" ${PHRASE_REASON_END}`;
}

function end(f: Dated): RepeatEnd {
  return { file: f.file, line: f.line, title: f.title, date: f.date };
}
