/**
 * The registry of output formats: adding one is a file that turns reports into text, and an entry
 * here. `--format`'s check, its help text and the action's input description all come from it.
 */
import type { FileReport } from './report';
import { formatStylish } from './format-stylish';
import { formatSarif } from './format-sarif';
import { formatGithub } from './format-github';
import { formatJunit } from './format-junit';
import { formatCodeQuality } from './format-codequality';

export interface RunFacts {
  /** Files that could not be read (their messages went to stderr). */
  unreadable: number;
  version: string;
}

export interface OutputFormat {
  /** A few words for --help: what reads this output. */
  help: string;
  write(reports: readonly FileReport[], run: RunFacts): string;
}

export const FORMATS = {
  stylish: { help: 'for people (the default)', write: (r, run) => formatStylish(r, run.unreadable) },
  json: { help: 'one record per file, for scripts', write: (r) => JSON.stringify(r, null, 2) + '\n' },
  sarif: { help: 'SARIF 2.1.0, for code scanning', write: (r, run) => formatSarif(r, run.version) },
  github: { help: 'GitHub workflow annotations', write: (r) => formatGithub(r) },
  junit: { help: 'JUnit XML, for test report widgets', write: (r) => formatJunit(r) },
  codequality: { help: 'GitLab Code Quality JSON', write: (r) => formatCodeQuality(r) },
} as const satisfies Record<string, OutputFormat>;

export type Format = keyof typeof FORMATS;

export const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

export function isFormat(name: string): name is Format {
  return Object.hasOwn(FORMATS, name);
}

/** The --format lines of --help, one format per line. */
export function formatHelp(indent: string): string {
  return FORMAT_NAMES.map((name) => `${indent}${name.padEnd(12)}${FORMATS[name].help}`).join('\n');
}
