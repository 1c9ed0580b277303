/**
 * Archive insights: facts per postmortem, and the report across all of them. Pure, like the
 * service it reads from; the CLI (`postmortem-lint report`) and the editor's view are its shells.
 */
export type { IncidentFacts, OpenAction, Completeness, GroupBy, Metric } from './types';
export { METRICS } from './types';
export { extractFacts, DEFAULT_SERVICE_LABELS, type FactOptions } from './facts';
export { buildReport, type ArchiveReport, type IncidentRow, type ReportOptions } from './report';
export { median, percentile, statOf, MIN_TREND, type Stat } from './stats';
export { DEFAULT_WINDOW_DAYS } from './repeats';
export { formatMarkdown } from './format-md';
export { formatHtml, type HtmlOptions } from './format-html';
export { formatJson, REPORT_FORMAT_VERSION } from './format-json';
export { fileHref, type FormatOptions } from './format-common';
