/** Turning an analysis into the plain records every output format prints. */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Analysis, PostmortemDocument } from '../service';
import type { TimelineEntry } from '../service';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

export interface ReportDiagnostic {
  code: string;
  severity: SeverityName;
  message: string;
  /** 1-based, as editors and SARIF count. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FileReport {
  file: string;
  diagnostics: ReportDiagnostic[];
  sections: { id: string; title: string; line: number }[];
  fields: Record<string, { value: string; line: number }>;
  /** `offsetMinutes` from the first entry in document order; `sinceStartMinutes` from the incident start. */
  timeline: { line: number; text: string; time: string | null; offsetMinutes: number; sinceStartMinutes: number; dateOnly?: true }[];
  incident: {
    start: string | null;
    end: string | null;
    durationMinutes: number | null;
    timeToDetectMinutes: number | null;
    timeToMitigateMinutes: number | null;
    timeToResolveMinutes: number | null;
    /** Where the window came from: stated, prose, milestones or entries. */
    source: string | null;
    /** One window per incident, for a report of several. */
    incidents?: { line: number; start: string | null; end: string | null; durationMinutes: number | null }[];
  } | null;
}

const NAMES: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

export function toReportDiagnostic(d: Diagnostic): ReportDiagnostic {
  return {
    code: String(d.code ?? ''),
    severity: NAMES[d.severity ?? 1] ?? 'error',
    message: typeof d.message === 'string' ? d.message : d.message.value,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function fileReport(file: string, analysis: Analysis, extra: Diagnostic[] = []): FileReport {
  const { doc } = analysis;
  return {
    file,
    diagnostics: [...extra, ...analysis.diagnostics].map(toReportDiagnostic),
    sections: sectionsOf(doc),
    fields: fieldsOf(doc),
    timeline: doc.timeline.entries.map(entryOf),
    incident: incidentOf(doc),
  };
}

function entryOf(e: TimelineEntry): FileReport['timeline'][number] {
  const out: FileReport['timeline'][number] = { line: e.line + 1, text: e.text, time: iso(e.instant), offsetMinutes: e.offsetMinutes, sinceStartMinutes: e.sinceStartMinutes };
  if (e.dateOnly) out.dateOnly = true;
  return out;
}

function sectionsOf(doc: PostmortemDocument): FileReport['sections'] {
  return doc.sections
    .filter((s) => !s.subsection)
    .flatMap((s) => s.ids.map((id) => ({ id, title: s.heading.text, line: s.heading.line + 1 })));
}

function fieldsOf(doc: PostmortemDocument): FileReport['fields'] {
  const out: FileReport['fields'] = {};
  for (const f of doc.fields) if (f.id && !(f.id in out)) out[f.id] = { value: f.value, line: f.line + 1 };
  return out;
}

function incidentOf(doc: PostmortemDocument): FileReport['incident'] {
  const i = doc.incident;
  if (i.source === null && i.durationMinutes === null && doc.timeline.entries.length === 0) return null;
  return {
    start: iso(i.start),
    end: iso(i.end),
    durationMinutes: i.durationMinutes,
    timeToDetectMinutes: i.timeToDetectMinutes,
    timeToMitigateMinutes: i.timeToMitigateMinutes,
    timeToResolveMinutes: i.timeToResolveMinutes,
    source: i.source,
    ...(i.parts.length > 0 ? { incidents: i.parts.map((p) => ({ line: doc.sections[p.section]!.heading.line + 1, start: iso(p.start), end: iso(p.end), durationMinutes: p.durationMinutes })) } : {}),
  };
}

/** A report for a file that is not a postmortem but has problems (a config file). */
export function bareReport(file: string, diagnostics: Diagnostic[]): FileReport {
  return { file, diagnostics: diagnostics.map(toReportDiagnostic), sections: [], fields: {}, timeline: [], incident: null };
}
