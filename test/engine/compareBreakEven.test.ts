import { describe, expect, it } from 'vitest';
import { breakEvenCurve } from '../../src/engine/breakEven';
import {
  breakEvenSentence,
  recommend,
  recommendationSentence,
} from '../../src/engine/compareAdvice';
import type { Era } from '../../src/engine/eras';

/** A made-up era where Plus is a bargain: $6 for 100 Connects; Basic buys any amount at $0.15. */
const cheapPlus: Era = {
  id: 'cheap-plus',
  from: '2016-01-01',
  lotLifetime: null,
  interviewBonus: null,
  plans: {
    'freelancer-basic': {
      monthlyFeeUsd: 0,
      allotment: 10,
      rolloverCap: null,
      maxBalance: null,
      canPurchase: true,
      pricePerConnectUsd: 0.15,
    },
    'freelancer-plus': {
      monthlyFeeUsd: 6,
      allotment: 100,
      rolloverCap: null,
      maxBalance: null,
      canPurchase: true,
      pricePerConnectUsd: 0.15,
    },
  },
};

describe('break-even', () => {
  it('no-cap-2023: Plus never becomes cheaper on Connects alone', () => {
    const curve = breakEvenCurve({ era: 'no-cap-2023', pace: { connectsPerProposal: 8 } });
    expect(curve.points.length).toBe(101);
    // at 12 (96 Connects a cycle): Basic $12.94 (see above); Agency Plus's 80 fall short by 16,
    // so it buys 20, 20, 10, 20, 10 every 5 cycles: 4 × 80 + 70 = 390 × $0.15 + 24 × $20 = $538.50
    expect(curve.points[12]?.plans.map((p) => p.monthlyCostUsd)).toEqual([12.94, 19.99, 22.44]);
    expect(curve.breakEven).toEqual([
      { plan: 'freelancer-plus', from: null, reason: null },
      { plan: 'agency-plus', from: null, reason: null },
    ]);
    // $19.99 / 100 = $0.1999; the 90 beyond Basic's 10 cost $19.99 / 90 = $0.2221 each
    expect(curve.prices[1]).toEqual({
      plan: 'freelancer-plus',
      feeUsd: 19.99,
      allotment: 100,
      includedPerConnectUsd: 0.1999,
      buyPerConnectUsd: 0.15,
      extraPerConnectUsd: 0.2221,
    });
    expect(breakEvenSentence(curve)).toBe(
      "Under no-cap-2023, Freelancer Plus never becomes cheaper than Freelancer Basic on Connects alone: Freelancer Plus works out to $0.1999 a Connect ($19.99 for 100); each of its 90 Connects beyond Freelancer Basic's costs $0.2221; Freelancer Basic buys Connects at $0.15.",
    );
  });

  it('classic: from 16 proposals of 4 Basic cannot send them all and Plus can', () => {
    const curve = breakEvenCurve({ era: 'classic', pace: { connectsPerProposal: 4 } });
    // 15 × 4 = 60, Basic's whole allotment; at 16, 64 > 60
    expect(curve.points[15]?.plans[0]).toMatchObject({ monthlyCostUsd: 0, unsentPerCycle: 0 });
    expect(curve.points[16]?.plans[0]?.unsentPerCycle).toBe(1);
    expect(curve.breakEven[0]).toEqual({
      plan: 'freelancer-plus',
      from: 16,
      reason: 'baseline-cannot-send',
    });
    expect(breakEvenSentence(curve)).toBe(
      'Under classic, from 16 proposals a cycle Freelancer Basic cannot send them all and Freelancer Plus can.',
    );
  });

  it('finds the point where a cheaper Plus pays for itself', () => {
    // Basic at p proposals of 5 buys 5p − 10 at $0.15: $6.00 at p = 10 (a tie), $6.75 at p = 11
    const curve = breakEvenCurve({
      era: cheapPlus,
      cycles: 12,
      maxProposals: 40,
      pace: { connectsPerProposal: 5 },
    });
    expect(curve.points[10]?.plans.map((p) => p.monthlyCostUsd)).toEqual([6, 6]);
    expect(curve.points[11]?.plans.map((p) => p.monthlyCostUsd)).toEqual([6.75, 6]);
    expect(curve.breakEven).toEqual([{ plan: 'freelancer-plus', from: 11, reason: 'cheaper' }]);
    expect(breakEvenSentence(curve)).toBe(
      'Under cheap-plus, Freelancer Plus becomes cheaper than Freelancer Basic from 11 proposals a cycle.',
    );
  });
});

describe('the recommendation', () => {
  it('states what Plus must be worth beyond Connects', () => {
    const rec = recommend({
      era: 'no-cap-2023',
      pace: { proposalsPerCycle: 12, connectsPerProposal: 8 },
    });
    expect(rec).toMatchObject({
      verdict: 'baseline-cheaper',
      cheaper: 'freelancer-basic',
      differenceUsd: 7.05,
      baseline: { plan: 'freelancer-basic', monthlyCostUsd: 12.94 },
      candidate: { plan: 'freelancer-plus', monthlyCostUsd: 19.99 },
    });
    expect(recommendationSentence(rec)).toBe(
      'At 12 proposals of 8 Connects, Freelancer Basic costs $12.94 a month and Freelancer Plus $19.99: Freelancer Plus pays only if you value its other features at $7.05 or more.',
    );
  });

  it("over one cycle gives the issue's own example: 86 short → 90 bought = $13.50", () => {
    const rec = recommend({
      era: 'no-cap-2023',
      cycles: 1,
      pace: { proposalsPerCycle: 12, connectsPerProposal: 8 },
    });
    expect(recommendationSentence(rec)).toBe(
      'At 12 proposals of 8 Connects, Freelancer Basic costs $13.50 a month and Freelancer Plus $19.99: Freelancer Plus pays only if you value its other features at $6.49 or more.',
    );
  });

  it('speaks of one proposal in the singular once the count is rounded', () => {
    const rec = recommend({
      era: 'no-cap-2023',
      cycles: 1,
      pace: { proposalsPerCycle: 1.04, connectsPerProposal: 1 },
    });
    expect(recommendationSentence(rec)).toMatch(/^At 1 proposal of 1 Connect, /);
  });

  it('says when Basic cannot send them all', () => {
    const rec = recommend({
      era: 'classic',
      pace: { proposalsPerCycle: 20, connectsPerProposal: 4 },
    });
    expect(rec).toMatchObject({ verdict: 'baseline-cannot-send', cheaper: 'freelancer-plus' });
    expect(recommendationSentence(rec)).toBe(
      'At 20 proposals of 4 Connects, Freelancer Basic could send only about 15 of them a month; Freelancer Plus sends them all for $20.00 a month.',
    );
  });

  it('says when Plus saves money', () => {
    const rec = recommend({
      era: cheapPlus,
      pace: { proposalsPerCycle: 20, connectsPerProposal: 5 },
    });
    // Basic buys 100 − 10 = 90 × $0.15 = $13.50; Plus's 100 cover them for $6
    expect(rec).toMatchObject({ verdict: 'candidate-cheaper', differenceUsd: -7.5 });
    expect(recommendationSentence(rec)).toBe(
      'At 20 proposals of 5 Connects, Freelancer Plus costs $6.00 a month and Freelancer Basic $13.50: Freelancer Plus saves you $7.50 a month on Connects alone.',
    );
  });

  it('compares any two plans, with boosts in the pace', () => {
    const rec = recommend({
      era: 'classic',
      cycles: 12,
      pace: { proposalsPerCycle: 10, connectsPerProposal: 5, boostPerProposal: 2 },
      candidate: 'agency-plus',
      baseline: 'freelancer-plus',
    });
    // 70 a cycle: Plus $10 covers them; Agency Plus $20 covers them: Plus cheaper by $10
    expect(rec).toMatchObject({ verdict: 'baseline-cheaper', differenceUsd: 10 });
    expect(recommendationSentence(rec)).toBe(
      'At 10 proposals of 5 Connects plus a 2-Connect boost, Freelancer Plus costs $10.00 a month and Agency Plus $20.00: Agency Plus pays only if you value its other features at $10.00 or more.',
    );
  });
});
