/** `--fix`: apply every safe fix, re-check, repeat until nothing changes, then write atomically. */
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { TextEdit } from 'vscode-languageserver-types';
import type { DiagnosticData, Schema } from '../service';
import { parseDocument, runRules } from '../service';
import { applyEdits } from '../service/edits/apply';
import { IoError, reason } from './files';

/** A fix can make another one possible (a new section gets its fields); a few rounds settle it. */
const MAX_PASSES = 5;

export interface FixOutcome {
  text: string;
  applied: string[];
}

export function fixText(text: string, schema: Schema, eol: string): FixOutcome {
  const applied: string[] = [];
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const doc = parseDocument(current, schema);
    const edits: TextEdit[] = [];
    const titles: string[] = [];
    for (const d of runRules(doc, schema)) {
      for (const fix of (d.data as DiagnosticData | undefined)?.fixes ?? []) {
        if (!fix.safe) continue;
        edits.push(...fix.edits);
        titles.push(fix.title);
      }
    }
    if (edits.length === 0) break;
    const next = applyEdits(current, edits, eol).text;
    if (next === current) break;
    current = next;
    applied.push(...titles);
  }
  return { text: current, applied };
}

/** Writes a temporary file beside the original and renames it over: a crash leaves the original intact. */
export function writeAtomically(path: string, content: string | Buffer): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.postmortem-fix.tmp`);
  let mode = 0o644;
  try {
    mode = statSync(path).mode & 0o777;
  } catch {
    /* keep the default */
  }
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing was written */
    }
    throw new IoError(`cannot write '${path}': ${reason(e)}`);
  }
}
