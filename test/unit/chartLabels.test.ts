import { describe, expect, it } from 'vitest';
import { spacedLabels } from '../../src/features/shared/chartParts';

const months = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `M${String(i).padStart(2, '0')} 2026`);

describe('spacedLabels (the X axis labels recharts preserveEnd would show)', () => {
  it('shows every label when they fit', () => {
    expect(spacedLabels(months(12), 90, 7)).toEqual({ ticks: months(12), lastShift: 0 });
  });

  it('keeps the last label and never lets two overlap or one start before the plot', () => {
    const labels = months(61);
    const slot = 15;
    const { ticks, lastShift } = spacedLabels(labels, slot, 7);
    expect(ticks[ticks.length - 1]).toBe(labels[60]);
    const width = 8 * 7;
    const centers = ticks.map((t) => {
      const i = labels.indexOf(t);
      return (i + 0.5) * slot - (i === 60 ? lastShift : 0);
    });
    expect(centers[0]! - width / 2).toBeGreaterThanOrEqual(0);
    expect(centers[centers.length - 1]! + width / 2).toBeLessThanOrEqual(61 * slot);
    for (let k = 1; k < centers.length; k += 1) {
      expect(centers[k]! - centers[k - 1]!).toBeGreaterThanOrEqual(width + 5);
    }
  });

  it('moves the last label in only as far as it sticks out of the plot', () => {
    expect(spacedLabels(['Dec 2026'], 40, 7).lastShift).toBe(8);
    expect(spacedLabels(['Dec 2026'], 60, 7).lastShift).toBe(0);
  });
});
