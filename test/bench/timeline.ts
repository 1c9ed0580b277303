/**
 * The timeline view's numbers: drawing a 10,000-entry timeline (layout and SVG, from the cached
 * model), and a keystroke to an updated view on 100 KB through the real server: didChange, then
 * the `postmortem/timeline` request the webview makes, answered with layout and SVG.
 */
import { createLanguageService } from '../../server/src/service';
import { layoutTimeline } from '../../server/src/render/timeline-layout';
import { renderTimelineSvg } from '../../server/src/render/timeline-svg';
import { startServer } from '../protocol/client';
import type { BenchDocument } from './generate';
import { typist } from './lsp';
import { median, medianMs } from './measure';

/** Median ms to lay out and draw `doc`'s timeline, once its analysis is cached. */
export function timelineSvgMs(doc: BenchDocument, runs = 15): { ms: number; marks: number; bytes: number } {
  const { doc: model, diagnostics } = createLanguageService().analyze({ uri: `file:///bench/${doc.name}.md`, version: 1, getText: () => doc.text });
  let svg = '';
  const ms = medianMs(() => (svg = renderTimelineSvg(layoutTimeline(model, diagnostics))), runs);
  return { ms, marks: model.timeline.entries.length, bytes: svg.length };
}

/** Median ms from a one-character didChange to the answer of the view's request for that version. */
export async function timelineKeystrokeMs(doc: BenchDocument, runs = 30, warmup = 5): Promise<number> {
  const client = await startServer({ settings: { debounceMs: 0 } });
  const uri = `file:///bench/${doc.name}.md`;
  const type = typist(doc);
  const times: number[] = [];
  try {
    const first = client.diagnostics(uri, 1, 60_000);
    client.open(uri, doc.text, 'postmortem', 1);
    await first;
    for (let v = 2; v < 2 + warmup + runs; v++) {
      const t0 = performance.now();
      client.change(uri, v, [type(v - 2)]);
      const r = await client.connection.sendRequest<{ version: number; svg: string } | null>('postmortem/timeline', { textDocument: { uri }, width: 960 });
      if (!r || r.version !== v || r.svg.length === 0) throw new Error(`postmortem/timeline answered for version ${r?.version}, not ${v}`);
      if (v >= 2 + warmup) times.push(performance.now() - t0);
    }
  } finally {
    await client.stop();
  }
  return median(times);
}
