/**
 * The archive report's charts: one row per group, a bar to the median and a thinner bar on to the
 * 90th percentile, with the count beside it. A group too small for a trend gets words, not a bar.
 */
import { el, linearScale, num, svgDocument, text } from './svg';

export interface RangeRow {
  label: string;
  n: number;
  median: number | null;
  p90: number | null;
  tooFew: boolean;
}

export interface RangeChartOptions {
  title: string;
  /** How a value is written beside its bar. */
  format(value: number): string;
  tooFewText: string;
}

const ROW = 22;
const LABEL_WIDTH = 110;
const BAR_WIDTH = 250;
const NOTE_WIDTH = 200;
const TOP = 8;

export function rangeChart(rows: readonly RangeRow[], o: RangeChartOptions): string {
  const drawn = rows.filter((r) => !r.tooFew && r.p90 !== null);
  const max = Math.max(1, ...drawn.map((r) => r.p90!));
  const x = linearScale([0, max], [LABEL_WIDTH, LABEL_WIDTH + BAR_WIDTH]);
  const height = TOP * 2 + rows.length * ROW;
  const body = rows.map((r, i) => rangeRow(r, TOP + i * ROW, x, o));
  return svgDocument(LABEL_WIDTH + BAR_WIDTH + NOTE_WIDTH, height, o.title, body, { class: 'chart' });
}

function rangeRow(r: RangeRow, y: number, x: (v: number) => number, o: RangeChartOptions): string {
  const mid = y + ROW / 2;
  const label = el('text', { x: LABEL_WIDTH - 6, y: mid + 4, 'text-anchor': 'end', class: 'label' }, [text(clip(r.label, 20))]);
  if (r.n === 0) return el('g', {}, [label, note(LABEL_WIDTH, mid, 'no incident states it')]);
  if (r.tooFew || r.median === null || r.p90 === null) return el('g', {}, [label, note(LABEL_WIDTH, mid, `n=${r.n}: ${o.tooFewText}`)]);
  const toP90 = el('rect', { x: x(0), y: mid - 3, width: Math.max(1, x(r.p90) - x(0)), height: 6, class: 'p90' });
  const toMedian = el('rect', { x: x(0), y: mid - 7, width: Math.max(1, x(r.median) - x(0)), height: 14, class: 'median' });
  const value = `${o.format(r.median)} / ${o.format(r.p90)}  n=${r.n}`;
  return el('g', {}, [label, toP90, toMedian, note(x(r.p90) + 6, mid, value)]);
}

function note(at: number, mid: number, content: string): string {
  return el('text', { x: num(at), y: mid + 4, class: 'note' }, [text(content)]);
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
