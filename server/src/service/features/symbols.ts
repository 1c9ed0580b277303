/** The outline: front matter, then sections nested by level, each holding its fields and timeline entries. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Field, FrontMatter, PostmortemDocument, Range, TimelineEntry } from '../model';
import { contains, sectionAt } from './locate';
import { formatT } from './timing';

const NAME_LENGTH = 60;

/**
 * A hierarchical outline of the document. Timeline entries are named by their written time and a
 * short text, with their offset from the first entry (`T+45m`) as the detail.
 */
export function documentSymbols(doc: PostmortemDocument): DocumentSymbol[] {
  const top: DocumentSymbol[] = [];
  if (doc.frontMatter) top.push(frontMatterSymbol(doc.frontMatter));
  const bySection = doc.sections.map((s) => symbol(s.heading.text || '(untitled)', SymbolKind.String, s.range, s.heading.textRange, s.ids.join(', ')));
  const childrenOf = (section: number): DocumentSymbol[] => (section === -1 ? top : bySection[section]!.children!);
  doc.sections.forEach((s, k) => childrenOf(s.parent).push(bySection[k]!));
  for (const f of doc.fields) {
    if (f.style !== 'front-matter') childrenOf(f.section).push(fieldSymbol(f));
  }
  for (const e of doc.timeline.entries) {
    childrenOf(sectionAt(doc, e.line)?.index ?? -1).push(entrySymbol(e));
  }
  sortTree(top);
  return top;
}

function symbol(name: string, kind: SymbolKind, range: Range, selection: Range, detail = ''): DocumentSymbol {
  return { name, detail, kind, range, selectionRange: contains(range, selection.start) && contains(range, selection.end) ? selection : range, children: [] };
}

function frontMatterSymbol(fm: FrontMatter): DocumentSymbol {
  const s = symbol('Front matter', SymbolKind.Namespace, fm.range, { start: fm.range.start, end: fm.range.start });
  s.children = fm.entries.map((e) => symbol(e.key, SymbolKind.Key, { start: e.keyRange.start, end: e.valueRange.end }, e.keyRange, short(display(e.value))));
  return s;
}

function fieldSymbol(f: Field): DocumentSymbol {
  return symbol(f.key, SymbolKind.Property, { start: f.keyRange.start, end: f.valueRange.end }, f.keyRange, short(f.value));
}

function entrySymbol(e: TimelineEntry): DocumentSymbol {
  const text = short(afterTime(e));
  return symbol(text ? `${e.written} ${text}` : e.written, SymbolKind.Event, e.range, e.timeRange, formatT(e.sinceStartMinutes));
}

/** The entry's words after its timestamp and the `:`, `-` or `|` that separates them. */
function afterTime(e: TimelineEntry): string {
  const at = e.text.indexOf(e.written);
  const rest = at === -1 ? e.text : e.text.slice(at + e.written.length);
  return rest.replace(/^[\s:*_|\-–—]+/, '');
}

function display(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function short(text: string): string {
  const t = text.trim();
  if (t.length <= NAME_LENGTH) return t;
  const cut = t.lastIndexOf(' ', NAME_LENGTH - 1);
  return `${t.slice(0, cut > NAME_LENGTH / 2 ? cut : NAME_LENGTH - 1)}…`;
}

function sortTree(symbols: DocumentSymbol[]): void {
  symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const s of symbols) {
    if (s.children && s.children.length > 0) sortTree(s.children);
  }
}
