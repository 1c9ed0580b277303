/** Command-line arguments. Anything unexpected is a usage error (exit 2) with one line saying why. */
import { presetList } from '../service';
import { FORMAT_NAMES, formatHelp, isFormat, type Format } from './formats';
import { flag, readArgv, text, texts, UsageError, type OptionSpecs } from './argv';

export type { Format } from './formats';
export type FailOn = 'error' | 'warning';

export interface CliOptions {
  format: Format;
  preset?: string;
  config?: string;
  fix: boolean;
  /** The lowest severity that makes the run fail (exit 1). */
  failOn: FailOn;
  /** More warnings than this fail the run, whatever `failOn` says. */
  maxWarnings?: number;
  paths: string[];
  /** `--files GLOB`: inside folders, check only postmortems (the editor's `postmortem.files`). */
  files: string[];
  help: boolean;
  version: boolean;
}

export { UsageError } from './argv';

export const USAGE = `Usage: postmortem-lint [--format FORMAT] [--preset NAME] [--config FILE] [--fix]
                       [--fail-on error|warning] [--max-warnings N] [--files GLOB] PATH...
       postmortem-lint timeline FILE [--format svg|mermaid|csv|json]   (see timeline --help)
       postmortem-lint report [--format md|html|json] ... PATH...   (see report --help)

Checks incident postmortems against a schema. PATH is a file or a folder; folders are searched
for *.md, *.markdown, *.txt and *.wiki, skipping node_modules and dot-folders.

  --format FORMAT     one of:
${formatHelp(' '.repeat(22))}
  --preset NAME       ${presetList()}, when no config file says otherwise
  --config FILE       use this config file instead of the nearest .postmortem.yaml
  --fix               apply every safe fix in place, then report what is left
  --fail-on LEVEL     error (default): only errors fail the run; warning: warnings fail it too
  --max-warnings N    fail the run when there are more than N warnings
  --files GLOB        inside folders, check only the files that are postmortems: those the
                      glob matches (repeatable; like the editor's postmortem.files setting),
                      *.postmortem.* files and files whose front matter says type: postmortem
  -h, --help          show this help
  --version           print the version

Exit codes: 0 nothing that fails the run, 1 errors (or warnings, per --fail-on and
--max-warnings) found, 2 usage, config or I/O problem.`;

const OPTIONS: OptionSpecs = {
  format: { type: 'string' },
  preset: { type: 'string' },
  config: { type: 'string' },
  fix: { type: 'boolean' },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  files: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
};

export function parseArgs(argv: readonly string[]): CliOptions {
  const a = readArgv(argv, OPTIONS, '(see --help)');
  const format = text(a, 'format') ?? 'stylish';
  if (!isFormat(format)) throw new UsageError(`unknown format '${format}' (use ${FORMAT_NAMES.join(', ')})`);
  const failOn = text(a, 'fail-on') ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning') throw new UsageError(`unknown --fail-on level '${failOn}' (use error or warning)`);
  const maxWarnings = text(a, 'max-warnings');
  return {
    format,
    preset: text(a, 'preset'),
    config: text(a, 'config'),
    fix: flag(a, 'fix'),
    failOn,
    maxWarnings: maxWarnings === undefined ? undefined : count('--max-warnings', maxWarnings),
    paths: a.positionals,
    files: texts(a, 'files'),
    help: flag(a, 'help'),
    version: flag(a, 'version'),
  };
}

function count(flag: string, v: string): number {
  if (!/^\d+$/.test(v)) throw new UsageError(`option ${flag} needs a whole number, not '${v}'`);
  return Number(v);
}
