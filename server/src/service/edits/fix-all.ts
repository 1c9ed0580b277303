/** Every safe fix at once (the CLI's `--fix`): apply them, re-check, repeat until nothing changes. */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Schema } from '../schema/types';
import type { DiagnosticData } from '../rules/types';
import { parseDocument } from '../document';
import { runRules } from '../rules';
import { applyEdits } from './apply';

/** A fix can make another one possible (a new section gets its fields); a few rounds settle it. */
const MAX_PASSES = 5;

export interface FixOutcome {
  text: string;
  applied: string[];
}

/** `text` with every safe fix applied, and the fixes' titles; `eol` is the line break new lines get. */
export function fixAll(text: string, schema: Schema, eol: string): FixOutcome {
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
