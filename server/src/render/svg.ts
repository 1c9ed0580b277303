/**
 * SVG primitives shared by every drawing the product makes (the timeline view, the CLI's SVG
 * export and the archive report's charts). Pure string building: no DOM, no I/O, so it runs the
 * same in the server, the CLI and a test.
 */

export type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Escapes text for an XML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Numbers in coordinates: at most two decimals, no trailing zeros, never "-0" or "NaN". */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

function attrText(attrs: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    const shown = value === true ? name : typeof value === 'number' ? num(value) : escapeXml(value);
    out += ` ${name}="${shown}"`;
  }
  return out;
}

/**
 * One element. `children` are already-built markup strings; text content goes through `text()`.
 * An element with no children closes itself.
 */
export function el(name: string, attrs: Attrs = {}, children: readonly string[] = []): string {
  const open = `<${name}${attrText(attrs)}`;
  return children.length === 0 ? `${open}/>` : `${open}>${children.join('')}</${name}>`;
}

/** Escaped text content. */
export function text(content: string): string {
  return escapeXml(content);
}

/** A whole standalone SVG document with a title for screen readers. */
export function svgDocument(width: number, height: number, title: string, children: readonly string[], attrs: Attrs = {}): string {
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${num(width)} ${num(height)}`, role: 'img', 'aria-label': title, ...attrs },
    [el('title', {}, [text(title)]), ...children],
  );
}

/** A linear map from a domain (minutes, counts) to pixels; a zero-width domain maps to the range's start. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  if (span === 0) return () => r0;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}
