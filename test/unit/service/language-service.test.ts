/** The service's public API, driven the way the shells drive it: documents and host interfaces in memory. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createLanguageService,
  DEFAULT_SERVICE_SETTINGS,
  getPreset,
  parseConfig,
  resolveSchema,
  type Schema,
  type TextDocumentLike,
  type WorkspaceFiles,
} from '../../../server/src/service';

const doc = (uri: string, text: string, version = 1): TextDocumentLike => ({ uri, version, getText: () => text });

const POSTMORTEM = [
  '# Checkout outage',
  '',
  'Case number: CASE-77',
  '',
  '## Timeline',
  '',
  '- 10:00 UTC alerts fire',
  '- 10:30 UTC rollback done',
  '',
].join('\n');

/** A workspace held in a map; `reads` counts what the index read, to see its cache work. */
function memoryWorkspace(files: Record<string, { text: string; stamp: string }>) {
  const reads: string[] = [];
  const workspace: WorkspaceFiles = {
    list: (limit) => Object.keys(files).slice(0, limit),
    stamp: (uri) => files[uri]?.stamp ?? null,
    read: (uri) => {
      reads.push(uri);
      return files[uri]?.text ?? null;
    },
  };
  return { workspace, reads, files };
}

/** The default preset, with "Case number" as one more label for the incident id. */
function caseNumberSchema(): Schema {
  const parsed = parseConfig('sections:\n  - id: summary\n    fields:\n      - id: incident-id\n        aliases: [Case number]\n');
  assert.deepEqual(parsed.problems, []);
  return resolveSchema('default', [{ name: 'team', patch: parsed.patch }]);
}

test('workspace symbols read each file with its own schema, not the default preset', () => {
  const team = caseNumberSchema();
  const { workspace } = memoryWorkspace({
    'file:///ws/postmortems/checkout.md': { text: POSTMORTEM, stamp: 'a' },
    'file:///ws/other/checkout.md': { text: POSTMORTEM, stamp: 'a' },
  });
  const service = createLanguageService({ workspace, schemaFor: (uri) => (uri.includes('/postmortems/') ? team : getPreset('default')!) });
  const found = service.workspaceSymbols('CASE-77');
  assert.deepEqual(found.map((s) => s.name), ['Checkout outage']);
  assert.match(found[0]!.containerName ?? '', /CASE-77/);
});

test('workspace symbols honour postmortem.files and type: postmortem, and re-read only changed files', () => {
  const { workspace, reads, files } = memoryWorkspace({
    'file:///ws/postmortems/a.md': { text: POSTMORTEM, stamp: '1' },
    'file:///ws/notes/b.md': { text: POSTMORTEM.replace('Checkout', 'Search'), stamp: '1' },
    'file:///ws/notes/c.md': { text: `---\ntype: postmortem\n---\n${POSTMORTEM.replace('Checkout', 'Queue')}`, stamp: '1' },
  });
  let globs: readonly string[] = DEFAULT_SERVICE_SETTINGS.files;
  const service = createLanguageService({ workspace, settings: () => ({ ...DEFAULT_SERVICE_SETTINGS, files: globs }) });
  assert.deepEqual(service.workspaceSymbols('outage').map((s) => s.name).sort(), ['Checkout outage', 'Queue outage']);
  assert.equal(reads.length, 3);
  service.workspaceSymbols('outage');
  assert.equal(reads.length, 3, 'unchanged files are not read again');
  files['file:///ws/postmortems/a.md'] = { text: POSTMORTEM.replace('Checkout', 'Billing'), stamp: '2' };
  assert.deepEqual(service.workspaceSymbols('billing').map((s) => s.name), ['Billing outage']);
  assert.deepEqual(reads.slice(3), ['file:///ws/postmortems/a.md']);
  globs = ['**/notes/**/*.md'];
  assert.ok(service.workspaceSymbols('search').some((s) => s.name === 'Search outage'), 'a file the setting now names is found, unchanged on disk');
});

test('workspace symbols stop at the cancellation token and answer nothing without a workspace', () => {
  const { workspace } = memoryWorkspace({ 'file:///ws/postmortems/a.md': { text: POSTMORTEM, stamp: '1' } });
  assert.deepEqual(createLanguageService({ workspace }).workspaceSymbols('', { isCancellationRequested: true }), []);
  assert.deepEqual(createLanguageService().workspaceSymbols('checkout'), []);
});

test('a search over its time budget answers from what it has read, and reads the rest later', () => {
  let clock = 0;
  const { workspace, reads } = memoryWorkspace({
    'file:///ws/postmortems/a.md': { text: POSTMORTEM, stamp: '1' },
    'file:///ws/postmortems/b.md': { text: POSTMORTEM.replace('Checkout', 'Search'), stamp: '1' },
  });
  const slowWorkspace: WorkspaceFiles = { ...workspace, read: (uri, max) => ((clock += 2000), workspace.read(uri, max)) };
  const service = createLanguageService({ workspace: slowWorkspace, now: () => clock });
  assert.deepEqual(service.workspaceSymbols('outage').map((s) => s.name), ['Checkout outage']);
  assert.deepEqual(service.workspaceSymbols('outage').map((s) => s.name).sort(), ['Checkout outage', 'Search outage']);
  assert.equal(reads.length, 2);
});

test('every feature reads one cached analysis per version', () => {
  let schemaCalls = 0;
  const service = createLanguageService({ schemaFor: () => (schemaCalls++, getPreset('default')!) });
  const d = doc('file:///pm.md', POSTMORTEM);
  const first = service.analyze(d);
  assert.equal(service.analyze(d).doc, first.doc, 'same version, same model');
  assert.equal(service.validate(d), first.diagnostics);
  assert.equal(service.timeline(d), first.doc.timeline);
  assert.equal(service.incident(d).durationMinutes, 30);
  assert.notEqual(service.analyze(doc('file:///pm.md', POSTMORTEM + '\n', 2)).doc, first.doc, 'a new version is analysed again');
  service.forget('file:///pm.md');
  assert.notEqual(service.analyze(d).doc, first.doc, 'forget drops the cache');
  assert.ok(schemaCalls > 0);
});

test('the features answer through the service', () => {
  const service = createLanguageService();
  const d = doc('file:///pm.md', POSTMORTEM);
  assert.deepEqual(service.documentSymbols(d).map((s) => s.name).slice(0, 1), ['Checkout outage']);
  assert.match(JSON.stringify(service.hover(d, { line: 6, character: 3 })), /Since incident start/);
  assert.ok(service.missingSections(d).some((m) => m.id === 'root-cause'));
  assert.equal(service.incidentReport(d).entries, 2);
  assert.ok(service.foldingRanges(d).length > 0);
  assert.match(service.template({ date: '2026-01-02' }), /2026-01-02/);
  const actions = service.codeActions(d, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [], only: ['source.addMissingSections'] });
  assert.equal(actions.length, 1);
});

test('fixAll inserts what is missing, keeps every line the writer wrote, and settles', () => {
  const service = createLanguageService();
  const fixed = service.fixAll(doc('file:///m.md', POSTMORTEM));
  assert.ok(fixed.applied.length > 0);
  for (const line of POSTMORTEM.split('\n').filter((l) => l.trim() !== '')) assert.ok(fixed.text.includes(line), `kept: ${line}`);
  assert.ok(!service.validate(doc('file:///m.md', fixed.text, 2)).some((d) => d.code === 'missing-section' && !/only placeholder/.test(String(d.message))), 'no section is missing after the fixes');
  assert.deepEqual(service.fixAll(doc('file:///m.md', fixed.text, 3)).applied, [], 'a second run has nothing left to do');
});

test('isPostmortem uses the document settings: the language, a *.postmortem.* name, the globs, front matter', () => {
  let files: readonly string[] = ['**/incidents/**/*.md'];
  const service = createLanguageService({ settings: () => ({ ...DEFAULT_SERVICE_SETTINGS, files }) });
  assert.equal(service.isPostmortem({ uri: 'file:///x/incidents/a.md', path: '' }), true);
  assert.equal(service.isPostmortem({ uri: 'file:///x/postmortems/a.md', path: '' }), false);
  assert.equal(service.isPostmortem({ uri: 'file:///x/a.postmortem.md', path: '' }), true);
  assert.equal(service.isPostmortem({ uri: 'untitled:Untitled-1', path: '', languageId: 'postmortem' }), true);
  assert.equal(service.isPostmortem({ uri: 'file:///x/a.md', path: '', head: '---\ntype: postmortem\n---\n' }), true);
  files = [];
  assert.equal(service.isPostmortem({ uri: 'file:///x/incidents/a.md', path: '' }), false);
});
