// Performance marks for the benchmarks (bench/browser-bench.ts reads claimlens:start,
// claimlens:first-highlight and claimlens:first-scan-done; bench/first-highlight-phases.ts also reads
// claimlens:settings-read and the first claimlens:batch-sent / claimlens:batch-answered). Only a
// benchmark build sets them (bench/build-extension.ts sets WXT_CLAIMLENS_BENCH=1): in the store build a
// page would see them, and could tell that ClaimLens runs and when it found something.
export function benchMark(win: Window, name: string): void {
  if (import.meta.env.WXT_CLAIMLENS_BENCH === '1') win.performance.mark(name);
}
