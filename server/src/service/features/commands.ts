/**
 * What the editor's commands ask of the service: a new document from a preset, the sections a
 * document still lacks (with the edit that adds each), and the incident summary for the status bar.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { PostmortemDocument } from '../model';
import type { Schema } from '../schema/types';
import { headingLine, insertSectionEdit } from '../edits/sections';
import { isAlternative } from '../schema/alternatives';

/**
 * A new postmortem: front matter with the given date and title, and every section of the schema
 * (required first in schema order, then the optional ones) with its outline. `date` is YYYY-MM-DD.
 * The title is in the front matter only: markdownlint (MD025) counts a front-matter title as the
 * document's H1, so a second `# title` would be a second top-level heading.
 */
export function templateText(schema: Schema, date: string, title = 'TODO: incident title'): string {
  const parts = [`---\ntitle: ${title}\ndate: ${date}\nseverity: TODO\nstatus: draft\n---`];
  for (const s of schema.sections.filter((x) => !isAlternative(x))) {
    const heading = headingLine('atx', 2, s.title);
    parts.push(s.skeleton.trim() === '' ? heading : `${heading}\n\n${s.skeleton.trimEnd()}`);
  }
  return parts.join('\n\n') + '\n';
}

export interface MissingSection {
  id: string;
  title: string;
  required: boolean;
  edit: TextEdit;
}

/** Schema sections the document does not have yet, in schema order, each with its insertion. */
export function missingSections(doc: PostmortemDocument, schema: Schema): MissingSection[] {
  const present = new Set(doc.sections.flatMap((s) => s.ids));
  return schema.sections
    .filter((s) => !present.has(s.id))
    .map((s) => ({ id: s.id, title: s.title, required: s.required, edit: insertSectionEdit(doc, schema, s) }));
}

export interface IncidentSummary {
  durationMinutes: number | null;
  start: string | null;
  end: string | null;
  entries: number;
}

export function incidentSummary(doc: PostmortemDocument): IncidentSummary {
  const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
  return {
    durationMinutes: doc.incident.durationMinutes,
    start: iso(doc.incident.start),
    end: iso(doc.incident.end),
    entries: doc.timeline.entries.length,
  };
}
