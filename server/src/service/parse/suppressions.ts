/** `<!-- postmortem-disable CODE -->`, `<!-- postmortem-enable CODE -->` and `-disable-next-line`. */
import type { LineInfo, Suppression, SuppressionCode } from '../model';

const DIRECTIVE = /<!--[ \t]*postmortem-(disable-next-line|disable|enable)\b([^>]{0,400}?)-->/g;

export function findSuppressions(lines: readonly LineInfo[]): Suppression[] {
  const out: Suppression[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'code' || line.kind === 'fence' || !line.text.includes('postmortem-')) continue;
    for (const m of line.text.matchAll(DIRECTIVE)) {
      const kind = m[1] as Suppression['kind'];
      const argsAt = m.index + m[0].indexOf(m[1]!) + m[1]!.length;
      out.push({
        kind,
        codes: codesIn(m[2]!, i, argsAt),
        line: i,
        range: { start: { line: i, character: m.index }, end: { line: i, character: m.index + m[0].length } },
      });
    }
  }
  return out;
}

function codesIn(args: string, line: number, at: number): SuppressionCode[] {
  const codes: SuppressionCode[] = [];
  for (const m of args.matchAll(/[a-z][a-z0-9-]*/g)) {
    const start = at + m.index;
    codes.push({ code: m[0], range: { start: { line, character: start }, end: { line, character: start + m[0].length } } });
  }
  return codes;
}

/**
 * Answers "is `code` silenced on `line`?" for a document. Built once per document; each query is
 * a walk over the (few) directives.
 */
export function suppressionFilter(suppressions: readonly Suppression[]): (code: string, line: number) => boolean {
  if (suppressions.length === 0) return () => false;
  return (code, line) => {
    let off = false;
    for (const s of suppressions) {
      const applies = s.codes.length === 0 || s.codes.some((c) => c.code === code);
      if (!applies) continue;
      if (s.kind === 'disable-next-line') {
        if (s.line + 1 === line) return true;
      } else if (s.line <= line) {
        off = s.kind === 'disable';
      }
    }
    return off;
  };
}
