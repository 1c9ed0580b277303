/**
 * The differential check of the line classifier (server/src/service/parse/blocks.ts) against a
 * CommonMark parser (markdown-it, a dev dependency only). Both sides are reduced to one set of
 * block kinds per line and compared kind by kind:
 *
 *   code        fenced code (fence lines included) and indented code
 *   html        HTML blocks, comments included
 *   heading     ATX headings, and setext headings with their underline
 *   table       every line of a GFM table
 *   list-item   the line a list item starts on
 *   link-def    the lines of a link reference definition
 *
 * Deliberate differences, where the classifier is not CommonMark on purpose:
 *   - Front matter is not Markdown: its lines are skipped, and the reference reads blank lines in
 *     their place, as a renderer that strips front matter would (CommonMark reads `---` as a rule
 *     and `key: value` over `---` as a setext heading).
 *   - Wiki `==h==`, bold-line and `Label:` headings are postmortem heading styles CommonMark reads
 *     as paragraphs: only ATX and setext headings count as `heading` here.
 *   - A setext heading is the one line above its underline. CommonMark makes the whole paragraph
 *     above an underline the heading; the classifier leaves the earlier lines text, so fields
 *     written just above a `---` stay fields and the heading's text stays short enough to name a
 *     section.
 *   - Merge-conflict marker lines are skipped, and a `=======` conflict separator does not make the
 *     line above it a setext heading.
 *   - MediaWiki list items glue the marker to the text (`*T123 - fix`); CommonMark reads a
 *     paragraph there.
 *   - A line that starts a list item is a `list-item` to the classifier even when the item begins
 *     with another block (`- # title`, `1. | a |`): there the reference's other kinds are dropped.
 *
 * Not handled, so reported when they occur (neither fixtures nor the development corpora have
 * them): blocks inside block quotes (`> - item`; the classifier reads quoted lines as text), and
 * link reference definitions spread over several lines.
 */
import MarkdownIt from 'markdown-it';
import type { StateBlock, Token } from 'markdown-it';
import { parseStructure } from '../../server/src/service/parse';
import type { Schema } from '../../server/src/service/schema/types';

export type BlockKind = 'code' | 'html' | 'heading' | 'table' | 'list-item' | 'link-def';
export const BLOCK_KINDS: readonly BlockKind[] = ['code', 'html', 'heading', 'table', 'list-item', 'link-def'];

export interface Disagreement {
  /** 0-based. */
  line: number;
  kind: BlockKind;
  /** Which side sees `kind` on the line. */
  seenBy: 'reference' | 'classifier';
  text: string;
}

export interface Comparison {
  /** Lines compared (all but front matter and conflict markers). */
  compared: number;
  disagreements: Disagreement[];
}

/** MediaWiki's `*item`, marker glued to the text: a list item to the classifier only. */
const WIKI_LIST_ITEM = /^\*[^\s*]/;

type RuleFn = (state: StateBlock, start: number, end: number, silent: boolean) => boolean;

/** markdown-it with its `reference` rule wrapped to record which lines each definition takes. */
function reference(): { md: MarkdownIt; defs: Array<[number, number]> } {
  const md = new MarkdownIt('commonmark').enable('table');
  const defs: Array<[number, number]> = [];
  // markdown-it makes no token for a definition, so the rule itself has to say where it matched.
  const rules = (md.block.ruler as unknown as { __rules__: Array<{ name: string; fn: RuleFn }> }).__rules__;
  const original = rules.find((r) => r.name === 'reference')!.fn;
  md.block.ruler.at('reference', (state, start, end, silent) => {
    const ok = original(state, start, end, silent);
    if (ok && !silent) defs.push([start, state.line]);
    return ok;
  });
  return { md, defs };
}

const KIND_OF_TOKEN: Record<string, BlockKind> = {
  fence: 'code',
  code_block: 'code',
  html_block: 'html',
  heading_open: 'heading',
  table_open: 'table',
};

/** The reference's kinds for each line of `text`. */
export function referenceKinds(text: string): Array<Set<BlockKind>> {
  const { md, defs } = reference();
  const tokens: Token[] = md.parse(text, {});
  const count = text.split(/\r\n|\r|\n/).length;
  const out = Array.from({ length: count }, () => new Set<BlockKind>());
  const itemStarts = new Set<number>();
  for (const t of tokens) {
    if (!t.map) continue;
    const [from, to] = t.map;
    if (t.type === 'list_item_open') {
      itemStarts.add(from);
      out[from]!.add('list-item');
      continue;
    }
    const kind = KIND_OF_TOKEN[t.type];
    // A setext heading's text is its last line to the classifier (see the deliberate differences).
    const first = t.type === 'heading_open' && t.markup[0] !== '#' ? Math.max(from, to - 2) : from;
    if (kind) for (let i = first; i < to; i++) out[i]!.add(kind);
  }
  for (const [from, to] of defs) for (let i = from; i < to; i++) out[i]!.add('link-def');
  for (const i of itemStarts) for (const k of BLOCK_KINDS) if (k !== 'list-item') out[i]!.delete(k);
  return out;
}

/** The classifier's kinds for each line of `text`, in the same terms. */
export function classifierKinds(text: string, schema: Schema): { kinds: Array<Set<BlockKind>>; skip: Set<number>; frontMatter: number } {
  const s = parseStructure(text, schema);
  const commonMarkHeading = new Set(s.headings.filter((h) => h.style === 'atx' || h.style === 'setext').map((h) => h.line));
  const skip = new Set<number>();
  const kinds = s.lines.map((l, i) => {
    const k = new Set<BlockKind>();
    switch (l.kind) {
      case 'front-matter':
      case 'conflict':
        skip.add(i);
        break;
      case 'fence':
      case 'code':
        k.add('code');
        break;
      case 'comment':
      case 'html':
        k.add('html');
        break;
      case 'heading':
        if (commonMarkHeading.has(i)) k.add('heading');
        break;
      case 'setext-underline':
        k.add('heading');
        break;
      case 'table-row':
      case 'table-delimiter':
        k.add('table');
        break;
      case 'list-item':
        if (!WIKI_LIST_ITEM.test(l.text)) k.add('list-item');
        break;
      case 'link-definition':
        k.add('link-def');
        break;
      default:
        break;
    }
    return k;
  });
  // A conflict separator under a line is no setext underline: the line above is not a heading.
  for (const i of skip) if (s.lines[i]!.kind === 'conflict' && i > 0) skip.add(i - 1);
  let frontMatter = 0;
  while (s.lines[frontMatter]?.kind === 'front-matter') frontMatter++;
  return { kinds, skip, frontMatter };
}

export function compareBlocks(text: string, schema: Schema): Comparison {
  const { kinds, skip, frontMatter } = classifierKinds(text, schema);
  const lines = text.split(/\r\n|\r|\n/);
  // A renderer strips front matter before it reads Markdown: the reference sees blank lines there.
  const ref = referenceKinds(lines.map((l, i) => (i < frontMatter ? '' : l)).join('\n'));
  const disagreements: Disagreement[] = [];
  let compared = 0;
  // After a final line break the editor has one more, empty line; CommonMark has no line there.
  const count = lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  for (let i = 0; i < count; i++) {
    if (skip.has(i)) continue;
    compared++;
    for (const kind of BLOCK_KINDS) {
      const r = ref[i]!.has(kind);
      if (r === kinds[i]!.has(kind)) continue;
      disagreements.push({ line: i, kind, seenBy: r ? 'reference' : 'classifier', text: lines[i]! });
    }
  }
  return { compared, disagreements };
}

export function formatDisagreement(file: string, d: Disagreement): string {
  const text = d.text.length > 100 ? `${d.text.slice(0, 97)}...` : d.text;
  return `${file}:${d.line + 1}: ${d.kind} only by the ${d.seenBy}: ${text}`;
}
