/** GFM table rows split into cells, with each cell's trimmed text and column span. */
export interface Cell {
  text: string;
  /** Column of the trimmed text's first character. */
  start: number;
  end: number;
}

export function splitCells(row: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  let i = 0;
  const lead = row.length - row.trimStart().length;
  if (row.charCodeAt(lead) === 124 /* | */) {
    from = lead + 1;
    i = from;
  }
  for (; i <= row.length; i++) {
    const c = row.charCodeAt(i);
    if (c === 92 /* \ */) {
      i++;
      continue;
    }
    if (i === row.length || c === 124) {
      const raw = row.slice(from, i);
      const text = raw.trim();
      const start = from + (raw.length - raw.trimStart().length);
      // The empty cell after a trailing pipe is not a cell.
      if (!(i === row.length && text === '' && cells.length > 0 && row.trimEnd().endsWith('|'))) {
        cells.push({ text, start, end: start + text.length });
      }
      from = i + 1;
    }
  }
  return cells;
}

/** Splits a tab-separated row (text pasted from a wiki or spreadsheet) the same way. */
export function splitTabs(row: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= row.length; i++) {
    if (i === row.length || row.charCodeAt(i) === 9) {
      const raw = row.slice(from, i);
      const text = raw.trim();
      const start = from + (raw.length - raw.trimStart().length);
      cells.push({ text, start, end: start + text.length });
      from = i + 1;
    }
  }
  return cells;
}
