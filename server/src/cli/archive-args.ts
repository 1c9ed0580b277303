/** Arguments of `postmortem-lint report`. Anything unexpected is a usage error (exit 2) saying why. */
import type { GroupBy } from '../insights';
import { flag, readArgv, text, texts, UsageError, type OptionSpecs } from './argv';

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

const OPTIONS: OptionSpecs = {
  format: { type: 'string' },
  'group-by': { type: 'string' },
  since: { type: 'string' },
  'as-of': { type: 'string' },
  output: { type: 'string', short: 'o' },
  window: { type: 'string' },
  jobs: { type: 'string' },
  'service-field': { type: 'string', multiple: true },
  preset: { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export function parseArchiveArgs(argv: readonly string[]): ArchiveOptions {
  const a = readArgv(argv, OPTIONS, 'for report (see report --help)');
  const optional = <T>(name: string, read: (flag: string, v: string) => T): T | undefined => {
    const v = text(a, name);
    return v === undefined ? undefined : read(`--${name}`, v);
  };
  return {
    format: optional('format', (f, v) => oneOf(f, v, FORMATS)) ?? 'md',
    groupBy: optional('group-by', (f, v) => oneOf(f, v, GROUPS)) ?? 'severity',
    since: optional('since', day),
    asOf: optional('as-of', day),
    out: text(a, 'output'),
    windowDays: optional('window', whole),
    jobs: optional('jobs', whole) ?? 0,
    serviceLabels: texts(a, 'service-field'),
    preset: text(a, 'preset'),
    config: text(a, 'config'),
    paths: a.positionals,
    help: flag(a, 'help'),
  };
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
