/**
 * `createLanguageService`: every feature of the product as one object. The shells (LSP server,
 * CLI, tests) hand it documents and small host interfaces; it hands back plain LSP-shaped data.
 * Each document version is analysed once and every feature reads that cached analysis.
 */
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  Diagnostic,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  WorkspaceSymbol,
} from 'vscode-languageserver-types';
import type { Incident, Position, PostmortemDocument, Range, Timeline } from './model';
import type { Schema } from './schema/types';
import { DEFAULT_SERVICE_SETTINGS, type CancellationToken, type LanguageServiceOptions, type ServiceSettings, type TextDocumentLike } from './host';
import { parseDocument } from './document';
import { runRules } from './rules';
import { getPreset } from './schema/presets';
import * as features from './features';
import { createWorkspaceIndex } from './features/workspace-index';
import { isPostmortemFile, type CandidateFile } from './postmortem-files';
import { uriPath } from './uri-path';
import { fixAll, type FixOutcome } from './edits/fix-all';

/** A document's model and its diagnostics, for one version and schema. */
export interface Analysis {
  readonly doc: PostmortemDocument;
  readonly diagnostics: readonly Diagnostic[];
}

/** What the status bar and the "incident" request show: the window, and how far the writer is. */
export interface IncidentReport extends features.IncidentSummary {
  sections: features.SectionProgress;
}

export interface TemplateOptions {
  /** A preset name; an unknown one gives the default preset's template. */
  preset?: string;
  /** `YYYY-MM-DD`, written into the template. */
  date: string;
  /** With tab stops through the placeholders, for an editor to insert as a snippet. */
  snippet?: boolean;
}

export interface CodeActionContext {
  /** The diagnostics the client sent for the range. */
  diagnostics: readonly Diagnostic[];
  /** The client's kind filter (`quickfix`, `source`, `refactor.rewrite`, ...). */
  only?: readonly string[];
}

export interface LanguageService {
  /** The model and diagnostics of a document's current version; computed once per version and schema. */
  analyze(doc: TextDocumentLike): Analysis;
  /** The diagnostics of a document, as the CLI reports them (the editor shows unwritten ones as hints). */
  validate(doc: TextDocumentLike): readonly Diagnostic[];
  /** The outline: sections, fields and timeline entries. */
  documentSymbols(doc: TextDocumentLike): DocumentSymbol[];
  /** Durations under timeline entries, Duration fields and ranges; rule and section descriptions. */
  hover(doc: TextDocumentLike, position: Position): Hover | null;
  completions(doc: TextDocumentLike, position: Position): CompletionItem[];
  /** Quick fixes from the current diagnostics, "add every missing section" and heading rewrites. */
  codeActions(doc: TextDocumentLike, range: Range, context: CodeActionContext): CodeAction[];
  codeLenses(doc: TextDocumentLike): CodeLens[];
  inlayHints(doc: TextDocumentLike, range: Range): InlayHint[];
  foldingRanges(doc: TextDocumentLike): FoldingRange[];
  /** Ticket ids linked through the `ticketUrl` setting. */
  documentLinks(doc: TextDocumentLike): DocumentLink[];
  /** The timeline as read: entries with instants and milestones, order and problems. */
  timeline(doc: TextDocumentLike): Timeline;
  /** The incident's window and TTD/TTM/TTR, as stated or as the timeline gives them. */
  incident(doc: TextDocumentLike): Incident;
  /** The incident summary with the writer's section checklist. */
  incidentReport(doc: TextDocumentLike): IncidentReport;
  /** The text with every safe fix applied (repeated until none is left), and what was fixed. */
  fixAll(doc: TextDocumentLike, eol?: '\n' | '\r\n'): FixOutcome;
  /** Schema sections the document lacks, each with the edit that inserts it. */
  missingSections(doc: TextDocumentLike): features.MissingSection[];
  /** A new postmortem's text for a preset. */
  template(options: TemplateOptions): string;
  /** Postmortems across the workspace matching `query`; bounded in files, bytes and time. */
  workspaceSymbols(query: string, token?: CancellationToken): WorkspaceSymbol[];
  /** Whether a file is a postmortem under its `postmortem.files` setting (see `postmortemReason`). */
  isPostmortem(file: CandidateFile & { uri: string }): boolean;
  /** Completion inside a `.postmortem.yaml`. */
  configCompletions(text: string, position: Position): CompletionItem[];
  /** Hover inside a `.postmortem.yaml`. */
  configHover(text: string, position: Position): Hover | null;
  /** Drops what is cached for a document that was closed. */
  forget(uri: string): void;
}

interface Cached {
  version: number;
  schema: Schema;
  text: string;
  analysis: Analysis;
}

/** One analysis per uri, kept while its version, text and schema stay the same. */
function createAnalysisCache(schemaFor: (uri: string) => Schema) {
  const cache = new Map<string, Cached>();
  return {
    analyze(input: TextDocumentLike): Analysis & { schema: Schema } {
      const schema = schemaFor(input.uri);
      const text = input.getText();
      const hit = cache.get(input.uri);
      if (hit && hit.version === input.version && hit.schema === schema && hit.text === text) return { ...hit.analysis, schema };
      const doc = parseDocument(text, schema, input.uri, input.version);
      const analysis: Analysis = { doc, diagnostics: runRules(doc, schema) };
      cache.set(input.uri, { version: input.version, schema, text, analysis });
      return { ...analysis, schema };
    },
    forget(uri: string): void {
      cache.delete(uri);
    },
  };
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const schemaFor = options.schemaFor ?? (() => getPreset('default')!);
  const settings = options.settings ?? ((): ServiceSettings => DEFAULT_SERVICE_SETTINGS);
  const cache = createAnalysisCache(schemaFor);
  const analyze = cache.analyze;
  const index = createWorkspaceIndex({ workspace: options.workspace, schemaFor, settings, now: options.now ?? Date.now });
  const model = (input: TextDocumentLike): PostmortemDocument => analyze(input).doc;

  return {
    analyze: (input) => {
      const { doc, diagnostics } = analyze(input);
      return { doc, diagnostics };
    },
    validate: (input) => analyze(input).diagnostics,
    documentSymbols: (input) => features.documentSymbols(model(input)),
    hover: (input, position) => {
      const { doc, schema, diagnostics } = analyze(input);
      return features.hover(doc, schema, position, diagnostics);
    },
    completions: (input, position) => {
      const { doc, schema } = analyze(input);
      return features.completions(doc, schema, position);
    },
    codeActions: (input, range, context) => {
      const analysis = analyze(input);
      return features.codeActions(analysis, analysis.schema, range, context.diagnostics, context.only);
    },
    codeLenses: (input) => features.codeLenses(model(input)),
    inlayHints: (input, range) => features.inlayHints(model(input), range, settings(input.uri).inlayHints),
    foldingRanges: (input) => features.foldingRanges(model(input)),
    documentLinks: (input) => features.documentLinks(model(input), settings(input.uri).ticketUrl || undefined),
    timeline: (input) => model(input).timeline,
    incident: (input) => model(input).incident,
    incidentReport: (input) => {
      const { doc, schema } = analyze(input);
      return { ...features.incidentSummary(doc), sections: features.sectionProgress(doc, schema) };
    },
    missingSections: (input) => {
      const { doc, schema } = analyze(input);
      return features.missingSections(doc, schema);
    },
    fixAll: (input, eol = '\n') => fixAll(input.getText(), schemaFor(input.uri), eol),
    template: ({ preset, date, snippet }) => {
      const schema = getPreset(preset ?? 'default') ?? getPreset('default')!;
      return snippet === true ? features.templateSnippet(schema, date) : features.templateText(schema, date);
    },
    workspaceSymbols: (query, token) => index.search(query, token),
    isPostmortem: (file) => isPostmortemFile({ ...file, path: file.path || uriPath(file.uri) }, settings(file.uri).files),
    configCompletions: (text, position) => features.configCompletions(text, position),
    configHover: (text, position) => features.configHover(text, position),
    forget: cache.forget,
  };
}
