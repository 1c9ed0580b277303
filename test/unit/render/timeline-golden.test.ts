/**
 * Golden SVGs, compared by structure rather than bytes: how many elements of each class, every
 * label, and where each mark, band and bracket sits (within a tolerance). A change to the picture
 * fails here; `UPDATE_GOLDEN=1` rewrites the files after a deliberate one, to review in the diff.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { layoutTimeline } from '../../../server/src/render/timeline-layout';
import { renderTimelineSvg } from '../../../server/src/render/timeline-svg';
import { analyze } from '../fixture';

const GOLDEN: [string, string][] = [
  ['test/fixtures/features/markdown-style.md', 'test/fixtures/render/golden/markdown-style.svg'],
  ['test/fixtures/timelines/timeline-date-lines.md', 'test/fixtures/render/golden/date-lines.svg'],
  ['test/fixtures/styles/multi-incident.md', 'test/fixtures/render/golden/multi-incident.svg'],
];
const TOLERANCE_PX = 2;

interface Node {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

/** Every element in document order, with its attributes and its own text. */
function flatten(svg: string): Node[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, trimValues: false });
  const out: Node[] = [];
  const walk = (items: Record<string, unknown>[]): void => {
    for (const item of items) {
      const tag = Object.keys(item).find((k) => k !== ':@');
      if (!tag || tag === '#text') continue;
      const children = item[tag] as Record<string, unknown>[];
      const text = children.filter((c) => '#text' in c).map((c) => String(c['#text'])).join('');
      out.push({ tag, attrs: (item[':@'] as Record<string, string>) ?? {}, text });
      walk(children);
    }
  };
  walk(parser.parse(svg));
  return out;
}

function countsByClass(nodes: Node[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const n of nodes) for (const c of (n.attrs.class ?? '').split(/\s+/).filter(Boolean)) counts[`${n.tag}.${c}`] = (counts[`${n.tag}.${c}`] ?? 0) + 1;
  return counts;
}

/** Numbers that place things: circles, rectangles, and each bracket's path. */
function positions(nodes: Node[]): [string, number][] {
  const out: [string, number][] = [];
  for (const n of nodes) {
    for (const key of ['cx', 'cy', 'x', 'y', 'width', 'height', 'x1', 'x2']) {
      if (n.attrs[key] !== undefined && (n.tag === 'circle' || n.tag === 'rect' || n.tag === 'line')) out.push([`${n.tag}@${key}`, Number(n.attrs[key])]);
    }
  }
  return out;
}

const labels = (nodes: Node[]): string[] => nodes.filter((n) => n.tag === 'text' || n.tag === 'title').map((n) => n.text);

for (const [source, golden] of GOLDEN) {
  test(`the drawing of ${source} matches ${golden}`, () => {
    const a = analyze(readFileSync(source, 'utf8'));
    const svg = renderTimelineSvg(layoutTimeline(a.doc, a.diagnostics), { standalone: true });
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, svg + '\n');
    const want = flatten(readFileSync(golden, 'utf8'));
    const got = flatten(svg);
    assert.deepEqual(countsByClass(got), countsByClass(want), 'elements by class');
    assert.deepEqual(labels(got), labels(want), 'labels and tooltips');
    const [p, q] = [positions(got), positions(want)];
    assert.equal(p.length, q.length, 'positioned attributes');
    p.forEach(([key, value], i) => {
      const [wantKey, wantValue] = q[i]!;
      assert.equal(key, wantKey);
      assert.ok(Math.abs(value - wantValue) <= TOLERANCE_PX, `${key} #${i}: ${value}, golden ${wantValue}`);
    });
  });
}

test('the structural comparison notices a moved mark and a missing band', () => {
  const svg = readFileSync(GOLDEN[0]![1], 'utf8');
  const moved = svg.replace(/(<circle cx=")([\d.]+)/, (_m, a: string, x: string) => `${a}${Number(x) + 10}`);
  const shifted = positions(flatten(moved)).find(([, v], i) => v !== positions(flatten(svg))[i]![1]);
  assert.ok(shifted, 'a 10 px move is seen');
  const fewer = svg.replace(/<rect class="phase phase-detecting"[^>]*\/>/, '');
  assert.notDeepEqual(countsByClass(flatten(fewer)), countsByClass(flatten(svg)));
});
