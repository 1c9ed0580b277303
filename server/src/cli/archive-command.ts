/**
 * `postmortem-lint report`: the archive report's shell. Finds the files, reads them on worker
 * threads, builds the report from their facts and writes it as Markdown, HTML or JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { buildReport, fileHref, formatHtml, formatJson, formatMarkdown, type ArchiveReport, type IncidentFacts } from '../insights';
import { isPresetName } from '../service';
import { ARCHIVE_USAGE, parseArchiveArgs, type ArchiveOptions } from './archive-args';
import { UsageError } from './args';
import { collectFiles, IoError, reason } from './files';
import { readAll, workerCount } from './archive-workers';

export interface ArchiveRunResult {
  stdout: string;
  stderr: string[];
  code: 0 | 1 | 2;
}

const fail = (message: string): ArchiveRunResult => ({ stdout: '', stderr: [`postmortem-lint report: ${message}`], code: 2 });

export async function runArchive(argv: readonly string[]): Promise<ArchiveRunResult> {
  let o: ArchiveOptions;
  try {
    o = parseArchiveArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  }
  if (o.help) return { stdout: ARCHIVE_USAGE + '\n', stderr: [], code: 0 };
  if (o.paths.length === 0) return fail('no PATH given (see report --help)');
  if (o.preset !== undefined && !isPresetName(o.preset)) return fail(`unknown preset '${o.preset}' (use default, google-sre, wikimedia or pagerduty)`);
  let files: string[];
  const stderr: string[] = [];
  try {
    const collected = collectFiles(o.paths);
    files = collected.files;
    stderr.push(...collected.skipped.map((s) => `postmortem-lint report: ${s}`));
  } catch (e) {
    if (e instanceof IoError) return fail(e.message);
    throw e;
  }
  if (files.length === 0) return fail(`no postmortems (*.md, *.markdown, *.txt, *.wiki) under ${o.paths.join(', ')}`);
  const { report, problems } = await gather(files, o);
  stderr.push(...problems.map((p) => `postmortem-lint report: ${p}`));
  const output = render(report, o);
  if (o.out === undefined) return { stdout: output, stderr, code: problems.length > 0 ? 2 : 0 };
  try {
    mkdirSync(dirname(resolve(o.out)), { recursive: true });
    writeFileSync(o.out, output);
  } catch (e) {
    return { stdout: '', stderr: [...stderr, `postmortem-lint report: cannot write '${o.out}': ${reason(e)}`], code: 2 };
  }
  return { stdout: '', stderr, code: problems.length > 0 ? 2 : 0 };
}

async function gather(files: readonly string[], o: ArchiveOptions): Promise<{ report: ArchiveReport; problems: string[] }> {
  const roots = [process.cwd(), ...o.paths.map((p) => resolve(p)), ...(o.config ? [resolve(o.config)] : [])];
  const facts: IncidentFacts[] = [];
  const problems: string[] = [];
  const settings = { preset: o.preset, config: o.config, roots, serviceLabels: o.serviceLabels };
  await readAll(files, settings, workerCount(files.length, o.jobs), (outcome) => {
    if ('facts' in outcome) facts.push(outcome.facts);
    else problems.push(outcome.problem);
  });
  const today = o.asOf ?? new Date().toISOString().slice(0, 10);
  const name = `Postmortem archive: ${o.paths.map((p) => basename(resolve(p))).join(', ')}`;
  return { report: buildReport(facts, { today, groupBy: o.groupBy, since: o.since, repeatWindowDays: o.windowDays, name }), problems };
}

function render(report: ArchiveReport, o: ArchiveOptions): string {
  // Links are relative to where the report is read: the output file's folder, or the working folder.
  const base = o.out === undefined ? process.cwd() : dirname(resolve(o.out));
  const href = (file: string, line: number): string => fileHref(relative(base, resolve(file)).split(sep).join('/'), line);
  if (o.format === 'json') return formatJson(report);
  if (o.format === 'html') return formatHtml(report, { href });
  return formatMarkdown(report, { href });
}
