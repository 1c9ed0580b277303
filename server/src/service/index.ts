/**
 * The postmortem language service: text and a schema in, plain data out. No I/O, no LSP
 * connection, no `vscode`: the LSP server, the CLI and the VS Code client are shells around it.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PostmortemDocument } from './model';
import type { Schema } from './schema/types';
import { parseDocument } from './document';
import { runRules } from './rules';

export type * from './model';
export type { Schema, SectionSpec, FieldSpec, Severity, RuleSetting } from './schema/types';
export type { Fix, DiagnosticData, Rule } from './rules/types';
export { isUnwritten } from './rules/types';
export { parseDocument } from './document';
export { RULES, ruleByCode, runRules, SOURCE } from './rules';
export { RULE_DOCS_URL, ruleDocUrl } from './rules/docs';

export interface Analysis {
  doc: PostmortemDocument;
  diagnostics: Diagnostic[];
}

export interface LanguageService {
  /** The model and diagnostics for one version of a document, cached by uri, version and schema. */
  analyze(text: string, uri: string, version: number, schema: Schema): Analysis;
  /** Drops the cached analysis of a closed document. */
  forget(uri: string): void;
}

export function createLanguageService(): LanguageService {
  const cache = new Map<string, { version: number; schema: Schema; text: string; analysis: Analysis }>();
  return {
    analyze(text, uri, version, schema) {
      const hit = cache.get(uri);
      if (hit && hit.version === version && hit.schema === schema && hit.text === text) return hit.analysis;
      const doc = parseDocument(text, schema, uri, version);
      const analysis = { doc, diagnostics: runRules(doc, schema) };
      cache.set(uri, { version, schema, text, analysis });
      return analysis;
    },
    forget(uri) {
      cache.delete(uri);
    },
  };
}
export { stated } from './rules/stated';
