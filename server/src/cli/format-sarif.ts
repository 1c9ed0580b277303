/** SARIF 2.1.0 for code-scanning upload. */
import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import type { FileReport } from './report';
import { RULES, ruleDocUrl } from '../service';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function formatSarif(reports: readonly FileReport[], version: string): string {
  const ruleIds = [...RULES.map((r) => r.code), 'config'];
  const rules = [
    ...RULES.map((r) => ({
      id: r.code,
      name: r.code.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: r.description },
      helpUri: ruleDocUrl(r.code),
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    })),
    { id: 'config', name: 'Config', shortDescription: { text: 'A problem in a .postmortem.yaml config file.' }, defaultConfiguration: { level: 'error' } },
  ];
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.code,
      ruleIndex: Math.max(0, ruleIds.indexOf(d.code)),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: isAbsolute(r.file) ? pathToFileURL(r.file).href : r.file.split('\\').join('/') },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
      }],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'postmortem-lint', version, semanticVersion: version, rules } }, results }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
