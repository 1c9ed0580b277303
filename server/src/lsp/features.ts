/** Editor features: each handler finds the cached analysis, calls the service, returns the result. */
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Schema } from '../service';
import type { Settings } from './settings';

export interface FeatureHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analyze(uri: string): { analysis: Analysis; schema: Schema; settings: Settings } | null;
  log(message: string): void;
}

export function registerFeatures(_host: FeatureHost): { featureCapabilities: () => ServerCapabilities } {
  return { featureCapabilities: () => ({}) };
}
