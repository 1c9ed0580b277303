/**
 * The pathological inputs of issue 7, timed: the same generators the robustness tests use (huge
 * documents, a 1 MB line, deep nesting, 100,000 pipes, 50,000 headings, long runs of markup
 * characters, YAML bombs, a 10 MB config). Also reports heap growth, to show memory stays sane.
 */
import { PATHOLOGICAL } from '../robustness/pathological-inputs';
import { parseConfig } from '../../server/src/service/schema/config';
import { analyzeMs } from './analysis';
import { medianMs, round } from './measure';

export interface PathologicalTime {
  ms: number;
  kb: number;
  msPerKB: number;
  /** Heap growth while analysing it, in MB (live data, after the analysis). */
  heapMB: number;
}

export function pathologicalTimes(): Record<string, PathologicalTime> {
  const out: Record<string, PathologicalTime> = {};
  for (const input of PATHOLOGICAL) {
    const text = input.make(input.n);
    const before = process.memoryUsage().heapUsed;
    const ms = input.config
      ? medianMs(() => parseConfig(text), 3, 1)
      : analyzeMs({ name: input.name.replace(/\W+/g, '-'), text, lastEntryLine: 0 }, 3);
    const heapMB = Math.max(0, (process.memoryUsage().heapUsed - before) / 1048576);
    const kb = text.length / 1024;
    out[input.name] = { ms: round(ms), kb: Math.round(kb), msPerKB: round(ms / kb), heapMB: Math.round(heapMB) };
  }
  return out;
}
