import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/replay';
import { parseScenario, scenarioInput } from '../../src/engine/scenario';

describe('custom eras', () => {
  const custom = {
    id: 'my-era',
    from: '2030-01-01',
    lotLifetime: null,
    interviewBonus: { amount: 5, capPer7Days: 12 },
    plans: {
      'solo-pro': {
        monthlyFeeUsd: 9.5,
        allotment: 20,
        rolloverCap: 15,
        maxBalance: 60,
        canPurchase: true,
        pricePerConnectUsd: 0.25,
      },
    },
  };

  it('replays a scenario whose era is a whole era object, with its own plan names', () => {
    const scenario = parseScenario({
      era: custom,
      account: { plan: 'solo-pro', cycleDay: 30, start: '2030-02-01' },
      events: [
        { date: '2030-02-02', type: 'purchase', connects: 30 },
        { date: '2030-02-03', type: 'purchase', connects: 20 },
        { date: '2030-02-04', type: 'bonus', reason: 'interview' },
        { date: '2030-02-05', type: 'bonus', reason: 'interview' },
        { date: '2030-02-06', type: 'bonus', reason: 'interview' },
      ],
      until: '2030-03-01',
    });
    const result = replay(scenarioInput(scenario));
    // 20 + 30 bought = 50; 20 more would pass the maximum of 60
    expect(result.rejected).toEqual([
      { index: 1, code: 'over-max-balance', needed: 20, held: 50, limit: 60 },
    ]);
    // 5 + 5 + 2: the third interview bonus is cut to what the 12-per-7-days cap leaves
    expect(result.warnings).toEqual([{ index: 4, code: 'bonus-capped', applied: 2 }]);
    expect(result.cycles[0]).toMatchObject({
      era: 'my-era',
      bonus: 12,
      purchased: 30,
      closing: 62,
      costUsd: 17,
    });
    // 62 held at the cycle start: 15 roll over, 47 expire
    expect(result.cycles[1]).toMatchObject({
      start: '2030-03-01',
      carriedIn: 15,
      expired: 47,
      opening: 35,
    });
  });

  it('names the field of a custom era that is wrong', () => {
    const bad = {
      ...custom,
      plans: { 'solo-pro': { ...custom.plans['solo-pro'], allotment: -1 } },
    };
    expect(() =>
      parseScenario({
        era: bad,
        account: { plan: 'solo-pro', cycleDay: 1, start: '2030-02-01' },
        events: [],
      }),
    ).toThrow('era.plans.solo-pro.allotment: -1 must not be negative');
  });
});

describe('refunds and proposals', () => {
  it('a later spend with the same ref starts a new proposal that later refunds apply to', () => {
    const result = replay({
      account: { plan: 'freelancer-plus', cycleDay: 1, start: '2024-01-01' },
      era: 'no-cap-2023',
      events: [
        { date: '2024-01-02', type: 'spend', connects: 6, ref: 'logo' },
        { date: '2024-01-03', type: 'refund', ref: 'logo' },
        { date: '2024-01-10', type: 'spend', connects: 8, ref: 'logo' },
        { date: '2024-01-12', type: 'refund', ref: 'logo', connects: 5 },
        { date: '2024-01-13', type: 'refund', ref: 'logo' },
        { date: '2024-01-14', type: 'refund', ref: 'logo' },
      ],
      until: '2024-01-31',
    });
    expect(result.cycles[0]).toMatchObject({ spent: 14, refunded: 6 + 5 + 3 });
    expect(result.rejected).toEqual([{ index: 5, code: 'over-refund', needed: 0, held: 0 }]);
  });

  it('an interview bonus without an amount is rejected where the era has none', () => {
    const result = replay({
      account: { plan: 'freelancer-basic', cycleDay: 1, start: '2023-01-01' },
      era: 'variable-bonus-2022',
      events: [
        { date: '2023-01-02', type: 'bonus', reason: 'interview' },
        { date: '2023-01-03', type: 'bonus', reason: 'interview', connects: 4 },
      ],
    });
    expect(result.rejected.map((r) => r.code)).toEqual(['no-interview-bonus']);
    expect(result.cycles[0]?.bonus).toBe(4);
  });

  it('the later of two plan changes before a cycle start wins', () => {
    const result = replay({
      account: { plan: 'freelancer-basic', cycleDay: 1, start: '2021-01-01' },
      era: 'free-monthly-2020',
      events: [
        { date: '2021-01-05', type: 'plan', plan: 'agency-plus' },
        { date: '2021-01-20', type: 'plan', plan: 'freelancer-plus' },
        { date: '2021-01-21', type: 'plan', plan: 'freelancer-gold' },
      ],
      until: '2021-02-01',
    });
    expect(result.cycles.map((c) => c.plan)).toEqual(['freelancer-basic', 'freelancer-plus']);
    expect(result.rejected).toEqual([{ index: 2, code: 'unknown-plan' }]);
  });
});
