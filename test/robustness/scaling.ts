/**
 * Detecting super-linear cost without asserting wall-clock times: run the same work at n and 4n,
 * take the fastest of a few runs of each (the least disturbed by a loaded machine), and compare.
 * Linear work gives a ratio near 4, quadratic near 16. The bound sits between them, and work that
 * stays under a millisecond at 4n passes whatever the ratio, because timer noise dominates there.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const MAX_RATIO = 12;
const NOISE_FLOOR_MS = 1;

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export function gc(): void {
  collect();
}

export function heapUsed(): number {
  collect();
  return process.memoryUsage().heapUsed;
}

/** The fastest of `runs` timings of `fn`, repeating it until one timing covers at least 5 ms. */
export function minMs(fn: () => unknown, runs = 3): number {
  let reps = 1;
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    let ms = 0;
    for (;;) {
      const t0 = performance.now();
      for (let k = 0; k < reps; k++) fn();
      ms = performance.now() - t0;
      if (ms >= 5 || reps >= 1024) break;
      reps *= 4;
    }
    best = Math.min(best, ms / reps);
  }
  return best;
}

export interface Scaling {
  smallMs: number;
  bigMs: number;
  ratio: number;
  ok: boolean;
}

/**
 * Times `run(make(n))` against `run(make(4n))`. Inputs are built before timing starts. On a ratio
 * over the bound it measures once more, so one unlucky pause does not fail the suite.
 */
export function scaling<T>(make: (n: number) => T, n: number, run: (input: T) => unknown): Scaling {
  const small = make(n);
  const big = make(4 * n);
  let result: Scaling = { smallMs: 0, bigMs: 0, ratio: 0, ok: false };
  for (let attempt = 0; attempt < 2 && !result.ok; attempt++) {
    gc();
    const smallMs = minMs(() => run(small));
    gc();
    const bigMs = minMs(() => run(big));
    const ratio = bigMs / Math.max(smallMs, 1e-3);
    result = { smallMs, bigMs, ratio, ok: ratio < MAX_RATIO || bigMs < NOISE_FLOOR_MS };
  }
  return result;
}

export function describe(s: Scaling): string {
  return `n: ${s.smallMs.toFixed(2)} ms, 4n: ${s.bigMs.toFixed(2)} ms, ratio ${s.ratio.toFixed(1)} (bound ${MAX_RATIO})`;
}
