/** Order statistics shared by the benchmarks (medians and percentiles of timings). */

/** The median (the mean of the two middle values for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** The p-th percentile (nearest rank) of values already sorted ascending. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The p-th percentile (nearest rank) of unsorted values. */
export const percentileOf = (xs: number[], p: number): number => percentile([...xs].sort((a, b) => a - b), p);

/** Each case once to warm it, then `runs` timed calls; prints the median in ms per case. */
export async function printMedians(cases: [string, () => Promise<unknown>][], runs: number): Promise<void> {
  for (const [name, fn] of cases) {
    await fn();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
    }
    console.log(`${name}: median ${median(times).toFixed(1)} ms`);
  }
}
