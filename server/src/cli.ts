/**
 * postmortem-lint: the command-line shell. Reads files, asks the same language service the editor
 * uses, prints the result. Exit codes: 0 nothing that fails the run, 1 problems that fail it (errors,
 * or warnings per --fail-on and --max-warnings), 2 usage, config or I/O problem.
 */
import { realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { configDiagnostic, createLanguageService, isPresetName, presetList, type LanguageService, type Schema, type TextDocumentLike } from './service';
import { loadSchemaFor, type ConfigFileProblem } from './host/config-files';
import { parseArgs, USAGE, UsageError, type CliOptions } from './cli/args';
import { collectFiles, displayPath, IoError, readPostmortem, type ReadResult } from './cli/files';
import { bareReport, fileReport, type FileReport } from './cli/report';
import { sweepStaleTemps, writeFixed } from './cli/fix-write';
import { encode } from './cli/encoding';
import { exitCode, formatReports } from './cli/outcome';
import { runTimeline } from './cli/timeline-command';
import { runArchive } from './cli/archive-command';
import { isArchiveWorker, runArchiveWorker } from './cli/archive-workers';

const OUTSIDE_HINT = ' (name it with --config, or run from a folder that holds it)';

declare const PACKAGE_VERSION: string | undefined;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0';

interface RunResult {
  stdout: string;
  stderr: string[];
  code: 0 | 1 | 2;
}

export function run(argv: readonly string[]): RunResult | Promise<RunResult> {
  if (argv[0] === 'timeline') return runTimeline(argv.slice(1));
  if (argv[0] === 'report') return runArchive(argv.slice(1));
  const stderr: string[] = [];
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return { stdout: '', stderr: [`postmortem-lint: ${e.message}`], code: 2 };
    throw e;
  }
  if (opts.help) return { stdout: USAGE + '\n', stderr, code: 0 };
  if (opts.version) return { stdout: VERSION + '\n', stderr, code: 0 };
  if (opts.paths.length === 0) return { stdout: '', stderr: ['postmortem-lint: no PATH given (see --help)'], code: 2 };
  if (opts.preset !== undefined && !isPresetName(opts.preset)) {
    return { stdout: '', stderr: [`postmortem-lint: unknown preset '${opts.preset}' (use ${presetList()})`], code: 2 };
  }

  let files: string[];
  try {
    const collected = collectFiles(opts.paths, opts.files);
    files = collected.files;
    for (const note of collected.skipped) stderr.push(`postmortem-lint: ${note}`);
  } catch (e) {
    if (e instanceof IoError) return { stdout: '', stderr: [`postmortem-lint: ${e.message}`], code: 2 };
    throw e;
  }

  return lintFiles(opts, files, stderr);
}

/** Checks each file with its own schema, then prints every report in the chosen format. */
function lintFiles(opts: CliOptions, files: readonly string[], stderr: string[]): RunResult {
  // A repository's configs may reach only what the user pointed the CLI at, and the working folder.
  const roots = [process.cwd(), ...opts.paths.map(folderOf), ...(opts.config ? [resolve(opts.config)] : [])];
  // Each file's schema is loaded (and its config problems collected) before the service reads it.
  const schemas = new Map<string, Schema>();
  const service = createLanguageService({ schemaFor: (file) => schemas.get(file)! });
  const reports: FileReport[] = [];
  const configReports = new Map<string, Diagnostic[]>();
  let problem = false;
  let unreadable = 0;
  const sweptDirs = new Set<string>();
  for (const file of files) {
    try {
      const loaded = loadSchemaFor(file, { preset: opts.preset, configFile: opts.config, configFileIsOwn: true, roots, outsideHint: OUTSIDE_HINT });
      schemas.set(file, loaded.schema);
      if (loaded.problems.length > 0) {
        problem = true;
        collectConfigProblems(loaded.problems, configReports);
      }
      const read = readPostmortem(file);
      let text = read.text;
      const extra: Diagnostic[] = [];
      if (read.encoding === 'latin1') extra.push(notUtf8Diagnostic());
      else if (opts.fix) {
        const fixed = fixFile(service, file, read, stderr, sweptDirs);
        text = fixed.text;
        problem ||= fixed.failed;
      }
      reports.push(fileReport(displayPath(file), service.analyze(textDocument(file, text)), extra));
      service.forget(file);
    } catch (e) {
      if (!(e instanceof IoError)) throw e;
      stderr.push(`postmortem-lint: ${e.message}`);
      problem = true;
      unreadable++;
    }
  }
  const all = [...[...configReports].map(([f, d]) => bareReport(displayPath(f), d)), ...reports];
  return { stdout: formatReports(opts, all, unreadable, VERSION), stderr, code: exitCode(opts, all, problem) };
}

/**
 * Applies the safe fixes and writes them back; returns the text now on disk. A file `--fix`
 * cannot or will not write is reported (exit 2) and still checked as it is.
 */
function fixFile(service: LanguageService, file: string, read: ReadResult, stderr: string[], swept: Set<string>): { text: string; failed: boolean } {
  // Every --fix run tidies the folders it looks at, whether or not this file needs a fix.
  const dir = dirname(realpathOrSelf(file));
  if (!swept.has(dir)) {
    swept.add(dir);
    for (const p of sweepStaleTemps(dir)) stderr.push(`postmortem-lint: removed '${displayPath(p)}', left behind by an interrupted --fix`);
  }
  const fixed = service.fixAll(textDocument(file, read.text), read.eol);
  if (fixed.applied.length === 0) return { text: read.text, failed: false };
  try {
    writeFixed(file, read.bytes, encode(fixed.text, read.encoding, read.bom));
  } catch (e) {
    if (!(e instanceof IoError)) throw e;
    stderr.push(`postmortem-lint: --fix: ${e.message}`);
    return { text: read.text, failed: true };
  }
  stderr.push(`${displayPath(file)}: fixed ${fixed.applied.length}: ${fixed.applied.join('; ')}`);
  return { text: fixed.text, failed: false };
}

/** A file's text as the service reads it; the CLI reads each file once, so every version is 0. */
function textDocument(uri: string, text: string): TextDocumentLike {
  return { uri, version: 0, getText: () => text };
}

function realpathOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** A folder argument, or the folder of a file argument. */
function folderOf(path: string): string {
  const p = resolve(path);
  try {
    return statSync(p).isDirectory() ? p : dirname(p);
  } catch {
    return dirname(p);
  }
}

function collectConfigProblems(problems: ConfigFileProblem[], into: Map<string, Diagnostic[]>): void {
  for (const { file, problem } of problems) {
    const key = file || '(settings)';
    const list = into.get(key) ?? [];
    if (list.some((d) => d.message === problem.message && d.range.start.line === problem.range.start.line)) continue;
    list.push(configDiagnostic(problem));
    into.set(key, list);
  }
}

function notUtf8Diagnostic(): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 2,
    code: 'encoding',
    source: 'postmortem',
    message: 'The file is not valid UTF-8, so it was read as Latin-1. Save it as UTF-8. (--fix leaves it alone.)',
  };
}

async function main(): Promise<void> {
  let result: RunResult;
  try {
    result = await run(process.argv.slice(2));
  } catch (e) {
    // A bug of ours, not the user's: still one line, and the details only on request.
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`postmortem-lint: internal error: ${msg}\n`);
    if (process.env.POSTMORTEM_DEBUG) process.stderr.write(`${(e as Error).stack ?? ''}\n`);
    process.exitCode = 2;
    return;
  }
  if (result.stdout) process.stdout.write(result.stdout);
  for (const line of result.stderr) process.stderr.write(line + '\n');
  process.exitCode = result.code;
}

// The archive report's worker threads run this same bundle.
if (isArchiveWorker()) runArchiveWorker();
else if (require.main === module) void main();
