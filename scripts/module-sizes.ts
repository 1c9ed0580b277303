/**
 * Module sizes: functions over about 60 lines and files over about 250 lines, measured on the
 * TypeScript syntax tree. test/unit/service/module-sizes.test.ts holds server/src/service to these
 * limits; `npm run sizes [folder...]` lists them anywhere (default: server/src, client/src, test,
 * scripts).
 */
import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MAX_FUNCTION_LINES = 60;
export const MAX_FILE_LINES = 250;

export interface Measured {
  file: string;
  lines: number;
  /** Every function with a body: its name (or `(anonymous)`), first line (1-based) and length in lines. */
  functions: Array<{ name: string; line: number; lines: number }>;
}

export function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? (d.name === 'node_modules' ? [] : tsFiles(join(dir, d.name))) : d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [join(dir, d.name)] : [],
  );
}

export function measure(file: string): Measured {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const functions: Measured['functions'] = [];
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = lineOf(node.getStart(source));
      functions.push({ name: nameOf(node, source), line: start + 1, lines: lineOf(node.getEnd()) - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0), functions };
}

function nameOf(node: ts.SignatureDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name) return parent.name.getText(source);
  return '(anonymous)';
}

/** One line per violation in `files`: `file: N lines` or `file:line: name is N lines`. */
export function violations(files: readonly string[]): string[] {
  const out: string[] = [];
  for (const file of [...files].sort()) {
    const m = measure(file);
    if (m.lines > MAX_FILE_LINES) out.push(`${file}: ${m.lines} lines`);
    for (const f of m.functions) if (f.lines > MAX_FUNCTION_LINES) out.push(`${file}:${f.line}: ${f.name} is ${f.lines} lines`);
  }
  return out;
}

/** The command line: `npm run sizes [folder...]`. */
export function main(args: readonly string[]): void {
  const dirs = args.length > 0 ? args : ['server/src', 'client/src', 'test', 'scripts'];
  for (const v of violations(dirs.flatMap(tsFiles))) console.log(v);
}
