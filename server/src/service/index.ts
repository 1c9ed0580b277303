/**
 * The postmortem language service, its one public entry: text and a schema in, plain data out.
 * No I/O, no LSP connection, no `vscode`. The LSP server, the CLI and the VS Code client are shells
 * around it and import nothing from the service except through this file (a test makes sure).
 */
export { createLanguageService } from './language-service';
export type { LanguageService, Analysis, IncidentReport, TemplateOptions, CodeActionContext } from './language-service';
export { DEFAULT_SERVICE_SETTINGS } from './host';
export type { TextDocumentLike, CancellationToken, ServiceSettings, WorkspaceFiles, LanguageServiceOptions } from './host';
export { INDEX_LIMITS, type IndexLimits } from './features/workspace-index';

// Which files are postmortems: pure, so the client bundle uses it too.
export { isPostmortemFile, postmortemReason, hasPostmortemExtension, DEFAULT_POSTMORTEM_FILES, POSTMORTEM_EXTENSIONS, HEAD_LENGTH } from './postmortem-files';
export type { CandidateFile, PostmortemReason } from './postmortem-files';

// The model and the schema, as data.
export type * from './model';
export type { Schema, SectionSpec, FieldSpec, Severity, RuleSetting } from './schema/types';
export type { Fix, DiagnosticData, Rule } from './rules/types';
export type { MissingSection, IncidentSummary, SectionProgress, InlayHintOptions } from './features';
export type { FixOutcome } from './edits/fix-all';

// Diagnostics: their source, the rules, and how the editor shows scaffolding still to write.
export { isUnwritten } from './rules/types';
export { RULES, ruleByCode, SOURCE } from './rules';
export { RULE_DOCS_URL, ruleDocUrl } from './rules/docs';
export { isRuleCode, RULE_CODES, type RuleCode } from './schema/rule-codes';
export { ADD_MISSING_SECTIONS, CONVERT_HEADINGS, INSERT_TIMELINE_DIAGRAM } from './features';

// The timeline's shape, which every drawing of it shares: lanes per incident, phases, and the Mermaid block.
export { laneSpecs, laneOfLine, entryLabel, type LaneSpec, type TimelineSource } from './time/lanes';
export { phaseSpans, phaseOf, metricSpans, windowOfIncident, type PhaseName, type EntryPhase, type PhaseSpan, type MetricSpan, type LaneWindow } from './time/phases';
export { timelineMermaid, timelineMermaidBlock, DIAGRAM_MARKER } from './edits/timeline-mermaid';
export { diagramEdit, findDiagramBlock } from './edits/mermaid-block';

// Config files: parsing and merging are pure; finding and reading them is the host's.
export { configDiagnostic, CONFIG_CODE } from './config-diagnostic';
export { parseConfig, type ConfigProblem, type ParsedConfig, type ConfigLayer } from './schema/config';
export { getPreset, isPresetName, resolveSchema, presetNames, presetList, PRESETS, PRESET_NAMES } from './schema/presets';
export { MAX_YAML_LENGTH } from './schema/yaml-source';

// Small pure helpers the shells share with the service.
export { applyEdits } from './edits/apply';
export { formatDuration } from './time';
export { own, put } from './own';
export { uriPath } from './uri-path';
export { parseDocument } from './document';
export { runRules } from './rules';

// What a document states, by meaning (the archive report reads facts through it).
export { stated } from './rules/stated';
