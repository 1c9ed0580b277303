/** The archive report as JSON for dashboards; its shape is published in server/schemas/report.schema.json. */
import type { ArchiveReport } from './report';

/** Bumped when a field changes meaning or goes away; new fields do not bump it. */
export const REPORT_FORMAT_VERSION = 1;

/** Compact: a 10,000-postmortem archive lists every open item, and indentation would double its size. */
export function formatJson(r: ArchiveReport): string {
  return `${JSON.stringify({ formatVersion: REPORT_FORMAT_VERSION, ...r })}\n`;
}
