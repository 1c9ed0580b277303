/**
 * JUnit XML, the report format GitLab's and Jenkins' test views read: one test suite per file,
 * one failing test case per problem, and one passing case for a file without problems (so the
 * file still shows up as checked).
 */
import type { FileReport, ReportDiagnostic } from './report';

function escapeXml(s: string): string {
  // XML 1.0 cannot hold most control characters even escaped; a postmortem may contain them.
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function testCase(file: string, d: ReportDiagnostic): string {
  const name = escapeXml(`${d.code} at ${d.line}:${d.column}`);
  const where = `${file}:${d.line}:${d.column}`;
  return [
    `    <testcase name="${name}" classname="${escapeXml(file)}" file="${escapeXml(file)}" line="${d.line}">`,
    `      <failure message="${escapeXml(d.message)}" type="${escapeXml(d.severity)}">${escapeXml(`${where} ${d.severity} ${d.code} ${d.message}`)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

function testSuite(r: FileReport): string {
  const file = r.file.split('\\').join('/');
  const cases = r.diagnostics.length
    ? r.diagnostics.map((d) => testCase(file, d))
    : [`    <testcase name="postmortem" classname="${escapeXml(file)}" file="${escapeXml(file)}"/>`];
  const count = Math.max(1, r.diagnostics.length);
  return [
    `  <testsuite name="${escapeXml(file)}" tests="${count}" failures="${r.diagnostics.length}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

export function formatJunit(reports: readonly FileReport[]): string {
  const tests = reports.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  const failures = reports.reduce((n, r) => n + r.diagnostics.length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="postmortem-lint" tests="${tests}" failures="${failures}" errors="0">`,
    ...reports.map(testSuite),
    '</testsuites>',
    '',
  ].join('\n');
}
