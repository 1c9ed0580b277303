/**
 * `npm run bench`: what a user of the largest postmortem feels, next to what markdownlint costs
 * on the same text. Prints a table, or with `--json` exactly one JSON object on stdout.
 * `--pathological` adds the inputs built to catch quadratic paths.
 */
import { cpus, loadavg } from 'node:os';
import { sizedDocument, timelineDocument } from './generate';
import { analyzeMs, coldAnalyzeMs, loadMarkdownlint, markdownlintMs } from './analysis';
import { featureTimes } from './features';
import { coldStartMs, memory, roundTripMs } from './lsp';
import { bundleBytes } from './sizes';
import { pathologicalTimes } from './pathological';
import { timelineKeystrokeMs, timelineSvgMs } from './timeline';
import { progress, round } from './measure';
import { table, type Results, type SizeKey } from './report';
import { archiveBench, archiveTable, type ArchiveResults } from './archive-run';

/** A later size may cost this much more per KB than the one before it and still count as linear. */
const LINEAR_SLACK = 1.5;

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  if (process.argv.includes('--archive-only')) return archiveOnly(json);
  // Medians are wall time: on a busy machine every number grows, so say how busy it was.
  const load = loadavg()[0]!;
  if (load > cpus().length) progress(`load average ${load.toFixed(1)} on ${cpus().length} cores: expect inflated times`);
  const docs = { '10k': sizedDocument('10k', 10 * 1024), '100k': sizedDocument('100k', 100 * 1024), '1m': sizedDocument('1m', 1024 * 1024) };
  const timeline = timelineDocument('timeline10k', 10_000);
  const sizes = Object.keys(docs) as SizeKey[];

  progress('full analysis');
  const runs: Record<SizeKey, number> = { '10k': 51, '100k': 31, '1m': 15 };
  const analyze = { '10k': 0, '100k': 0, '1m': 0, timeline10k: analyzeMs(timeline, 15) };
  for (const k of sizes) analyze[k] = analyzeMs(docs[k], runs[k]);
  const timelineCold = coldAnalyzeMs((seed) => timelineDocument('timeline10k', 10_000, seed), 5);

  progress('markdownlint');
  await loadMarkdownlint();
  const lint = { '10k': markdownlintMs(docs['10k'], 11), '100k': markdownlintMs(docs['100k'], 11), '1m': markdownlintMs(docs['1m'], 5) };

  progress('features on 1 MB');
  const features = featureTimes(docs['1m']);
  progress('LSP round trip and cold start');
  const roundTrip = await roundTripMs(docs['100k']);
  const coldStart = await coldStartMs(docs['100k']);
  progress('timeline view: SVG of 10,000 entries, keystroke to redrawn view on 100 KB');
  const timelineSvg = timelineSvgMs(timeline);
  const timelineKeystroke = await timelineKeystrokeMs(docs['100k']);
  progress('memory under 1,000 edits of 1 MB');
  const mem = await memory(docs['1m']);

  const results = collect({ docs, analyze, lint, features, roundTrip, coldStart, mem, timelineCold, timelineSvg, timelineKeystroke });
  if (!process.argv.includes('--no-archive')) results.archive = archiveBench(process.argv.includes('--full-markdownlint'));
  if (process.argv.includes('--pathological')) {
    progress('pathological inputs');
    results.pathological = pathologicalTimes();
  }
  if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
  else {
    const described = [...sizes.map((k) => docs[k]), timeline].map((d) => `${d.name} ${(d.text.length / 1024).toFixed(0)} KB`).join(', ');
    const machine = `Node ${process.version}, ${cpus().length} cores, load average ${load.toFixed(1)} at start`;
    process.stdout.write(`Documents: ${described}. ${machine}.\n\n${table(results)}\n`);
    if (results.archive) process.stdout.write(`\n${archiveTable(results.archive)}\n`);
  }
}

interface Measured {
  docs: Record<SizeKey, { text: string }>;
  analyze: Record<SizeKey | 'timeline10k', number>;
  lint: Record<SizeKey, number>;
  features: ReturnType<typeof featureTimes>;
  roundTrip: number;
  coldStart: number;
  mem: Awaited<ReturnType<typeof memory>>;
  timelineCold: number;
  timelineSvg: ReturnType<typeof timelineSvgMs>;
  timelineKeystroke: number;
}

/** The measurements, rounded, with the per-KB scaling check. */
function collect(m: Measured): Results {
  const { docs, analyze, lint, features, roundTrip, coldStart, mem, timelineCold, timelineSvg, timelineKeystroke } = m;
  const perKB = (k: SizeKey): number => analyze[k] / (docs[k].text.length / 1024);
  return {
    analyzeMs: { '10k': round(analyze['10k']), '100k': round(analyze['100k']), '1m': round(analyze['1m']), timeline10k: round(analyze.timeline10k) },
    markdownlintMs: { '10k': round(lint['10k']), '100k': round(lint['100k']), '1m': round(lint['1m']) },
    ratioVsMarkdownlint: { '10k': round(lint['10k'] / analyze['10k']), '100k': round(lint['100k'] / analyze['100k']), '1m': round(lint['1m'] / analyze['1m']) },
    hoverMs: round(features.hoverMs),
    symbolsMs: round(features.symbolsMs),
    completionMs: round(features.completionMs),
    codeActionsMs: round(features.codeActionsMs),
    roundTripMs: round(roundTrip),
    coldStartMs: round(coldStart),
    rssMB: mem.rssMB,
    bundleBytes: bundleBytes(),
    timeline10kColdMs: round(timelineCold),
    rssHalfwayMB: mem.halfwayMB,
    timelineSvgMs: round(timelineSvg.ms),
    timelineSvgMarks: timelineSvg.marks,
    timelineKeystrokeMs: round(timelineKeystroke),
    scaling: {
      '10k': round(perKB('10k')),
      '100k': round(perKB('100k')),
      '1m': round(perKB('1m')),
      superlinear: perKB('100k') > perKB('10k') * LINEAR_SLACK || perKB('1m') > perKB('100k') * LINEAR_SLACK,
    },
  };
}

/** `--archive-only`: just the archive report at 1,000 / 4,000 / 10,000 files. */
function archiveOnly(json: boolean): void {
  const archive: ArchiveResults = archiveBench(process.argv.includes('--full-markdownlint'));
  const machine = `Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at start`;
  process.stdout.write(json ? `${JSON.stringify({ archive })}\n` : `${machine}.\n\n${archiveTable(archive)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
