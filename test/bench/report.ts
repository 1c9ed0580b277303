/** The benchmark's result object (the `--json` output) and its table for people. */
import type { BundleBytes } from './sizes';
import type { PathologicalTime } from './pathological';
import type { ArchiveResults } from './archive-run';

export type SizeKey = '10k' | '100k' | '1m';

export interface Results {
  analyzeMs: Record<SizeKey | 'timeline10k', number>;
  markdownlintMs: Record<SizeKey, number>;
  ratioVsMarkdownlint: Record<SizeKey, number>;
  hoverMs: number;
  symbolsMs: number;
  completionMs: number;
  codeActionsMs: number;
  roundTripMs: number;
  coldStartMs: number;
  rssMB: number;
  bundleBytes: BundleBytes;
  /** Beyond the keys: the first analysis of a never-seen 10,000-entry timeline. */
  timeline10kColdMs: number;
  /** RSS after the first half of the edits, to compare with `rssMB` for growth. */
  rssHalfwayMB: number;
  /** Layout + SVG of the 10,000-entry timeline, and how many marks it drew. */
  timelineSvgMs: number;
  timelineSvgMarks: number;
  /** didChange to the `postmortem/timeline` answer (layout + SVG) on 100 KB, through the server. */
  timelineKeystrokeMs: number;
  /** ms per KB by size, and whether any step grew more than linearly. */
  scaling: Record<SizeKey, number> & { superlinear: boolean };
  pathological?: Record<string, PathologicalTime>;
  /** The archive report at 1,000 / 4,000 / 10,000 files, and markdownlint-cli2 on the same files. */
  archive?: ArchiveResults;
}

interface Row {
  measure: string;
  value: string;
  target: string;
  met: boolean | null;
}

const ms = (n: number): string => `${n} ms`;
const mb = (bytes: number | null): string => (bytes === null ? 'not built' : `${(bytes / 1024).toFixed(0)} KB`);

function rows(r: Results): Row[] {
  const le = (measure: string, value: number, target: number, unit = ms): Row => ({ measure, value: unit(value), target: `≤ ${unit(target)}`, met: value <= target });
  const info = (measure: string, value: string): Row => ({ measure, value, target: '', met: null });
  return [
    info('analysis 10 KB', ms(r.analyzeMs['10k'])),
    le('analysis 100 KB', r.analyzeMs['100k'], 3),
    le('analysis 1 MB', r.analyzeMs['1m'], 30),
    le('analysis 10,000-entry timeline', r.analyzeMs.timeline10k, 30),
    info('  same, first read (line cache cold)', ms(r.timeline10kColdMs)),
    info('markdownlint 10 KB', `${ms(r.markdownlintMs['10k'])} (${r.ratioVsMarkdownlint['10k']}× ours)`),
    info('markdownlint 100 KB', `${ms(r.markdownlintMs['100k'])} (${r.ratioVsMarkdownlint['100k']}× ours)`),
    { measure: 'markdownlint 1 MB', value: `${ms(r.markdownlintMs['1m'])} (${r.ratioVsMarkdownlint['1m']}× ours)`, target: '≥ 40× ours', met: r.ratioVsMarkdownlint['1m'] >= 40 },
    le('hover, last entry of 1 MB', r.hoverMs, 1),
    info('document symbols, 1 MB', ms(r.symbolsMs)),
    info('completion, 1 MB', ms(r.completionMs)),
    info('code actions, 1 MB', ms(r.codeActionsMs)),
    le('LSP round trip, 100 KB', r.roundTripMs, 20),
    le(`timeline SVG, ${r.timelineSvgMarks.toLocaleString('en')} entries`, r.timelineSvgMs, 100),
    le('keystroke to timeline view, 100 KB', r.timelineKeystrokeMs, 100),
    le('cold start to first diagnostics', r.coldStartMs, 300),
    le('server RSS, 1 MB + 1,000 edits', r.rssMB, 100, (n) => `${n} MB`),
    { measure: '  RSS after 500 edits', value: `${r.rssHalfwayMB} MB`, target: 'no growth', met: r.rssMB - r.rssHalfwayMB <= 10 },
    { measure: 'dist/server.js', value: mb(r.bundleBytes.server), target: '≤ 1024 KB', met: r.bundleBytes.server !== null && r.bundleBytes.server <= 1024 * 1024 },
    info('dist/cli.js', mb(r.bundleBytes.cli)),
    info('dist/extension.js', mb(r.bundleBytes.extension)),
    { measure: 'ms per KB, 10 KB → 100 KB → 1 MB', value: `${r.scaling['10k']} → ${r.scaling['100k']} → ${r.scaling['1m']}`, target: 'linear', met: !r.scaling.superlinear },
    ...Object.entries(r.pathological ?? {}).map(([name, p]) => info(`pathological: ${name} (${p.kb} KB)`, `${ms(p.ms)} (${p.msPerKB} ms/KB, heap +${p.heapMB} MB)`)),
  ];
}

export function table(r: Results): string {
  const all = rows(r);
  const w = [0, 0, 0];
  const cells = all.map((x) => [x.measure, x.value, x.target, x.met === null ? '' : x.met ? 'yes' : 'NO']);
  for (const c of cells) for (let i = 0; i < 3; i++) w[i] = Math.max(w[i]!, c[i]!.length);
  const line = (c: string[]): string => `| ${c[0]!.padEnd(w[0]!)} | ${c[1]!.padEnd(w[1]!)} | ${c[2]!.padEnd(w[2]!)} | ${c[3]!.padEnd(3)} |`;
  const head = line(['Measure', 'Median', 'Target', 'Met']);
  const rule = `|${'-'.repeat(w[0]! + 2)}|${'-'.repeat(w[1]! + 2)}|${'-'.repeat(w[2]! + 2)}|-----|`;
  return [head, rule, ...cells.map(line)].join('\n');
}
