/**
 * The timeline layout as SVG markup. Every element carries a class the stylesheet and the tests
 * know (`mark`, `phase phase-detecting`, `silence`, `bracket`, `milestone`, `problem`, `break`), and
 * marks carry `data-index` and `data-line` for the webview's clicks and keyboard navigation.
 */
import { el, escapeXml, num, svgDocument, text } from './svg';
import { BREAK_WIDTH } from './timeline-axis';
import type { Lane, TimelineLayout, TimelineMark } from './timeline-layout';
import { TIMELINE_CSS } from './timeline-style';

export interface SvgOptions {
  /** Embed the stylesheet and a background, for an SVG that stands alone (CLI, README). */
  standalone?: boolean;
}

/** The whole drawing. */
export function renderTimelineSvg(layout: TimelineLayout, options: SvgOptions = {}): string {
  const body = [
    ...(options.standalone ? [el('style', {}, [TIMELINE_CSS]), el('rect', { class: 'background', width: layout.width, height: layout.height })] : []),
    el('g', { class: 'phases' }, layout.phases.map((p) => el('rect', { class: `phase phase-${p.phase}`, x: p.x0, y: p.y, width: Math.max(1, p.x1 - p.x0), height: p.height }))),
    el('g', { class: 'silences' }, layout.silences.map(silence)),
    el('g', { class: 'lanes' }, layout.lanes.map(lane)),
    el('g', { class: 'brackets' }, layout.brackets.map(bracket)),
    el('g', { class: 'milestones' }, layout.milestones.map((m) => el('text', { class: 'milestone', x: m.x, y: m.y, 'text-anchor': 'middle' }, [text(m.text)]))),
    el('g', { class: 'marks', role: 'list' }, layout.marks.map(mark)),
    el('g', { class: 'problems' }, layout.problems.map(problem)),
  ];
  return svgDocument(layout.width, layout.height, layout.title, body, { class: 'pm-timeline' });
}

function silence(s: TimelineLayout['silences'][number]): string {
  return el('rect', { class: 'silence', x: s.x0, y: s.y, width: Math.max(1, s.x1 - s.x0), height: s.height, 'data-lane': s.lane }, [el('title', {}, [text(s.label)])]);
}

function lane(l: Lane): string {
  const first = l.axis.segments[0]!;
  const last = l.axis.segments[l.axis.segments.length - 1]!;
  const parts = [
    el('text', { class: 'lane-label', x: 4, y: l.top + 14 }, [text(l.label)]),
    ...l.axis.segments.map((s) => el('line', { class: 'lane-line', x1: s.x0, x2: s.x1, y1: l.lineY, y2: l.lineY })),
    el('line', { class: 'axis-line', x1: first.x0, x2: last.x1, y1: l.axisY, y2: l.axisY }),
    ...l.axis.ticks.map((t) => el('g', { class: 'tick' }, [el('line', { x1: t.x, x2: t.x, y1: l.axisY, y2: l.axisY + 4 }), el('text', { x: t.x, y: l.axisY + 16, 'text-anchor': 'middle' }, [text(t.label)])])),
    ...l.axis.breaks.map((b) => breakMark(b.x, l, b.minutes)),
  ];
  return el('g', { class: 'lane', 'data-lane': l.index }, parts);
}

function breakMark(x: number, l: Lane, minutes: number): string {
  const h = 6;
  const w = BREAK_WIDTH / 4;
  const zigzag = (y: number): string => `M${num(x - w - 3)} ${num(y + h)}L${num(x - 3)} ${num(y - h)}M${num(x + 3)} ${num(y + h)}L${num(x + w + 3)} ${num(y - h)}`;
  const days = Math.round(minutes / 1440);
  return el('g', { class: 'break' }, [el('path', { d: `${zigzag(l.lineY)}${zigzag(l.axisY)}` }), el('text', { x, y: l.axisY + 30, 'text-anchor': 'middle' }, [text(`+${days}d`)])]);
}

function bracket(b: TimelineLayout['brackets'][number]): string {
  const t = 4;
  const d = `M${num(b.x0)} ${num(b.y + t)}V${num(b.y)}H${num(b.x1)}V${num(b.y + t)}`;
  return el('g', { class: `bracket bracket-${b.name.toLowerCase()}` }, [el('path', { d }), el('text', { x: b.x1 + 4, y: b.y + 4 }, [text(b.label)])]);
}

/**
 * One focusable mark; its `<title>` is both the tooltip (the time in the document's zone and in
 * UTC) and the accessible name, so the text is written once for 10,000 marks.
 */
function mark(m: TimelineMark): string {
  const cls = ['mark', m.phase ? `in-${m.phase}` : '', m.milestones.length ? 'has-milestone' : '', m.problem ? 'has-problem' : ''].filter(Boolean).join(' ');
  const tip = escapeXml(markTip(m));
  // Written out rather than through el(): this runs once per entry, 10,000 times in a long log.
  const circle = `<circle cx="${num(m.x)}" cy="${num(m.y)}" r="${m.milestones.length ? 6 : 5}"/>`;
  return `<g class="${cls}" data-index="${m.index}" data-line="${m.line}" tabindex="0" role="listitem">${circle}<title>${tip}</title></g>`;
}

export function markTip(m: TimelineMark): string {
  const when = m.utc && !m.local.endsWith('UTC') ? `${m.local} (${m.utc})` : m.local;
  return `${when}: ${m.label}${m.problem ? ` (problem: ${m.problem})` : ''}`;
}

function problem(p: TimelineLayout['problems'][number]): string {
  const d = `M${num(p.x)} ${num(p.y - 4)}L${num(p.x + 5)} ${num(p.y + 5)}L${num(p.x - 5)} ${num(p.y + 5)}Z`;
  return el('path', { class: `problem problem-${p.code}`, d, 'data-line': p.line }, [el('title', {}, [text(p.message)])]);
}
