/**
 * Which files are postmortems. One answer for the client (which documents go to the server), the
 * workspace index (which files workspace symbols read) and the CLI's folder walk. Pure: callers
 * pass the path, the language and the head of the text they already have.
 */
import { minimatch } from 'minimatch';

/** The `postmortem.files` default: Markdown under a postmortems or incidents folder. */
export const DEFAULT_POSTMORTEM_FILES: readonly string[] = ['**/postmortems/**/*.md', '**/incidents/**/*.md'];

/** Text files the CLI and the workspace index look at inside a folder. */
export const POSTMORTEM_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt', '.wiki'];

/** How much of the text `isPostmortemFile` reads: front matter is at the top. */
export const HEAD_LENGTH = 4096;

export interface CandidateFile {
  /** A file system path or a URI's path; `\` separators are read as `/`. */
  path: string;
  /** The editor's language id, when an editor opened the file. */
  languageId?: string;
  /** The start of the text (at least the front matter); omitted when it is not at hand. */
  head?: string;
}

export type PostmortemReason = 'language' | 'name' | 'files' | 'front-matter';

const NAMED = /\.postmortem\.[a-z]+$/i;
const FRONT_MATTER_TYPE = /^\uFEFF?---\r?\n(?:[^\n]*\n){0,40}?type:[ \t]*["']?postmortem["']?[ \t]*\r?\n/;

/**
 * Why the file is a postmortem, or null when it is not one: the `postmortem` language, a
 * `*.postmortem.*` name, a match of one of the `files` globs, or `type: postmortem` in its front matter.
 */
export function postmortemReason(file: CandidateFile, files: readonly string[] = DEFAULT_POSTMORTEM_FILES): PostmortemReason | null {
  if (file.languageId === 'postmortem') return 'language';
  const path = file.path.replace(/\\/g, '/');
  if (NAMED.test(path)) return 'name';
  if (files.some((glob) => globMatches(path, glob))) return 'files';
  if (file.head !== undefined && FRONT_MATTER_TYPE.test(file.head.slice(0, HEAD_LENGTH))) return 'front-matter';
  return null;
}

/** True when `postmortemReason` gives a reason. */
export function isPostmortemFile(file: CandidateFile, files: readonly string[] = DEFAULT_POSTMORTEM_FILES): boolean {
  return postmortemReason(file, files) !== null;
}

/** True when the file's extension is one the folder walks read. */
export function hasPostmortemExtension(path: string): boolean {
  const lower = path.toLowerCase();
  return POSTMORTEM_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A glob as VS Code reads `postmortem.files`: `**` spans folders, dot folders included. */
function globMatches(path: string, glob: string): boolean {
  if (glob.trim() === '') return false;
  return minimatch(path, glob.replace(/\\/g, '/'), { dot: true, nocomment: true, nonegate: true });
}
