/**
 * Synthetic postmortems at a fixed seed. Each has front matter, headings in every style the
 * parser knows (ATX, setext, ==wiki==, **bold**, `Heading:`), fields, a long timeline crossing
 * midnight, action items, a scorecard, tables, code fences and comments. Bigger documents grow
 * by a longer timeline and more appendix notes, so their mix stays the same as size grows.
 */
import { seeded, type Random } from './random';
import { PEOPLE, SERVICES, logLine, paragraph, sentence } from './prose';
import { timelineLines } from './timeline-text';

export interface BenchDocument {
  name: string;
  text: string;
  /** Line of the last timeline entry, for hover. */
  lastEntryLine: number;
}

/** Roughly one timeline entry per this many bytes of document, as in long real postmortems. */
const BYTES_PER_ENTRY = 180;
const START = Date.UTC(2024, 5, 3, 21, 10);

/** A document of about `bytes` bytes (it stops at the first appendix note past the size). */
export function sizedDocument(name: string, bytes: number, seed = 6): BenchDocument {
  return build(name, seeded(seed), Math.max(8, Math.floor(bytes / BYTES_PER_ENTRY)), bytes);
}

/** A document whose timeline has exactly `entries` entries, with a short body around it. */
export function timelineDocument(name: string, entries: number, seed = 6): BenchDocument {
  return build(name, seeded(seed), entries, 0);
}

function build(name: string, r: Random, entries: number, bytes: number): BenchDocument {
  const head = [...frontMatter(), '# Checkout outage on 3 June 2024', '', ...summary(r), ...impact(r), ...detection(r), '## Timeline', ''];
  const timeline = timelineLines(r, entries, START);
  const lastEntryLine = head.length + lastNonBlank(timeline);
  const tail = [...rootCause(r), ...contributing(r), ...resolution(r), ...actionItems(r), ...scorecard(), '## Appendix: investigation notes', ''];
  const lines = [...head, ...timeline, '', ...tail];
  let size = lines.reduce((n, l) => n + l.length + 1, 0);
  for (let k = 1; size < bytes; k++) {
    const note = appendixNote(r, k);
    lines.push(...note);
    size += note.reduce((n, l) => n + l.length + 1, 0);
  }
  return { name, text: lines.join('\n') + '\n', lastEntryLine };
}

function lastNonBlank(lines: string[]): number {
  let i = lines.length - 1;
  while (i > 0 && lines[i]!.trim() === '') i--;
  return i;
}

function frontMatter(): string[] {
  return ['---', 'title: Checkout outage', 'id: INC-2041', 'date: 2024-06-03', 'severity: SEV1', 'status: final', 'authors: [dana, lee]', '---', ''];
}

function summary(r: Random): string[] {
  return [
    'Summary', '-------', '', paragraph(r), '',
    '**Impact:** About a third of checkouts failed or took longer than ten seconds.',
    '**Root Cause:** A config refactor replaced the per-host pool limit with a global one.',
    '**Severity:** SEV1', '',
  ];
}

function impact(r: Random): string[] {
  return ['==Impact==', '', paragraph(r), '', '| Region | Failed requests | Share |', '| --- | ---: | :-: |',
    '| eu-west | 120,400 | 31% |', '| us-east | 98,210 | 27% |', '| ap-south | 12,005 | 9% |', ''];
}

function detection(r: Random): string[] {
  return ['**Detection**', '', paragraph(r, 1, 2), ''];
}

function rootCause(r: Random): string[] {
  return ['Root Cause:', '', paragraph(r, 3, 6), ''];
}

function contributing(r: Random): string[] {
  return ['Contributing Factors', '--------------------', '', `- ${sentence(r)}`, `- ${sentence(r)}`, ''];
}

function resolution(r: Random): string[] {
  const log = Array.from({ length: 6 }, () => logLine(r));
  return ['## Resolution', '', paragraph(r), '', '```text', ...log, '```', ''];
}

function actionItems(r: Random): string[] {
  const out = ['## Action Items', ''];
  for (let k = 0; k < 12; k++) {
    const box = r.chance(0.3) ? '[x]' : '[ ]';
    // One in six has no owner, so the owner rule has something to say.
    const owner = k % 6 === 5 ? '' : ` (owner: ${r.pick(PEOPLE)}, ticket: T${300000 + k * 17})`;
    out.push(`- ${box} ${sentence(r).replace(/\.$/, '')}${owner}`);
  }
  out.push('', '| Action | Owner | Ticket |', '| --- | --- | --- |');
  for (let k = 0; k < 4; k++) out.push(`| Alert on pool saturation for ${r.pick(SERVICES)} | ${r.pick(PEOPLE)} | T${310000 + k} |`);
  return [...out, ''];
}

function scorecard(): string[] {
  return ['## Scorecard', '', '| Category | Question | Answer | Notes |', '|----------|----------|--------|-------|',
    '| People | Were fewer than five people paged? | yes | |', '| Process | Was the status page updated within 15 minutes? | no | |',
    '| Tooling | Did monitoring notify the responders? | yes | |', '| Total | Total score (count of all "yes" answers above) | 2 | |', ''];
}

/** One appendix note; `k` rotates the heading style so every style appears throughout. */
function appendixNote(r: Random, k: number): string[] {
  const title = `Notes on ${r.pick(SERVICES)} (${k})`;
  const heading = [[`### ${title}`], [title, '---'], [`===${title}===`], [`**${title}**`]][k % 4]!;
  const out = [...heading, '', paragraph(r), '', `- ${sentence(r)}`, `- ${sentence(r)}`, `  - ${sentence(r)}`, ''];
  if (k % 3 === 0) out.push('| Metric | Before | After |', '| --- | --- | --- |', `| p99 ms | ${r.int(100, 900)} | ${r.int(50, 300)} |`, `| errors/s | ${r.int(10, 90)} | ${r.int(0, 9)} |`, '');
  if (k % 5 === 0) out.push('```', logLine(r), logLine(r), '```', '');
  if (k % 7 === 0) out.push('<!--', `reviewer: ${r.pick(PEOPLE)} asked for the graphs`, '-->', '');
  return out;
}
