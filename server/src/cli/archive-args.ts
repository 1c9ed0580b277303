/** Arguments of `postmortem-lint report`. Anything unexpected is a usage error (exit 2) saying why. */
import type { GroupBy } from '../insights';
import { UsageError } from './args';

export type ArchiveFormat = 'md' | 'html' | 'json';

export interface ArchiveOptions {
  format: ArchiveFormat;
  since?: string;
  groupBy: GroupBy;
  out?: string;
  asOf?: string;
  windowDays?: number;
  serviceLabels: string[];
  preset?: string;
  config?: string;
  /** Worker threads; 0 chooses from the machine and the archive's size. */
  jobs: number;
  paths: string[];
  help: boolean;
}

const FORMATS: readonly ArchiveFormat[] = ['md', 'html', 'json'];
const GROUPS: readonly GroupBy[] = ['severity', 'service', 'month', 'quarter'];

export const ARCHIVE_USAGE = `Usage: postmortem-lint report [--format md|html|json] [--since DATE]
                              [--group-by severity|service|month|quarter] [-o FILE] PATH...

Reports across every postmortem under PATH: one row per incident, median and 90th percentile of
duration, TTD, TTM and TTR per group and per quarter, every open action item, and incidents that
look like repeats.

  --format FORMAT      md (default), html (one self-contained file) or json (see report.schema.json)
  --since DATE         only incidents on or after DATE (YYYY-MM-DD); undated ones are left out
  --group-by KEY       severity (default), service, month or quarter
  -o, --output FILE    write the report to FILE instead of standard output
  --as-of DATE         count ages and overdue items to DATE instead of today
  --window DAYS        days within which two incidents can be repeats (default 90)
  --service-field NAME a front-matter key or field label that names the services (repeatable)
  --preset NAME, --config FILE   as for checking
  --jobs N             worker threads (default: chosen from the cores and the archive's size)

Exit codes: 0 the report was written, 2 usage, config or I/O problem (the report is still
written when some files could not be read).`;

export function parseArchiveArgs(argv: readonly string[]): ArchiveOptions {
  const o: ArchiveOptions = { format: 'md', groupBy: 'severity', serviceLabels: [], jobs: 0, paths: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`option ${flag} needs a value`);
      return v;
    };
    if (flag === '--') {
      o.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!flag.startsWith('-') || flag === '-') o.paths.push(a);
    else option(o, flag, value);
  }
  return o;
}

function option(o: ArchiveOptions, flag: string, value: () => string): void {
  switch (flag) {
    case '--format':
      o.format = oneOf(flag, value(), FORMATS);
      return;
    case '--group-by':
      o.groupBy = oneOf(flag, value(), GROUPS);
      return;
    case '--since':
      o.since = day(flag, value());
      return;
    case '--as-of':
      o.asOf = day(flag, value());
      return;
    case '-o':
    case '--output':
      o.out = value();
      return;
    case '--window':
      o.windowDays = whole(flag, value());
      return;
    case '--jobs':
      o.jobs = whole(flag, value());
      return;
    case '--service-field':
      o.serviceLabels.push(value());
      return;
    case '--preset':
      o.preset = value();
      return;
    case '--config':
      o.config = value();
      return;
    case '-h':
    case '--help':
      o.help = true;
      return;
    default:
      throw new UsageError(`unknown option '${flag}' for report (see report --help)`);
  }
}

function oneOf<T extends string>(flag: string, v: string, allowed: readonly T[]): T {
  if (!allowed.includes(v as T)) throw new UsageError(`unknown ${flag} value '${v}' (use ${allowed.join(', ')})`);
  return v as T;
}

function day(flag: string, v: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const t = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!t || t.getUTCDate() !== Number(m![3]) || t.getUTCMonth() !== Number(m![2]) - 1) throw new UsageError(`option ${flag} needs a date as YYYY-MM-DD, not '${v}'`);
  return v;
}

function whole(flag: string, v: string): number {
  if (!/^\d{1,6}$/.test(v)) throw new UsageError(`option ${flag} needs a whole number, not '${v}'`);
  return Number(v);
}
