/**
 * The incident's phases as spans of minutes since its start, and the phase an entry falls in. The
 * bands, the brackets and each entry's phase come from this one list, so the picture, the CSV and
 * the Mermaid block cannot disagree.
 */
import type { Incident } from '../model';

export type PhaseName = 'impact' | 'detecting' | 'mitigating' | 'recovering';
/** An entry's phase; `before` and `after` lie outside a known window, null when nothing is known. */
export type EntryPhase = PhaseName | 'before' | 'after' | null;

export interface PhaseSpan {
  phase: PhaseName;
  from: number;
  to: number;
}

export interface MetricSpan {
  name: 'TTD' | 'TTM' | 'TTR';
  minutes: number;
}

/** The window facts a lane is drawn from: the whole incident, or one part of a multi-incident report. */
export interface LaneWindow {
  durationMinutes: number | null;
  timeToDetectMinutes: number | null;
  timeToMitigateMinutes: number | null;
  timeToResolveMinutes: number | null;
}

export function windowOfIncident(i: Incident): LaneWindow {
  return {
    durationMinutes: i.durationMinutes,
    timeToDetectMinutes: i.timeToDetectMinutes,
    timeToMitigateMinutes: i.timeToMitigateMinutes,
    timeToResolveMinutes: i.timeToResolveMinutes,
  };
}

/** Impact over the whole window; detecting, mitigating and recovering between the milestones the document gives. */
export function phaseSpans(w: LaneWindow): PhaseSpan[] {
  const { durationMinutes: dur, timeToDetectMinutes: ttd, timeToMitigateMinutes: ttm, timeToResolveMinutes: ttr } = w;
  const out: PhaseSpan[] = [];
  if (dur !== null && dur > 0) out.push({ phase: 'impact', from: 0, to: dur });
  if (ttd !== null && ttd > 0) out.push({ phase: 'detecting', from: 0, to: ttd });
  if (ttm !== null && ttm > (ttd ?? 0)) out.push({ phase: 'mitigating', from: ttd ?? 0, to: ttm });
  const recoverFrom = ttm ?? ttd;
  if (ttr !== null && recoverFrom !== null && ttr > recoverFrom) out.push({ phase: 'recovering', from: recoverFrom, to: ttr });
  return out;
}

/** TTD, TTM and TTR, each from the incident start, when the document gives them. */
export function metricSpans(w: LaneWindow): MetricSpan[] {
  const all: [MetricSpan['name'], number | null][] = [
    ['TTD', w.timeToDetectMinutes],
    ['TTM', w.timeToMitigateMinutes],
    ['TTR', w.timeToResolveMinutes],
  ];
  return all.filter((m): m is [MetricSpan['name'], number] => m[1] !== null && m[1] >= 0).map(([name, minutes]) => ({ name, minutes }));
}

/** The phase `minutes` after the start falls in: the narrowest phase first, then impact, then before or after. */
export function phaseOf(minutes: number, spans: readonly PhaseSpan[]): EntryPhase {
  const inner = spans.filter((s) => s.phase !== 'impact');
  for (const [i, s] of inner.entries()) {
    const last = i === inner.length - 1;
    if (minutes >= s.from && (minutes < s.to || (last && minutes === s.to))) return s.phase;
  }
  const impact = spans.find((s) => s.phase === 'impact');
  if (impact && minutes >= 0 && minutes <= impact.to) return 'impact';
  if (spans.length === 0) return null;
  return minutes < 0 ? 'before' : 'after';
}
