/**
 * Workspace symbols: one small summary per postmortem (title, incident id, date) and the matching
 * over those summaries. The server decides which files to read and when; this part is pure.
 */
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-types';
import type { PostmortemDocument, Range } from '../model';

export interface WorkspaceSymbolEntry {
  uri: string;
  title: string;
  /** Where the title is written. */
  range: Range;
  incidentId: string | null;
  /** `YYYY-MM-DD` when the date is known as an instant, else as written. */
  date: string | null;
}


/** The searchable summary of one document. */
export function workspaceSymbolEntries(doc: PostmortemDocument, uri: string): WorkspaceSymbolEntry[] {
  const { title, range } = titleOf(doc, uri);
  return [{ uri, title, range, incidentId: incidentIdOf(doc), date: dateOf(doc) }];
}

function frontMatterValue(doc: PostmortemDocument, keys: string[]): { text: string; range: Range } | null {
  for (const key of keys) {
    const e = doc.frontMatter?.entries.find((x) => x.key === key);
    if (!e || e.value === null || e.value === undefined || typeof e.value === 'object' && !(e.value instanceof Date)) continue;
    const text = e.value instanceof Date ? e.value.toISOString().slice(0, 10) : String(e.value).trim();
    if (text !== '') return { text, range: e.valueRange };
  }
  return null;
}

function titleOf(doc: PostmortemDocument, uri: string): { title: string; range: Range } {
  const fm = frontMatterValue(doc, ['title']);
  if (fm) return { title: fm.text, range: fm.range };
  const heading = doc.headings[0];
  if (heading) return { title: heading.text, range: heading.textRange };
  const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  return { title: name, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** A field by its schema id: the schema says which labels and front-matter keys mean it. */
function fieldText(doc: PostmortemDocument, id: string): string | null {
  const keys = doc.fields.filter((f) => f.id === id && f.style === 'front-matter').map((f) => f.key);
  const fm = frontMatterValue(doc, keys);
  if (fm) return fm.text;
  const field = doc.fields.find((f) => f.id === id && f.style !== 'front-matter' && f.value.trim() !== '');
  return field ? field.value.trim() : null;
}

function incidentIdOf(doc: PostmortemDocument): string | null {
  return fieldText(doc, 'incident-id');
}

function dateOf(doc: PostmortemDocument): string | null {
  if (doc.incident.start !== null) return new Date(doc.incident.start).toISOString().slice(0, 10);
  return fieldText(doc, 'date');
}

/**
 * The entries matching `query`, best first, at most `limit`. A substring of the title, id or date
 * beats letters of the title in order ("lbo" finds "Load Balancer Outage"); an empty query lists
 * the newest first.
 */
export function matchWorkspaceSymbols(entries: readonly WorkspaceSymbolEntry[], query: string, limit: number): WorkspaceSymbol[] {
  const q = query.trim().toLowerCase();
  const scored: { e: WorkspaceSymbolEntry; score: number }[] = [];
  for (const e of entries) {
    const score = scoreOf(e, q);
    if (score > 0) scored.push({ e, score });
  }
  scored.sort((a, b) => b.score - a.score || (b.e.date ?? '').localeCompare(a.e.date ?? '') || a.e.title.localeCompare(b.e.title));
  return scored.slice(0, Math.max(0, limit)).map(({ e }) => toSymbol(e));
}

function scoreOf(e: WorkspaceSymbolEntry, q: string): number {
  if (q === '') return 1;
  const title = e.title.toLowerCase();
  const id = (e.incidentId ?? '').toLowerCase();
  if (id === q) return 100;
  if (title.startsWith(q)) return 80;
  if (id.includes(q) || (e.date ?? '').toLowerCase().includes(q)) return 70;
  if (title.includes(q)) return 60;
  return inOrder(title, q.replace(/\s+/g, '')) ? 20 : 0;
}

/** Whether every character of `q` appears in `text` in order. */
function inOrder(text: string, q: string): boolean {
  let k = 0;
  for (let i = 0; i < text.length && k < q.length; i++) if (text[i] === q[k]) k++;
  return k === q.length;
}

function toSymbol(e: WorkspaceSymbolEntry): WorkspaceSymbol {
  const container = [e.incidentId, e.date].filter((x) => x !== null).join(' · ');
  const s: WorkspaceSymbol = { name: e.title, kind: SymbolKind.File, location: { uri: e.uri, range: e.range } };
  if (container) s.containerName = container;
  return s;
}
