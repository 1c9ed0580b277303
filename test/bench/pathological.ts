/**
 * Inputs built to find quadratic paths (issue 7): huge documents, very long lines, many headings,
 * a table row of pipes. Each is timed a few times; the number that matters is ms per KB staying
 * near that of ordinary documents.
 */
import { sizedDocument, timelineDocument, type BenchDocument } from './generate';
import { analyzeMs } from './analysis';
import { round } from './measure';

function doc(name: string, text: string): BenchDocument {
  return { name, text, lastEntryLine: 0 };
}

function inputs(): BenchDocument[] {
  const words = 'the pool limit was global so every host queued behind the same lock ';
  return [
    sizedDocument('5m', 5_000_000),
    timelineDocument('timeline100k', 100_000),
    doc('line1m', `# Summary\n\n${words.repeat(Math.ceil(1_000_000 / words.length))}\n`),
    doc('headings50k', Array.from({ length: 50_000 }, (_, k) => `${'#'.repeat(1 + (k % 6))} Heading ${k}\n\ntext\n`).join('\n')),
    doc('pipes100k', `# Timeline\n\n| a | b |\n| --- | --- |\n|${' x |'.repeat(100_000)}\n`),
  ];
}

export interface PathologicalTime {
  ms: number;
  kb: number;
  msPerKB: number;
}

export function pathologicalTimes(): Record<string, PathologicalTime> {
  const out: Record<string, PathologicalTime> = {};
  for (const d of inputs()) {
    const ms = analyzeMs(d, 3);
    const kb = d.text.length / 1024;
    out[d.name] = { ms: round(ms), kb: Math.round(kb), msPerKB: round(ms / kb) };
  }
  return out;
}
