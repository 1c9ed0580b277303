/**
 * In-process numbers: full analysis (parse, model, timeline, every rule) with a fresh version each
 * run so the service's cache never answers, and markdownlint's default rules on the same text.
 */
import { createLanguageService } from '../../server/src/service';
import { getPreset } from '../../server/src/service/schema/presets';
import type { Schema } from '../../server/src/service/schema/types';
import type { BenchDocument } from './generate';
import { median, medianMs } from './measure';

export const schema: Schema = getPreset('default')!;

/** Median ms of a full analysis of `doc`, each run a new version of the same text. */
export function analyzeMs(doc: BenchDocument, runs: number): number {
  const service = createLanguageService({ schemaFor: () => schema });
  const uri = `file:///bench/${doc.name}.md`;
  let version = 0;
  return medianMs(() => service.analyze({ uri, version: ++version, getText: () => doc.text }), runs);
}

/**
 * The first analysis of a text this process has not read before, as when a large document is
 * opened: the time module's per-line cache is cold. Each run reads a document made at a new seed.
 */
export function coldAnalyzeMs(make: (seed: number) => BenchDocument, runs: number): number {
  const service = createLanguageService({ schemaFor: () => schema });
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const doc = make(1000 + i);
    const uri = `file:///bench/cold-${i}.md`;
    const t0 = performance.now();
    service.analyze({ uri, version: 1, getText: () => doc.text });
    // The first run only warms the code up.
    if (i > 0) times.push(performance.now() - t0);
    service.forget(uri);
  }
  return median(times);
}

type Lint = (options: { strings: Record<string, string> }) => unknown;
let lint: Lint | null = null;

/** markdownlint is ESM-only; it loads once, outside any timing. */
export async function loadMarkdownlint(): Promise<void> {
  const mod = (await import('markdownlint/sync')) as { lint: Lint };
  lint = mod.lint;
}

export function markdownlintMs(doc: BenchDocument, runs: number): number {
  const run = lint!;
  return medianMs(() => run({ strings: { [doc.name]: doc.text } }), runs, 1);
}
