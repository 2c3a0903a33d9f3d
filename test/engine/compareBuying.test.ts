import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundlesFor, purchaseFor } from '../../src/engine/buying';
import { findEra, type PlanRules } from '../../src/engine/eras';

const BUNDLES = [10, 20, 40, 60, 80];
const rulesOf = (era: string, plan: string): PlanRules => {
  const rules = findEra(era)?.plans[plan];
  if (!rules) throw new Error(`${era}/${plan}`);
  return rules;
};

describe('the buying rule', () => {
  it('buys the smallest total of bundles covering the shortfall, fewest bundles among equals', () => {
    expect(bundlesFor(10, BUNDLES)).toEqual([10]);
    expect(bundlesFor(1, BUNDLES)).toEqual([10]);
    // 25 → 30 as 20 + 10, cheaper than one bundle of 40
    expect(bundlesFor(25, BUNDLES)).toEqual([20, 10]);
    expect(bundlesFor(80, BUNDLES)).toEqual([80]);
    // 130 → 80 + 40 + 10 (three purchases; 60 + 60 + 10 is as many, 80 + 20 + 20 + 10 more)
    expect(bundlesFor(130, BUNDLES)).toEqual([80, 40, 10]);
    expect(bundlesFor(0, BUNDLES)).toEqual([]);
  });

  it('reaches totals that only some sizes make', () => {
    // sizes 7 and 11: 12 → 14 (7 + 7), 15 → 18 (11 + 7)
    expect(bundlesFor(12, [7, 11])).toEqual([7, 7]);
    expect(bundlesFor(15, [11, 7])).toEqual([11, 7]);
  });

  it('covers any shortfall with the least total a combination can make', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (shortfall) => {
        const pieces = bundlesFor(shortfall, BUNDLES);
        const total = pieces.reduce((a, b) => a + b, 0);
        expect(total).toBe(Math.ceil(shortfall / 10) * 10);
        // fewest bundles: as many 80s as fit, then 10, 20, 40, 60 alone or 30 = 20 + 10, 50 = 40 + 10, 70 = 60 + 10
        const rest: Record<number, number> = {
          0: 0,
          10: 1,
          20: 1,
          30: 2,
          40: 1,
          50: 2,
          60: 1,
          70: 2,
        };
        expect(pieces.length).toBe(Math.floor(total / 80) + (rest[total % 80] ?? Number.NaN));
      }),
    );
  });

  it('costs connects × the era price, per purchase as the engine charges it', () => {
    const basic = rulesOf('no-cap-2023', 'freelancer-basic');
    // held 5, need 30: short 25 → 20 + 10 = 30 Connects × $0.15 = $4.50
    expect(purchaseFor(30, 5, basic)).toEqual({ pieces: [20, 10], connects: 30, costCents: 450 });
    expect(purchaseFor(30, 30, basic)).toEqual({ pieces: [], connects: 0, costCents: 0 });
  });

  it('buys any amount where the era has no bundles, within the maximum balance', () => {
    const plus = rulesOf('classic', 'freelancer-plus');
    // held 11, need 90: short 79 at $1.00
    expect(purchaseFor(90, 11, plus)).toEqual({ pieces: [79], connects: 79, costCents: 7900 });
    // 360 needed would be held after buying: over the maximum balance of 350
    expect(purchaseFor(360, 0, plus)).toBe('over-max-balance');
    expect(purchaseFor(350, 0, plus)).toMatchObject({ connects: 350 });
  });

  it('refuses where the plan cannot buy', () => {
    expect(purchaseFor(70, 60, rulesOf('classic', 'freelancer-basic'))).toBe('cannot-purchase');
  });

  it('refuses where the smallest bundle combination breaks the maximum balance', () => {
    const capped: PlanRules = { ...rulesOf('no-cap-2023', 'freelancer-basic'), maxBalance: 45 };
    // held 30, need 35: the smallest purchase is 10, and 40 ≤ 45
    expect(purchaseFor(35, 30, capped)).toMatchObject({ connects: 10 });
    // held 30, need 41: short 11 → 20, and 50 > 45 even though 41 would fit
    expect(purchaseFor(41, 30, capped)).toBe('over-max-balance');
  });
});
