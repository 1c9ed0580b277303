/**
 * What the language service needs from the world around it, as small interfaces the shells
 * implement: the LSP server over the editor and the disk, the CLI over the disk, tests in memory.
 */
import type { Schema } from './schema/types';
import type { InlayHintOptions } from './features/inlay-hints';
import { DEFAULT_POSTMORTEM_FILES } from './postmortem-files';

/** One version of a document's text. `vscode-languageserver-textdocument`'s TextDocument is one. */
export interface TextDocumentLike {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** LSP's CancellationToken is one: slow methods check it and give up early with an empty result. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** The settings the service reads for a document. */
export interface ServiceSettings {
  /** `postmortem.files`: globs of Markdown files that are postmortems. */
  files: readonly string[];
  /** e.g. `https://tracker.example.org/{id}`; empty turns ticket links off. */
  ticketUrl: string;
  inlayHints: InlayHintOptions;
}

export const DEFAULT_SERVICE_SETTINGS: ServiceSettings = {
  files: DEFAULT_POSTMORTEM_FILES,
  ticketUrl: '',
  inlayHints: { timelineOffsets: true, durations: true },
};

/** The files of the workspace, for the features that look beyond one document (workspace symbols). */
export interface WorkspaceFiles {
  /** Candidate files (by extension, outside dot folders and node_modules) as URIs, at most `limit`. */
  list(limit: number): readonly string[];
  /**
   * Cheap: a value that changes whenever the file's text may have (a version for an open buffer,
   * the modification time and size for a file), or null when the file is gone.
   */
  stamp(uri: string): string | null;
  /** The text as the workspace holds it now (the editor's buffer when open), or null when it cannot be read or is larger than `maxBytes`. */
  read(uri: string, maxBytes: number): string | null;
}

export interface LanguageServiceOptions {
  /** The schema that governs a document (config files, presets, rule settings). Default: the default preset. */
  schemaFor?(uri: string): Schema;
  /** The settings for a document. Default: `DEFAULT_SERVICE_SETTINGS`. */
  settings?(uri: string): ServiceSettings;
  /** The workspace's files; without it, workspace symbols cover nothing. */
  workspace?: WorkspaceFiles;
  /** Milliseconds, for the time budgets of workspace-wide work. Default: `Date.now`. */
  now?(): number;
}
