/**
 * HTML blocks and link reference definitions, as CommonMark starts and ends them. Kept apart from
 * the main scan in `blocks.ts`; both run only on lines whose first character is `<` or `[`.
 */

/** How an HTML block that started on a line ends. */
export type HtmlEnd =
  | { kind: 'comment' } // `<!--` … `-->`, a line kind of its own
  | { kind: 'text'; close: string } // ends on the line that contains `close`
  | { kind: 'blank' }; // ends before the next blank line

/** Tags whose block runs to their closing tag, blank lines and all (CommonMark's first kind). */
const RAW_TAG = /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i;
/** Tags that start a block even in the middle of a paragraph (CommonMark's sixth kind). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col',
  'colgroup', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr',
  'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu', 'menuitem', 'nav', 'noframes', 'ol',
  'optgroup', 'option', 'p', 'param', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'title', 'tr', 'track', 'ul',
]);
const TAG_NAME = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[ \t>]|\/>|$)/;
/**
 * A whole open or closing tag alone on its line (CommonMark's seventh kind): a name, attributes
 * (`name`, `name=value`, `name='v'`, `name="v"`), an optional `/`.
 */
const LONE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;

/**
 * The HTML block `t` (a line without its indentation) starts, if any. `afterParagraph` is true when
 * the line would otherwise continue a paragraph: a lone tag cannot interrupt one.
 */
export function htmlBlockStart(t: string, afterParagraph: boolean): HtmlEnd | null {
  if (t.charCodeAt(0) !== 60 /* < */) return null;
  if (t.startsWith('<!--')) return { kind: 'comment' };
  if (RAW_TAG.test(t)) return { kind: 'text', close: `</${/^<([a-z]+)/i.exec(t)![1]!.toLowerCase()}>` };
  if (t.startsWith('<?')) return { kind: 'text', close: '?>' };
  if (t.startsWith('<![CDATA[')) return { kind: 'text', close: ']]>' };
  if (/^<![A-Za-z]/.test(t)) return { kind: 'text', close: '>' };
  const name = TAG_NAME.exec(t)?.[1];
  if (name && BLOCK_TAGS.has(name.toLowerCase())) return { kind: 'blank' };
  if (!afterParagraph && LONE_TAG.test(t)) return { kind: 'blank' };
  return null;
}

/** Whether `line` ends a raw-text block (script, pre, style, textarea) case-insensitively. */
export function closesHtml(line: string, close: string): boolean {
  return close.startsWith('</') ? line.toLowerCase().includes(close) : line.includes(close);
}

/** `[label]: destination "optional title"` on one line, as CommonMark reads a definition. */
const DEFINITION = /^\[((?:[^\\[\]]|\\.){0,999})\]:[ \t]*(?:<[^<>\n]*>|[^ \t<][^ \t]*)(?:[ \t]+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*$/;

/**
 * The label of the link reference definition on this line (without its indentation), or null.
 * Definitions spread over several lines (destination or title on the next line) are not read.
 */
export function definitionLabel(t: string): string | null {
  if (t.charCodeAt(0) !== 91 /* [ */) return null;
  const m = DEFINITION.exec(t);
  if (!m || m[1]!.trim() === '') return null;
  return normalizeLabel(m[1]!);
}

/** Labels match case-insensitively with runs of white space collapsed, as in CommonMark. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/[ \t\r\n]+/g, ' ').toLowerCase();
}
