/**
 * The editor features: pure functions of the cached document model. None of them parses text the
 * model already holds, and none knows about the LSP connection; `server.ts` calls each from one handler.
 */
export { documentSymbols } from './symbols';
export { hover, ruleDescription } from './hover';
export { inlayHints, type InlayHintOptions } from './inlay-hints';
export { codeLenses, SHOW_TIMELINE_COMMAND } from './code-lens';
export { completions, escapeSnippet, KNOWN_FRONT_MATTER_KEYS } from './completion';
export { codeActions, ADD_MISSING_SECTIONS, CONVERT_HEADINGS } from './code-actions';
export { foldingRanges } from './folding';
export { INSERT_TIMELINE_DIAGRAM } from './timeline-diagram';
export { documentLinks } from './links';
export { workspaceSymbolEntries, matchWorkspaceSymbols, type WorkspaceSymbolEntry } from './workspace-symbols';
export { formatT } from './timing';
export { templateText, templateSnippet, missingSections, incidentSummary, sectionProgress, type MissingSection, type IncidentSummary, type SectionProgress } from './commands';
export { configCompletions, configHover } from './config-editing';
