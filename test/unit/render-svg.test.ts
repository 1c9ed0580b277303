import { test } from 'node:test';
import assert from 'node:assert/strict';
import { el, escapeXml, linearScale, num, svgDocument, text } from '../../server/src/render/svg';

test('escapeXml escapes markup and quotes', () => {
  assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('num rounds to two decimals and never prints NaN or -0', () => {
  assert.equal(num(1.23456), '1.23');
  assert.equal(num(-0.001), '0');
  assert.equal(num(Number.NaN), '0');
  assert.equal(num(Infinity), '0');
  assert.equal(num(40), '40');
});

test('el drops absent attributes, escapes values and closes empty elements', () => {
  assert.equal(el('rect', { x: 1.256, y: null, hidden: false, focusable: true, title: 'a"b' }), '<rect x="1.26" focusable="focusable" title="a&quot;b"/>');
  assert.equal(el('g', { class: 'marks' }, [el('circle', { r: 3 }), text('<x>')]), '<g class="marks"><circle r="3"/>&lt;x&gt;</g>');
});

test('svgDocument carries a title and an accessible name', () => {
  const svg = svgDocument(100, 50, 'Timeline & phases', []);
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="100" height="50" viewBox="0 0 100 50" role="img" aria-label="Timeline &amp; phases">/);
  assert.match(svg, /<title>Timeline &amp; phases<\/title><\/svg>$/);
});

test('linearScale maps a domain onto a range, and a zero-width domain onto its start', () => {
  const x = linearScale([0, 60], [10, 130]);
  assert.equal(x(0), 10);
  assert.equal(x(30), 70);
  assert.equal(x(60), 130);
  assert.equal(linearScale([5, 5], [10, 130])(99), 10);
});
