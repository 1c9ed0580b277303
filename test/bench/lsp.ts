/**
 * Numbers through the real server over stdio, with the same client the protocol tests use and the
 * debounce at 0: keystroke round trip, cold start, and resident memory under a stream of edits.
 */
import { readFileSync } from 'node:fs';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { startServer, type TestClient } from '../protocol/client';
import type { BenchDocument } from './generate';
import { median, progress } from './measure';

const SETTINGS = { settings: { debounceMs: 0 } };

/** Characters per entry before the typist moves up to the entry above. */
const PER_LINE = 40;
const WORDS = 'then the pool drained and latency fell back ';

/**
 * Someone typing: one character per change at the end of a timeline entry, moving up an entry
 * every PER_LINE characters. Every version differs, as in real typing, so no cache of the
 * previous version's lines can answer for the edited one.
 */
export function typist(doc: BenchDocument): (k: number) => TextDocumentContentChangeEvent {
  const lengths = doc.text.split('\n').map((l) => l.length);
  return (k) => {
    const line = doc.lastEntryLine - Math.floor(k / PER_LINE);
    const character = lengths[line]! + (k % PER_LINE);
    const at = { line, character };
    return { range: { start: at, end: at }, text: WORDS[k % WORDS.length]! };
  };
}

async function opened(doc: BenchDocument): Promise<{ client: TestClient; uri: string; type: (k: number) => TextDocumentContentChangeEvent }> {
  const client = await startServer(SETTINGS);
  const uri = `file:///bench/${doc.name}.md`;
  const first = client.diagnostics(uri, 1, 60_000);
  client.open(uri, doc.text, 'postmortem', 1);
  await first;
  return { client, uri, type: typist(doc) };
}

/** Median ms from a one-character didChange to the publishDiagnostics of that version. */
export async function roundTripMs(doc: BenchDocument, runs = 50, warmup = 10): Promise<number> {
  const { client, uri, type } = await opened(doc);
  const times: number[] = [];
  try {
    for (let v = 2; v < 2 + warmup + runs; v++) {
      const published = client.diagnostics(uri, v);
      const t0 = performance.now();
      client.change(uri, v, [type(v - 2)]);
      await published;
      if (v >= 2 + warmup) times.push(performance.now() - t0);
    }
  } finally {
    await client.stop();
  }
  return median(times);
}

/** Median ms from spawning the server to the first diagnostics of an opened document. */
export async function coldStartMs(doc: BenchDocument, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const { client } = await opened(doc);
    times.push(performance.now() - t0);
    await client.stop();
  }
  return median(times);
}

export interface MemoryReport {
  /** RSS after all the edits. */
  rssMB: number;
  afterOpenMB: number;
  /** RSS after half the edits; a clear rise from here to the end would mean a leak. */
  halfwayMB: number;
}

/** Server RSS after opening `doc` and `edits` one-character edits, waiting on every `burst`th. */
export async function memory(doc: BenchDocument, edits = 1000, burst = 10): Promise<MemoryReport> {
  const { client, uri, type } = await opened(doc);
  const pid = client.process.pid!;
  const report: MemoryReport = { rssMB: 0, afterOpenMB: rssMB(pid), halfwayMB: 0 };
  try {
    for (let v = 2; v < 2 + edits; v++) {
      const last = (v - 1) % burst === 0 || v === 1 + edits;
      const published = last ? client.diagnostics(uri, v, 60_000) : null;
      client.change(uri, v, [type(v - 2)]);
      if (published) await published;
      if (v - 1 === edits / 2) {
        report.halfwayMB = rssMB(pid);
        progress(`memory: ${edits / 2} edits, RSS ${report.halfwayMB} MB`);
      }
    }
    report.rssMB = rssMB(pid);
  } finally {
    await client.stop();
  }
  return report;
}

/** Resident set size from /proc, in MB; what the operating system charges the server. */
function rssMB(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for pid ${pid}`);
  return Math.round(Number(m[1]) / 1024);
}
