/**
 * Round axis ticks from 0: steps of 1, 2, 2.5 or 5 × 10ⁿ, at most five ticks
 * (recharts' own choice for 0–332 is 0, 85, 170, 255, 340, which reads badly).
 */
export function niceTicks(max: number, whole = true): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const factor = [1, 2, 2.5, 5, 10].find((f) => f * power >= rough) ?? 10;
  let step = factor * power;
  if (whole) step = Math.max(1, Math.ceil(step));
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) ticks.push(Math.round(t * 100) / 100);
  return ticks;
}
