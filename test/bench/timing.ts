export function timeIt(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
