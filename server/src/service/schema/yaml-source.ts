/**
 * Parsing untrusted YAML safely and turning node offsets into LSP ranges.
 *
 * The `yaml` package runs out of memory (a fatal, uncatchable crash) on text nested tens of
 * thousands of levels deep, so such text is refused before it reaches the parser.
 */
import { positionFinder } from '../text-positions';
import { isScalar, parseDocument, visit, YAMLParseError, type Document } from 'yaml';
import type { Range } from 'vscode-languageserver-types';

/**
 * Config files are small (the largest preset is 7 KB); anything bigger is a mistake or an attack.
 * The `yaml` package takes about 1 ms per KB here, so the cap bounds a config's parse to tens of
 * milliseconds. It was 256 KB, which let one config stall the server for seconds.
 */
export const MAX_YAML_LENGTH = 64 * 1024;
/** Deeper than any sensible config, far shallower than what hurts the parser. */
export const MAX_YAML_DEPTH = 32;
/** Aliases a document may expand while it is read; stops "billion laughs" documents. */
export const MAX_ALIAS_COUNT = 100;

export interface YamlSource {
  doc: Document.Parsed;
  /** Offset → LSP range. */
  range(start: number, end: number): Range;
}

/** Where the text nests too deeply, as an offset, or -1. Quotes and comments are skipped roughly. */
export function findExcessNesting(text: string, maxDepth = MAX_YAML_DEPTH): number {
  let offset = 0;
  let depth = 0;
  for (const line of text.split('\n')) {
    // Compact nesting (`- - - x`, `? ? x`) counts like indentation.
    const indent = /^(?:\s|[-?:](?=\s))*/.exec(line)![0].length;
    // Two spaces per block level is the usual style; allow for wide indentation too.
    if (indent > maxDepth * 4) return offset;
    let quote = '';
    for (let i = indent; i < line.length; i++) {
      const ch = line[i]!;
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") {
        quote = ch;
      } else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
        break;
      } else if (ch === '[' || ch === '{') {
        if (++depth > maxDepth) return offset + i;
      } else if (ch === ']' || ch === '}') {
        depth = Math.max(0, depth - 1);
      }
    }
    offset += line.length + 1;
  }
  return -1;
}

/**
 * Parses untrusted YAML in time linear in its length; the caller reports `doc.errors`.
 *
 * The `yaml` package's own duplicate-key check (`uniqueKeys: true`) compares each key with every
 * earlier key of its mapping: 40,000 keys took 13.5 s. It is switched off, and
 * {@link reportDuplicateKeys} does the same check with one Set per mapping.
 */
export function parseUntrusted(text: string): Document.Parsed {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length === 0) reportDuplicateKeys(doc);
  return doc;
}

/** Adds yaml's own DUPLICATE_KEY error for each scalar key seen before in the same mapping. */
function reportDuplicateKeys(doc: Document.Parsed): void {
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = pair.key.value;
        if (seen.has(key)) {
          const at = pair.key.range?.[0] ?? 0;
          doc.errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        }
        seen.add(key);
      }
    },
  });
}

/** Parses YAML text; the caller reports `doc.errors`. */
export function parseYaml(text: string): YamlSource {
  const doc = parseUntrusted(text);
  // Lines as the editor counts them: YAML's own LineCounter does not break lines at a lone \r.
  const pos = positionFinder(text);
  return { doc, range: (start, end) => ({ start: pos(start), end: pos(Math.max(start, end)) }) };
}

/** The range `[offset, offset]` in `text`, without parsing it. */
export function rangeAt(text: string, offset: number): Range {
  const before = text.slice(0, offset).split(/\r\n?|\n/);
  const p = { line: before.length - 1, character: before[before.length - 1]!.length };
  return { start: p, end: p };
}
