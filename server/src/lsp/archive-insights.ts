/**
 * `postmortem/archiveInsights`: the archive report for the editor's Show Archive Insights view.
 * The workspace's postmortems are found as workspace symbols find them: the same bounded walk of
 * the workspace folders (`WorkspaceFiles`) and the same answer to "is this a postmortem" (the
 * `postmortem.files` setting, `*.postmortem.*` names, `type: postmortem`). Each file's facts are
 * kept by its stamp, so a save re-reads one file; open documents come from the editor's analysis.
 */
import { sep } from 'node:path';
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, uriPath, type LanguageService, type Schema, type WorkspaceFiles } from '../service';
import { buildReport, extractFacts, type ArchiveReport, type GroupBy, type IncidentFacts } from '../insights';

export interface ArchiveInsightsParams {
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
  workspace: WorkspaceFiles;
  schemaOf(uri: string): Schema;
  /** The `postmortem.files` globs that decide whether a file is a postmortem. */
  globsOf(uri: string): readonly string[];
  folders(): string[];
  log(message: string): void;
}

export function registerArchiveInsights(host: Host): void {
  /** Facts by uri, for as long as the file, its schema and the globs that admitted it stay the same. */
  const cache = new Map<string, { stamp: string; schema: Schema; globs: string; facts: IncidentFacts | null }>();
  // Closed files are analysed once for their facts and not kept: a second service, with no cache to grow.
  const files = createLanguageService({ schemaFor: host.schemaOf });

  const read = (uri: string, schema: Schema): IncidentFacts | null => {
    const text = host.workspace.read(uri, MAX_BYTES);
    if (text === null || !host.service.isPostmortem({ uri, path: uriPath(uri), head: text })) return null;
    const open = host.documents.get(uri);
    const analysis = open ? host.service.analyze(open) : files.analyze({ uri, version: 0, getText: () => text });
    if (!open) files.forget(uri);
    return extractFacts(uriPath(uri), analysis.doc, analysis.diagnostics, schema);
  };

  const factsOf = (uri: string, schemaOf: (uri: string) => Schema): IncidentFacts | null => {
    const stamp = host.workspace.stamp(uri);
    if (stamp === null) {
      cache.delete(uri);
      return null;
    }
    const schema = schemaOf(uri);
    const globs = host.globsOf(uri).join('\n');
    const hit = cache.get(uri);
    if (hit && hit.stamp === stamp && hit.schema === schema && hit.globs === globs) return hit.facts;
    let facts: IncidentFacts | null = null;
    try {
      facts = read(uri, schema);
    } catch (e) {
      host.log(`archive insights: skipped ${uri}: ${String(e)}`);
    }
    cache.set(uri, { stamp, schema, globs, facts });
    return facts;
  };

  host.connection.onRequest('postmortem/archiveInsights', async (p: Partial<ArchiveInsightsParams> | null, token?: CancellationToken): Promise<ArchiveReport | null> => {
    const listed = host.workspace.list(MAX_FILES + 1);
    if (listed.length > MAX_FILES) host.log(`archive insights: more than ${MAX_FILES} files; the report reads the first ${MAX_FILES}`);
    const uris = listed.slice(0, MAX_FILES);
    const kept = new Set(uris);
    for (const uri of cache.keys()) if (!kept.has(uri)) cache.delete(uri);
    const facts = await readInTurns(uris, factsOf, folderSchemas(host.schemaOf), token);
    if (facts === null) return null;
    const folder = host.folders()[0];
    const name = folder ? `Postmortem archive: ${folder.split(sep).pop()}` : 'Postmortem archive';
    return buildReport(facts, { today: dayOr(p?.today), groupBy: GROUPS.includes(p?.groupBy as GroupBy) ? p!.groupBy : undefined, name });
  });

}

/**
 * Every file's facts, TURN files at a time, giving the event loop back between turns: the first
 * report over a large workspace takes seconds, and hovers, completions and diagnostics must not
 * wait for it. Null when the client cancelled.
 */
async function readInTurns(
  uris: readonly string[],
  factsOf: (uri: string, schemaOf: (uri: string) => Schema) => IncidentFacts | null,
  schemaOf: (uri: string) => Schema,
  token?: CancellationToken,
): Promise<IncidentFacts[] | null> {
  const out: IncidentFacts[] = [];
  for (let i = 0; i < uris.length; i += TURN) {
    if (token?.isCancellationRequested) return null;
    for (const uri of uris.slice(i, i + TURN)) {
      const f = factsOf(uri, schemaOf);
      if (f !== null) out.push(f);
    }
    if (i + TURN < uris.length) await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}

/** Files read between two turns of the event loop: about 20 ms of work. */
const TURN = 25;

/** Files in one folder share their config: one lookup per folder, not per file. */
function folderSchemas(schemaOf: (uri: string) => Schema): (uri: string) => Schema {
  const byFolder = new Map<string, Schema>();
  return (uri) => {
    const folder = uri.slice(0, uri.lastIndexOf('/'));
    let schema = byFolder.get(folder);
    if (!schema) byFolder.set(folder, (schema = schemaOf(uri)));
    return schema;
  };
}

const GROUPS: readonly (GroupBy | undefined)[] = ['severity', 'service', 'month', 'quarter'];

/** The client's today when it sent a real day, else the server's (UTC). */
function dayOr(day: unknown): string {
  return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)) ? day : new Date().toISOString().slice(0, 10);
}
