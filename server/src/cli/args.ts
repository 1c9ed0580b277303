/** Command-line arguments. Anything unexpected is a usage error (exit 2) with one line saying why. */
export type Format = 'stylish' | 'json' | 'sarif';

export interface CliOptions {
  format: Format;
  preset?: string;
  config?: string;
  fix: boolean;
  paths: string[];
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif'];

export const USAGE = `Usage: postmortem-lint [--format stylish|json|sarif] [--preset NAME] [--config FILE] [--fix] PATH...

Checks incident postmortems against a schema. PATH is a file or a folder; folders are searched
for *.md, *.markdown, *.txt and *.wiki, skipping node_modules and dot-folders.

  --format FORMAT  stylish (default), json, or sarif (SARIF 2.1.0)
  --preset NAME    default, google-sre, wikimedia or pagerduty, when no config file says otherwise
  --config FILE    use this config file instead of the nearest .postmortem.yaml
  --fix            apply every safe fix in place, then report what is left
  -h, --help       show this help
  --version        print the version

Exit codes: 0 no errors, 1 errors found, 2 usage, config or I/O problem.`;

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = { format: 'stylish', fix: false, paths: [], help: false, version: false };
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
        if (!FORMATS.includes(f as Format)) throw new UsageError(`unknown format '${f}' (use stylish, json or sarif)`);
        o.format = f as Format;
        break;
      }
      case '--preset':
        o.preset = value();
        break;
      case '--config':
        o.config = value();
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
