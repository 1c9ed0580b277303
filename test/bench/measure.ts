/** Timing helpers: medians after a warm-up, so JIT compilation and one slow GC do not decide a number. */

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median wall time in ms of `fn(i)` over `runs` runs, after `warmup` runs that are not counted. */
export function medianMs(fn: (i: number) => unknown, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Rounds for display and JSON: three significant digits is all a benchmark can stand behind. */
export function round(ms: number): number {
  if (ms === 0 || !Number.isFinite(ms)) return ms;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(ms))));
  return Number(ms.toFixed(Math.min(digits, 4)));
}

/** Progress goes to stderr, so `--json` leaves exactly one object on stdout. */
export function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}
