/** The 95% Wilson score interval of a rate (outcomes.md §3). */

export const WILSON_Z = 1.96;

/**
 * The Wilson interval `[low, high]` of `successes` out of `trials` (z = 1.96 gives 95%);
 * null when there are no trials. It always holds the rate itself and stays within [0, 1].
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  z: number = WILSON_Z,
): [number, number] | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // At 0 and at every trial the bound is exact; rounding must not push it past the rate.
  const low = successes <= 0 ? 0 : Math.min(p, Math.max(0, centre - half));
  const high = successes >= trials ? 1 : Math.max(p, Math.min(1, centre + half));
  return [low, high];
}
