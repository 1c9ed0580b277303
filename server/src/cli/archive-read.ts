/**
 * Reading one postmortem for the archive report: load its schema, read it, analyze it, keep only
 * the facts. The text and the model are dropped at once, so memory does not grow with the archive.
 */
import { createLanguageService, type LanguageService } from '../service';
import { extractFacts, type IncidentFacts } from '../insights';
import { dirname } from 'node:path';
import { loadSchemaFor, type LoadedSchema } from '../host/config-files';
import { displayPath, IoError, readPostmortem } from './files';

/** What every reader (the main thread or a worker) needs to know; plain data, so it crosses threads. */
export interface ReadSettings {
  preset?: string;
  config?: string;
  roots: string[];
  serviceLabels?: string[];
}

export type ReadOutcome = { facts: IncidentFacts } | { problem: string };

const OUTSIDE_HINT = ' (name it with --config, or run from a folder that holds it)';

export function createArchiveReader(settings: ReadSettings): (file: string) => ReadOutcome[] {
  const saidOnce = new Set<string>();
  // Files in one folder share their config; looking it up once per folder saves most of the stat
  // calls on a large archive. A run is short enough that a config edited during it may be missed.
  const byFolder = new Map<string, LoadedSchema>();
  const schemaFor = (file: string): LoadedSchema => {
    const dir = dirname(file);
    let loaded = byFolder.get(dir);
    if (!loaded) byFolder.set(dir, (loaded = loadSchemaFor(file, { preset: settings.preset, configFile: settings.config, configFileIsOwn: true, roots: settings.roots, outsideHint: OUTSIDE_HINT })));
    return loaded;
  };
  const service: LanguageService = createLanguageService({ schemaFor: (file) => schemaFor(file).schema });
  return (file) => {
    const out: ReadOutcome[] = [];
    try {
      const loaded = schemaFor(file);
      for (const { file: configFile, problem } of loaded.problems) {
        const line = `${displayPath(configFile || '(settings)')}:${problem.range.start.line + 1}: ${problem.message}`;
        if (!saidOnce.has(line)) out.push({ problem: line });
        saidOnce.add(line);
      }
      const { text } = readPostmortem(file);
      const analysis = service.analyze({ uri: file, version: 0, getText: () => text });
      service.forget(file);
      const labels = settings.serviceLabels && settings.serviceLabels.length > 0 ? settings.serviceLabels : undefined;
      out.push({ facts: extractFacts(displayPath(file).split('\\').join('/'), analysis.doc, analysis.diagnostics, loaded.schema, { serviceLabels: labels }) });
    } catch (e) {
      if (!(e instanceof IoError)) throw e;
      out.push({ problem: e.message });
    }
    return out;
  };
}
