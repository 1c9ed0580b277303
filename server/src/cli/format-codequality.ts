/**
 * GitLab Code Quality JSON: an array of issues that GitLab shows in merge requests. GitLab matches
 * issues between the base and the head branch by fingerprint, so the fingerprint leaves out line
 * numbers (an edit above a problem must not make it look new) and counts repeats instead.
 */
import { createHash } from 'node:crypto';
import type { FileReport, SeverityName } from './report';

const SEVERITY: Record<SeverityName, string> = { error: 'major', warning: 'minor', information: 'info', hint: 'info' };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

export function codeQualityIssues(reports: readonly FileReport[]): CodeQualityIssue[] {
  const issues: CodeQualityIssue[] = [];
  for (const r of reports) {
    const path = r.file.split('\\').join('/');
    const seen = new Map<string, number>();
    for (const d of r.diagnostics) {
      const key = `${path}\u0000${d.code}\u0000${d.message}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      issues.push({
        description: `${d.code}: ${d.message}`,
        check_name: d.code,
        fingerprint: createHash('sha256').update(`${key}\u0000${nth}`).digest('hex'),
        severity: SEVERITY[d.severity],
        location: { path, lines: { begin: d.line, end: d.endLine } },
      });
    }
  }
  return issues;
}

export function formatCodeQuality(reports: readonly FileReport[]): string {
  return JSON.stringify(codeQualityIssues(reports), null, 2) + '\n';
}
