/** Command-line arguments. Anything unexpected is a usage error (exit 2) with one line saying why. */
import { presetList } from '../service';
import { FORMAT_NAMES, formatHelp, isFormat, type Format } from './formats';

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

export class UsageError extends Error {}

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

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = { format: 'stylish', fix: false, failOn: 'error', paths: [], files: [], help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`option ${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const f = value();
        if (!isFormat(f)) throw new UsageError(`unknown format '${f}' (use ${FORMAT_NAMES.join(', ')})`);
        o.format = f;
        break;
      }
      case '--fail-on': {
        const level = value();
        if (level !== 'error' && level !== 'warning') throw new UsageError(`unknown --fail-on level '${level}' (use error or warning)`);
        o.failOn = level;
        break;
      }
      case '--max-warnings':
        o.maxWarnings = count(flag, value());
        break;
      case '--preset':
        o.preset = value();
        break;
      case '--config':
        o.config = value();
        break;
      case '--files':
        o.files.push(value());
        break;
      case '--fix':
        o.fix = true;
        break;
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '--version':
        o.version = true;
        break;
      case '--':
        o.paths.push(...argv.slice(i + 1));
        return o;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}' (see --help)`);
        o.paths.push(a);
    }
  }
  return o;
}

function count(flag: string, v: string): number {
  if (!/^\d+$/.test(v)) throw new UsageError(`option ${flag} needs a whole number, not '${v}'`);
  return Number(v);
}
