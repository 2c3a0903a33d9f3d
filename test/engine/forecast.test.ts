import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/engine/forecast';
import type { ReplayInput } from '../../src/engine/replay';

const plusClassic: ReplayInput = {
  account: { plan: 'freelancer-plus', cycleDay: 1, start: '2018-01-01', startingBalance: 140 },
  era: 'classic',
  events: [],
};

describe('forecast', () => {
  it('warns that Connects over the rollover cap expire at the next cycle, and by when to spend them', () => {
    // 140 carried + 70 allotted = 210 held; the cap carries 140, so 70 expire on Feb 1
    const result = forecast({
      history: plusClassic,
      today: '2018-01-10',
      pace: { proposalsPerCycle: 0, connectsPerProposal: 0 },
      cycles: 1,
    });
    expect(result.balanceToday).toBe(210);
    expect(result.risk[0]).toEqual({
      date: '2018-02-01',
      kind: 'expire',
      connects: 70,
      spendBy: '2018-01-31',
    });
    expect(result.cycles.map((c) => c.start)).toEqual(['2018-01-01', '2018-02-01']);
  });

  it('spending at the planned pace shrinks the risk to what the pace leaves over the cap', () => {
    const result = forecast({
      history: plusClassic,
      today: '2018-01-10',
      pace: { proposalsPerCycle: 35, connectsPerProposal: 2 },
      cycles: 3,
    });
    // the 21 days left of 31 get 24 of the 35 proposals: 48 Connects, leaving 162 for a cap of 140
    expect(result.cycles[0]).toMatchObject({ spent: 48, closing: 162 });
    expect(result.cycles[1]).toMatchObject({
      carriedIn: 140,
      expired: 22,
      spent: 70,
      closing: 140,
    });
    expect(result.risk).toEqual([
      { date: '2018-02-01', kind: 'expire', connects: 22, spendBy: '2018-01-31' },
    ]);
  });

  it('reports each lot lapsing with its own date under a one-year lifetime', () => {
    const history: ReplayInput = {
      account: { plan: 'freelancer-basic', cycleDay: 10, start: '2024-01-10' },
      era: 'no-cap-2023',
      events: [{ date: '2024-03-05', type: 'purchase', connects: 40 }],
    };
    const result = forecast({
      history,
      today: '2024-12-20',
      pace: { proposalsPerCycle: 0, connectsPerProposal: 0 },
      cycles: 3,
    });
    expect(result.risk.slice(0, 3)).toEqual([
      { date: '2025-01-10', kind: 'lapse', connects: 10, spendBy: '2025-01-09' },
      { date: '2025-02-10', kind: 'lapse', connects: 10, spendBy: '2025-02-09' },
      { date: '2025-03-05', kind: 'lapse', connects: 40, spendBy: '2025-03-04' },
    ]);
  });

  it('counts proposals the balance cannot pay for, and planned purchases pay for them', () => {
    const history: ReplayInput = {
      account: { plan: 'freelancer-basic', cycleDay: 1, start: '2024-01-01' },
      era: 'no-cap-2023',
      events: [],
    };
    const pace = { proposalsPerCycle: 4, connectsPerProposal: 5 };
    const broke = forecast({ history, today: '2024-01-01', pace, cycles: 0 });
    expect(broke.unaffordable).toBe(2);
    const bought = forecast({
      history,
      today: '2024-01-01',
      pace: { ...pace, purchases: [{ date: '2024-01-02', connects: 10 }] },
      cycles: 0,
    });
    expect(bought.unaffordable).toBe(0);
    expect(bought.cycles[0]).toMatchObject({ purchased: 10, costUsd: 1.5 });
  });

  it('refunds a share of proposals and adds bonuses', () => {
    const history: ReplayInput = {
      account: { plan: 'freelancer-plus', cycleDay: 1, start: '2024-01-01' },
      era: 'no-cap-2023',
      events: [],
    };
    const result = forecast({
      history,
      today: '2024-01-31',
      pace: {
        proposalsPerCycle: 10,
        connectsPerProposal: 6,
        boostPerProposal: 2.5,
        refundShare: 0.2,
        bonusPerCycle: 5,
      },
      cycles: 1,
    });
    const feb = result.cycles[1];
    expect(feb?.spent).toBe(10 * 6 + 25);
    expect(feb?.bonus).toBe(5);
    expect(feb?.refunded).toBeGreaterThan(0);
  });
});
