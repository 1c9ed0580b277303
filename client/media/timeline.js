// The timeline view's only script: it draws nothing itself. The SVG comes from the language server's
// renderer; this adds clicks, keyboard navigation between marks, zoom, and the table of entries.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const state = Object.assign({ zoom: 1, line: -1 }, vscode.getState() || {});
  const frame = /** @type {HTMLElement} */ (document.getElementById('frame'));
  const canvas = /** @type {HTMLElement} */ (document.getElementById('canvas'));
  const rowsBody = /** @type {HTMLElement} */ (document.getElementById('rows'));
  const status = /** @type {HTMLElement} */ (document.getElementById('status'));
  const empty = /** @type {HTMLElement} */ (document.getElementById('empty'));
  /** @type {SVGGElement[]} */
  let marks = [];
  let baseSize = { width: 0, height: 0 };

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m.type === 'update') render(m);
    else if (m.type === 'cursor') highlightLine(m.line, false);
    else if (m.type === 'click') marks[m.index]?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });

  /** @param {{ svg: string, rows: any[], version: number, empty: string | null }} m */
  function render(m) {
    const left = frame.scrollLeft;
    const top = frame.scrollTop;
    canvas.innerHTML = m.empty ? '' : m.svg;
    empty.textContent = m.empty || '';
    const svg = canvas.querySelector('svg');
    baseSize = svg ? { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) } : { width: 0, height: 0 };
    marks = /** @type {SVGGElement[]} */ (Array.from(canvas.querySelectorAll('g.mark')));
    applyZoom();
    frame.scrollLeft = left;
    frame.scrollTop = top;
    fillTable(m.rows);
    highlightLine(state.line, false);
    const phases = Array.from(canvas.querySelectorAll('rect.phase')).map((r) => (r.getAttribute('class') || '').replace('phase ', ''));
    vscode.postMessage({ type: 'rendered', version: m.version, marks: marks.length, phases, problems: canvas.querySelectorAll('.problem').length });
  }

  function applyZoom() {
    const svg = canvas.querySelector('svg');
    if (!svg || !baseSize.width) return;
    svg.setAttribute('width', String(baseSize.width * state.zoom));
    svg.setAttribute('height', String(baseSize.height * state.zoom));
  }

  /** @param {number} factor */
  function zoom(factor) {
    state.zoom = factor === 0 ? 1 : Math.min(8, Math.max(0.25, state.zoom * factor));
    vscode.setState(state);
    applyZoom();
  }

  /** @param {any[]} rows */
  function fillTable(rows) {
    rowsBody.textContent = '';
    for (const r of rows) {
      const tr = document.createElement('tr');
      tr.dataset.line = String(r.line - 1);
      if (r.problem) tr.className = 'problem';
      const go = document.createElement('button');
      go.textContent = `line ${r.line}`;
      go.addEventListener('click', () => reveal(r.line - 1));
      const cells = [r.local, r.utc || '', r.phase || '', r.text, r.problem || ''];
      const first = document.createElement('td');
      first.appendChild(go);
      tr.appendChild(first);
      for (const c of cells) {
        const td = document.createElement('td');
        td.textContent = c;
        tr.appendChild(td);
      }
      rowsBody.appendChild(tr);
    }
  }

  /** @param {number} line */
  function reveal(line) {
    vscode.postMessage({ type: 'reveal', line });
  }

  /**
   * Marks the entry on `line`, or the last entry above it: the one the cursor is in.
   * @param {number} line @param {boolean} focus
   */
  function highlightLine(line, focus) {
    state.line = line;
    vscode.setState(state);
    let best = /** @type {SVGGElement | null} */ (null);
    let bestLine = -1;
    for (const g of marks) {
      const l = Number(g.dataset.line);
      if (l <= line && l > bestLine) {
        best = g;
        bestLine = l;
      }
    }
    for (const g of canvas.querySelectorAll('g.mark.selected')) g.classList.remove('selected');
    for (const tr of rowsBody.querySelectorAll('tr.selected')) tr.classList.remove('selected');
    if (!best) return;
    for (const g of marks) if (Number(g.dataset.line) === bestLine) g.classList.add('selected');
    for (const tr of rowsBody.querySelectorAll(`tr[data-line="${bestLine}"]`)) tr.classList.add('selected');
    status.textContent = best.querySelector('title')?.textContent || '';
    if (focus) best.focus();
    else best.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  canvas.addEventListener('click', (e) => {
    const g = /** @type {Element} */ (e.target).closest('g.mark');
    if (!g) return;
    const line = Number(g.getAttribute('data-line'));
    highlightLine(line, true);
    reveal(line);
  });

  canvas.addEventListener('keydown', (e) => {
    const current = marks.indexOf(/** @type {SVGGElement} */ (document.activeElement));
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity }[e.key];
    if (step !== undefined && marks.length > 0) {
      const next = Math.min(marks.length - 1, Math.max(0, current < 0 ? 0 : current + step));
      marks[next].focus();
      e.preventDefault();
    } else if ((e.key === 'Enter' || e.key === ' ') && current >= 0) {
      reveal(Number(marks[current].dataset.line));
      e.preventDefault();
    }
  });

  canvas.addEventListener('focusin', (e) => {
    const g = /** @type {Element} */ (e.target).closest('g.mark');
    if (g) status.textContent = g.querySelector('title')?.textContent || '';
  });

  frame.addEventListener('wheel', (e) => {
    if (!e.ctrlKey) return;
    zoom(e.deltaY < 0 ? 1.25 : 0.8);
    e.preventDefault();
  }, { passive: false });

  for (const b of document.querySelectorAll('[data-zoom]')) {
    b.addEventListener('click', () => zoom(Number(b.getAttribute('data-zoom'))));
  }

  // The drawing is laid out for the width the view has; the server redraws when it changes.
  const width = () => Math.max(320, Math.floor(frame.clientWidth - 2));
  let resizing = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => vscode.postMessage({ type: 'resize', width: width() }), 150);
  });

  vscode.postMessage({ type: 'ready', width: width() });
})();
