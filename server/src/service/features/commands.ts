/**
 * What the editor's commands ask of the service: a new document from a preset, the sections a
 * document still lacks (with the edit that adds each), and the incident summary for the status bar.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { PostmortemDocument } from '../model';
import type { Schema, SectionSpec } from '../schema/types';
import { headingLine, insertSectionEdit } from '../edits/sections';
import { isAlternative } from '../schema/alternatives';
import { escapeSnippet } from './completion';

/** The title a new postmortem starts with; quoted, so a title the writer types with a colon stays valid YAML. */
const NEW_TITLE = 'TODO: incident title';

/** A section's skeleton plus a line for each required field the skeleton does not already write. */
function sectionBody(s: SectionSpec): string {
  const body = s.skeleton.trimEnd();
  const written = (label: string): boolean => body.toLowerCase().includes(`${label.toLowerCase()}:`);
  const missing = s.fields.filter((f) => f.required && ![f.label, ...f.aliases].some(written));
  return [body, ...missing.map((f) => `- **${f.label}:** TODO`)].filter((l) => l !== '').join('\n');
}

/**
 * A new postmortem: front matter with the given date and title, and every section of the schema
 * (required first in schema order, then the optional ones) with its outline. `date` is YYYY-MM-DD.
 * Only placeholders are left to fill in: the template itself causes no error. The title is in the
 * front matter only: markdownlint (MD025) counts a front-matter title as the document's H1, so a
 * second `# title` would be a second top-level heading.
 */
export function templateText(schema: Schema, date: string, title = NEW_TITLE): string {
  const parts = [`---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\nseverity: TODO\nstatus: draft\n---`];
  for (const s of schema.sections.filter((x) => !isAlternative(x))) {
    const heading = headingLine('atx', 2, s.title);
    const body = sectionBody(s);
    parts.push(body === '' ? heading : `${heading}\n\n${body}`);
  }
  return parts.join('\n\n') + '\n';
}

/**
 * The template as a snippet: the title is the first tab stop (mirrored in the heading) and each
 * TODO, with the rest of its line, is a further stop, so Tab walks through what is left to write.
 */
export function templateSnippet(schema: Schema, date: string): string {
  const text = escapeSnippet(templateText(schema, date, NEW_TITLE));
  let stop = 1;
  return text
    .split('\n')
    .map((line) => {
      if (line === `title: "${NEW_TITLE}"`) return `title: "\${1:${NEW_TITLE}}"`;
      // A placeholder like `TODO: what happened` runs to the end of its table cell or line.
      const cells = line.split('|').map((cell) =>
        cell.replace(/TODO.*$/, (todo) => {
          const text = todo.trimEnd();
          return `\${${++stop}:${text}}${todo.slice(text.length)}`;
        }),
      );
      return cells.join('|');
    })
    .join('\n');
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

export interface SectionProgress {
  /** Sections with real content: present, not empty, no placeholder left. */
  written: number;
  /** Required sections, plus optional ones the document has. */
  total: number;
  /** Those sections in schema order: the checklist the status bar's tooltip shows. */
  sections: Array<{ title: string; written: boolean }>;
}

/** How far the writer is: the status bar's "3 of 7 sections written", a checklist rather than a list of errors. */
export function sectionProgress(doc: PostmortemDocument, schema: Schema): SectionProgress {
  const placeholderLines = new Set(doc.markers.filter((m) => m.kind === 'placeholder').map((m) => m.range.start.line));
  const sections: SectionProgress['sections'] = [];
  for (const spec of schema.sections) {
    const section = doc.sections.find((s) => s.ids.includes(spec.id));
    if (!section && !spec.required) continue;
    sections.push({ title: spec.title, written: section !== undefined && isWritten(doc, section.bodyStart, section.end, placeholderLines) });
  }
  return { written: sections.filter((s) => s.written).length, total: sections.length, sections };
}

function isWritten(doc: PostmortemDocument, from: number, to: number, placeholderLines: ReadonlySet<number>): boolean {
  let content = false;
  for (let line = from; line <= to; line++) {
    if (placeholderLines.has(line)) return false;
    if (doc.lines[line]!.text.trim() !== '') content = true;
  }
  return content;
}
