/**
 * A fixed pure-JS workload, printed first by `npm run bench`: figures taken on machines (or
 * moments) of different speed compare through it. It mixes what the app's own hot paths do:
 * object-heavy loops, string building and parsing, sorting, typed arrays.
 */
import { median, timeIt } from './timing';

function workload(): number {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const rows: { date: string; connects: number; ref: string }[] = [];
  for (let i = 0; i < 200_000; i += 1) {
    const day = 1 + rand(28);
    rows.push({ date: `2026-${1 + rand(12)}-${day}`, connects: rand(20), ref: `job-${rand(999)}` });
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.connects - b.connects));
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.ref, (totals.get(row.ref) ?? 0) + row.connects);
  const packed = new Float64Array(rows.length);
  rows.forEach((row, i) => (packed[i] = Number.parseInt(row.date.slice(5), 10) + row.connects));
  let sum = 0;
  for (const value of packed) sum += value;
  return sum + totals.size;
}

export function benchCpuProbe(): string[] {
  workload(); // warm-up
  const ms = median([1, 2, 3, 4, 5].map(() => timeIt(workload)));
  return [`cpu-probe: ${ms.toFixed(1)} ms`];
}
