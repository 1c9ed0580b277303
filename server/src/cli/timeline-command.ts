/**
 * `postmortem-lint timeline FILE --format svg|mermaid|csv|json`: the timeline the editor's view
 * draws, for wikis, READMEs and spreadsheets. Exit 0 with the drawing on stdout; 2 with one message
 * (and a position, when it is about the document) for anything that stops it.
 */
import { resolve } from 'node:path';
import { createLanguageService, isPresetName, presetList, timelineMermaidBlock, type PostmortemDocument } from '../service';
import { readArgv, text, UsageError, type OptionSpecs } from './argv';
import { loadSchemaFor } from '../host/config-files';
import { displayPath, IoError, readPostmortem } from './files';
import { layoutTimeline } from '../render/timeline-layout';
import { renderTimelineSvg } from '../render/timeline-svg';
import { timelineCsv, timelineJson, timelineRows } from '../render/timeline-table';

export const TIMELINE_USAGE = `Usage: postmortem-lint timeline FILE [--format svg|mermaid|csv|json] [--width PX]
                                [--preset NAME] [--config FILE]

Draws the timeline of one postmortem: a standalone SVG (default), a Mermaid gantt block, a CSV
with one row per entry (UTC instant, local time, minutes since the start, phase, text), or JSON.`;

const FORMATS = ['svg', 'mermaid', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface TimelineOptions {
  file: string;
  format: Format;
  width?: number;
  preset?: string;
  config?: string;
}

export interface CommandResult {
  stdout: string;
  stderr: string[];
  code: 0 | 1 | 2;
}

const fail = (message: string): CommandResult => ({ stdout: '', stderr: [`postmortem-lint timeline: ${message}`], code: 2 });

export function runTimeline(argv: readonly string[]): CommandResult {
  if (argv.includes('-h') || argv.includes('--help')) return { stdout: TIMELINE_USAGE + '\n', stderr: [], code: 0 };
  const opts = parseTimelineArgs(argv);
  if (typeof opts === 'string') return fail(`${opts} (see --help)`);
  let source: string;
  try {
    source = readPostmortem(opts.file).text;
  } catch (e) {
    if (e instanceof IoError) return fail(e.message);
    throw e;
  }
  const loaded = loadSchemaFor(opts.file, { preset: opts.preset, configFile: opts.config, configFileIsOwn: true, roots: [process.cwd(), resolve(opts.file, '..')] });
  const problems = loaded.problems.filter((p) => p.problem.severity === 'error');
  if (problems.length > 0) {
    const p = problems[0]!;
    return fail(`${displayPath(p.file) || '(settings)'}:${p.problem.range.start.line + 1}:${p.problem.range.start.character + 1}: ${p.problem.message}`);
  }
  const service = createLanguageService({ schemaFor: () => loaded.schema });
  const { doc, diagnostics } = service.analyze({ uri: opts.file, version: 0, getText: () => source });
  if (doc.timeline.entries.length === 0) return fail(noEntries(displayPath(opts.file), doc));
  const layout = layoutTimeline(doc, diagnostics, { width: opts.width });
  const out: Record<Format, () => string> = {
    svg: () => renderTimelineSvg(layout, { standalone: true }) + '\n',
    mermaid: () => timelineMermaidBlock(doc)! + '\n',
    csv: () => timelineCsv(timelineRows(layout)),
    json: () => timelineJson(layout),
  };
  return { stdout: out[opts.format](), stderr: [], code: 0 };
}

/** Where the timeline was looked for, and what was found there instead. */
function noEntries(path: string, doc: PostmortemDocument): string {
  const section = doc.sections[doc.timeline.section];
  const unread = doc.timeline.problems.find((p) => p.kind === 'unparsed' || p.kind === 'unread');
  if (unread) return `${path}:${unread.range.start.line + 1}:${unread.range.start.character + 1}: no timeline entry could be read; the first time that could not is here`;
  if (section) return `${path}:${section.heading.line + 1}:1: the timeline section has no entries with a time`;
  return `${path}:1:1: no timeline found (a section such as "## Timeline" with one timed entry per line)`;
}

const OPTIONS: OptionSpecs = { format: { type: 'string' }, width: { type: 'string' }, preset: { type: 'string' }, config: { type: 'string' } };

/** The options, or what is wrong with them in one line. */
function parseTimelineArgs(argv: readonly string[]): TimelineOptions | string {
  let a;
  try {
    a = readArgv(argv, OPTIONS, '');
  } catch (e) {
    if (e instanceof UsageError) return e.message.trimEnd();
    throw e;
  }
  const format = text(a, 'format') ?? 'svg';
  if (!(FORMATS as readonly string[]).includes(format)) return `unknown format '${format}' (use ${FORMATS.join(', ')})`;
  const width = text(a, 'width');
  const n = width === undefined ? undefined : Number(width);
  if (n !== undefined && (!Number.isInteger(n) || n < 320 || n > 20000)) return `--width must be a whole number of pixels from 320 to 20000, not '${width}'`;
  const preset = text(a, 'preset');
  if (preset !== undefined && !isPresetName(preset)) return `unknown preset '${preset}' (use ${presetList()})`;
  if (a.positionals.length > 1) return `one FILE only (got '${a.positionals[0]}' and '${a.positionals[1]}')`;
  const file = a.positionals[0];
  if (file === undefined) return 'no FILE given';
  return { file, format: format as Format, width: n, preset, config: text(a, 'config') };
}
