/**
 * The timeline view's requests: `postmortem/timeline` returns the layout and its SVG for a
 * document, `postmortem/timelineDiagram` the edit that writes (or updates) its Mermaid block.
 * Each is one call into the renderer over the cached analysis.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { diagramEdit, type Analysis } from '../service';
import { layoutTimeline, type TimelineLayout } from '../render/timeline-layout';
import { renderTimelineSvg } from '../render/timeline-svg';

export interface TimelineParams {
  textDocument: { uri: string };
  /** Pixels the view has for the drawing. */
  width?: number;
}

export interface TimelineResult {
  uri: string;
  version: number;
  layout: TimelineLayout;
  svg: string;
}

export function timelineResult(analysis: Analysis, params: TimelineParams): TimelineResult {
  const width = typeof params.width === 'number' && Number.isFinite(params.width) ? Math.min(20_000, Math.max(320, Math.round(params.width))) : undefined;
  const layout = layoutTimeline(analysis.doc, analysis.diagnostics, { width });
  return { uri: analysis.doc.uri, version: analysis.doc.version, layout, svg: renderTimelineSvg(layout) };
}

export function timelineDiagramEdit(analysis: Analysis): TextEdit | null {
  return diagramEdit(analysis.doc);
}
