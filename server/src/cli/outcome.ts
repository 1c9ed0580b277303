/** What a run prints and how it exits, from the reports and the options. */
import type { CliOptions } from './args';
import type { FileReport } from './report';
import { FORMATS } from './formats';

export function formatReports(opts: CliOptions, reports: readonly FileReport[], unreadable: number, version: string): string {
  return FORMATS[opts.format].write(reports, { unreadable, version });
}

/**
 * 2 when a config file or a file could not be used (the result is incomplete, so it must not pass),
 * else 1 when the problems found fail the run (`--fail-on`, `--max-warnings`), else 0.
 */
export function exitCode(opts: CliOptions, reports: readonly FileReport[], incomplete: boolean): 0 | 1 | 2 {
  if (incomplete) return 2;
  const all = reports.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (errors > 0) return 1;
  if (opts.failOn === 'warning' && warnings > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) return 1;
  return 0;
}
