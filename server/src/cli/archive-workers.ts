/**
 * Worker threads for the archive report. Each worker reads, analyzes and extracts facts from its
 * share of the files and posts the small fact records back in batches; the main thread only
 * gathers them. The worker is the same bundle (dist/cli.js), started with `workerData.archiveWorker`.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { createArchiveReader, type ReadOutcome, type ReadSettings } from './archive-read';

interface WorkerInput {
  archiveWorker: true;
  files: string[];
  settings: ReadSettings;
}

type WorkerMessage = { outcomes: ReadOutcome[] } | { failed: string };

/**
 * Files per worker. A worker's start and JIT warm-up cost about as much CPU as reading 400 of the
 * benchmark's files, so a thread is started only for every 1,000; fewer are read on this thread.
 */
const FILES_PER_WORKER = 1_000;
const BATCH = 64;
/**
 * Each worker's old-generation heap. V8 otherwise lets a busy isolate's heap grow far past what it
 * keeps alive; this cap makes it collect sooner. The benchmark's largest postmortem (5 MB) and the
 * service's bounded line caches fit well inside it.
 */
const WORKER_HEAP_MB = 160;
/** Files larger than this are read on the main thread, whose heap has no such cap. */
const WORKER_MAX_FILE_BYTES = 2 * 1024 * 1024;

export function isArchiveWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInput> | null)?.archiveWorker === true;
}

/** The worker's side: read every file it was given, posting outcomes as they come. */
export function runArchiveWorker(): void {
  const { files, settings } = workerData as WorkerInput;
  const read = createArchiveReader(settings);
  let batch: ReadOutcome[] = [];
  try {
    for (const file of files) {
      batch.push(...read(file));
      if (batch.length >= BATCH) {
        parentPort!.postMessage({ outcomes: batch } satisfies WorkerMessage);
        batch = [];
      }
    }
    parentPort!.postMessage({ outcomes: batch } satisfies WorkerMessage);
  } catch (e) {
    parentPort!.postMessage({ failed: e instanceof Error ? e.message : String(e) } satisfies WorkerMessage);
  }
}

/** More threads than this only cost memory: each isolate takes tens of MB before it reads a file. */
const MAX_JOBS = 64;

/** `--jobs` when given (never more threads than files, nor than MAX_JOBS), else one per FILES_PER_WORKER files. */
export function workerCount(files: number, jobs: number): number {
  if (jobs > 0) return Math.max(1, Math.min(jobs, files, MAX_JOBS));
  return Math.max(1, Math.min(availableParallelism(), 8, Math.floor(files / FILES_PER_WORKER)));
}

/**
 * Reads every file, on `count` workers or (for one) on this thread, handing each outcome to
 * `onOutcome` as it arrives. Files are dealt out in turn so big and small ones spread evenly.
 */
export async function readAll(files: readonly string[], settings: ReadSettings, count: number, onOutcome: (o: ReadOutcome) => void): Promise<void> {
  if (count <= 1) {
    const read = createArchiveReader(settings);
    for (const f of files) for (const o of read(f)) onOutcome(o);
    return;
  }
  const shares: string[][] = Array.from({ length: count }, () => []);
  const large: string[] = [];
  let k = 0;
  for (const f of files) {
    if (sizeOf(f) > WORKER_MAX_FILE_BYTES) large.push(f);
    else shares[k++ % count]!.push(f);
  }
  await Promise.all(shares.map((share) => runWorker(share, settings, onOutcome)));
  if (large.length > 0) await readAll(large, settings, 1, onOutcome);
}

function runWorker(files: string[], settings: ReadSettings, onOutcome: (o: ReadOutcome) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { archiveWorker: true, files, settings } satisfies WorkerInput, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let failure: string | null = null;
    worker.on('message', (m: WorkerMessage) => {
      if ('failed' in m) failure = m.failed;
      else for (const o of m.outcomes) onOutcome(o);
    });
    worker.on('error', (e) => reject(e));
    worker.on('exit', (code) => (failure !== null || code !== 0 ? reject(new Error(failure ?? `a report worker stopped with code ${code}`)) : resolve()));
  });
}

/** The file's size, or 0 when it cannot be read now (reading it later reports why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
