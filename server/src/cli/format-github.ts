/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`): the runner turns each into
 * an annotation on the pull request's diff and in the job summary.
 */
import type { FileReport, SeverityName } from './report';
import { isRuleCode } from '../service';
import { ruleDocUrl } from '../service';

// GitHub has three annotation levels; information and hints are notices.
const COMMAND: Record<SeverityName, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** The runner splits commands on line breaks and decodes %XX, so these must be escaped. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also end at `,` and `:`. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const props = [
        `file=${escapeProperty(r.file.split('\\').join('/'))}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(`postmortem ${d.code}`)}`,
      ];
      const help = isRuleCode(d.code) ? ` (${ruleDocUrl(d.code)})` : '';
      lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message + help)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
