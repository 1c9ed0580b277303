/**
 * `postmortem/archiveInsights`: the archive report for the editor's Show Archive Insights view.
 * The client names the workspace's postmortems (it knows the `postmortem.files` globs); this reads
 * each one (the editor's buffer when it is open), keeps its facts by path and modification time,
 * and builds the same report as `postmortem-lint report`. A save re-reads only the saved file.
 */
import { readFileSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageService, type Schema } from '../service';
import { buildReport, extractFacts, type ArchiveReport, type GroupBy, type IncidentFacts } from '../insights';
import { URI } from './uri';

export interface ArchiveInsightsParams {
  /** File uris of the workspace's postmortems. */
  uris: string[];
  /** YYYY-MM-DD in the user's zone. */
  today: string;
  groupBy?: GroupBy;
}

/** Files the view reads; a workspace beyond this gets a report on the first ones, and says so in the log. */
const MAX_FILES = 10_000;
const MAX_BYTES = 4 * 1024 * 1024;

interface Host {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The editor's service: open documents are read from its cached analysis. */
  service: LanguageService;
  schemaOf(uri: string): Schema;
  folders(): string[];
  log(message: string): void;
}

export function registerArchiveInsights(host: Host): void {
  const cache = new Map<string, { stamp: string; facts: IncidentFacts | null }>();
  // Closed files are analysed once for their facts and not kept: a second service, with no cache to grow.
  const files = createLanguageService({ schemaFor: host.schemaOf });

  const factsOf = (uri: string): IncidentFacts | null => {
    const path = URI.toFsPath(uri);
    if (path === null || !host.folders().some((f) => path === f || path.startsWith(f + sep))) return null;
    const open = host.documents.get(uri);
    if (open) {
      const a = host.service.analyze(open);
      return extractFacts(path, a.doc, a.diagnostics, host.schemaOf(uri));
    }
    let st;
    try {
      st = statSync(path);
    } catch {
      cache.delete(uri);
      return null;
    }
    const stamp = `${st.mtimeMs}:${st.size}`;
    const hit = cache.get(uri);
    if (hit && hit.stamp === stamp) return hit.facts;
    let facts: IncidentFacts | null = null;
    if (st.isFile() && st.size <= MAX_BYTES) {
      try {
        const schema = host.schemaOf(uri);
        const text = readFileSync(path, 'utf8');
        const a = files.analyze({ uri, version: 0, getText: () => text });
        files.forget(uri);
        facts = extractFacts(path, a.doc, a.diagnostics, schema);
      } catch (e) {
        host.log(`archive insights: skipped ${path}: ${String(e)}`);
      }
    }
    cache.set(uri, { stamp, facts });
    return facts;
  };

  host.connection.onRequest('postmortem/archiveInsights', (p: ArchiveInsightsParams): ArchiveReport => {
    const uris = p.uris.slice(0, MAX_FILES);
    if (p.uris.length > MAX_FILES) host.log(`archive insights: ${p.uris.length} files; the report reads the first ${MAX_FILES}`);
    const facts = uris.map(factsOf).filter((f): f is IncidentFacts => f !== null);
    const folder = host.folders()[0];
    const name = folder ? `Postmortem archive: ${folder.split(sep).pop()}` : 'Postmortem archive';
    return buildReport(facts, { today: p.today, groupBy: p.groupBy, name });
  });
}

