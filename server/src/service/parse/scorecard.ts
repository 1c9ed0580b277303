/**
 * Scorecards: question/answer tables with yes/no answers and a stated total, written as GFM tables
 * or as tab-separated text pasted from a wiki (where one row may wrap onto the next line).
 */
import type { Draft, LineInfo, Scorecard, ScorecardAnswer, ScorecardQuestion, Section } from '../model';
import { splitCells, splitTabs, type Cell } from './tables';

export function findScorecards(lines: readonly LineInfo[], sections: readonly Section[]): Scorecard[] {
  const out: Scorecard[] = [];
  for (const s of sections) {
    if (!s.ids.includes('scorecard') || s.subsection) continue;
    const card = readCard(lines, s);
    if (card.questions.length > 0 || card.total) out.push(card);
  }
  return out;
}

interface Row {
  line: number;
  last: number;
  cells: Cell[];
}

function readCard(lines: readonly LineInfo[], s: Section): Scorecard {
  const card: Draft<Scorecard> = { section: s.index, range: s.range, questions: [], total: null };
  let answerCol = -1;
  let questionCol = -1;
  for (const row of rows(lines, s)) {
    const texts = row.cells.map((c) => c.text);
    if (answerCol === -1) {
      const a = texts.findIndex((t) => /^answer\b/i.test(t));
      if (a !== -1) {
        answerCol = a;
        questionCol = texts.findIndex((t) => /^question\b/i.test(t));
        continue;
      }
    }
    const rangeOf = { start: { line: row.line, character: 0 }, end: { line: row.last, character: lines[row.last]!.text.length } };
    if (texts.some((t) => /^total\b/i.test(t))) {
      card.total = { line: row.line, stated: statedTotal(texts, answerCol), range: rangeOf };
      continue;
    }
    const answerAt = answerCol !== -1 ? answerCol : texts.length - 1;
    const qText = questionCol !== -1 ? texts[questionCol] ?? '' : texts.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (!qText.includes('?') && !/^(?:was|were|is|are|did|do|does|has|have)\b/i.test(qText)) continue;
    if (answerCol !== -1 && texts.length <= answerCol && row.cells.length < 2) continue;
    const q: ScorecardQuestion = { line: row.line, text: qText, answer: answerOf(texts[answerAt] ?? ''), range: rangeOf };
    card.questions.push(q);
  }
  return card;
}

/** Table rows, or tab-separated lines with a wrapped row joined to the line that finishes it. */
function* rows(lines: readonly LineInfo[], s: Section): Generator<Row> {
  for (let i = s.bodyStart; i <= s.end; i++) {
    const line = lines[i]!;
    if (line.kind === 'table-row') {
      yield { line: i, last: i, cells: splitCells(line.text) };
    } else if (line.kind === 'text' && line.text.includes('\t')) {
      let last = i;
      let text = line.text;
      // A wrapped row stops mid-question with no trailing answer cells; the next line finishes it.
      while (!endsInEmptyCell(text) && last + 1 <= s.end && continues(lines[last + 1]!)) {
        last++;
        text += ' ' + lines[last]!.text;
      }
      yield { line: i, last, cells: splitTabs(text) };
      i = last;
    }
  }
}

/**
 * A row that ends in a tab and white space has its answer cells: it is not wrapped. (Not
 * `/\t\s*$/`, which is quadratic on a long run of tabs.)
 */
function endsInEmptyCell(text: string): boolean {
  return text.slice(text.trimEnd().length).includes('\t');
}

/** A continuation line carries on a long question; a new row starts with a short category cell. */
function continues(next: LineInfo): boolean {
  if (next.kind !== 'text' || !next.text.includes('\t')) return false;
  return next.text.slice(0, next.text.indexOf('\t')).trim().length > 20;
}

function answerOf(cell: string): ScorecardAnswer {
  const t = cell.replace(/[*_`]/g, '').trim().toLowerCase();
  if (t === '') return null;
  if (/^(?:yes|y|true|✓|✔|✅)\b/u.test(t)) return 'yes';
  if (/^(?:no|n|false|✗|✘|❌)\b/u.test(t)) return 'no';
  return 'n/a';
}

function statedTotal(texts: string[], answerCol: number): number | null {
  const candidates = answerCol !== -1 ? [texts[answerCol] ?? '', ...texts] : texts;
  for (const t of candidates) {
    const m = /^\**\s*(\d{1,3})(?:\s*\/\s*\d{1,3})?\s*\**$/.exec(t.trim());
    if (m) return Number(m[1]);
  }
  return null;
}
