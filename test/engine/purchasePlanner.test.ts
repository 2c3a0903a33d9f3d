import { describe, expect, it } from 'vitest';
import { planPurchase } from '../../src/engine/purchasePlanner';
import type { ReplayInput } from '../../src/engine/replay';

const basic2023: ReplayInput = {
  account: { plan: 'freelancer-basic', cycleDay: 1, start: '2024-01-01' },
  era: 'no-cap-2023',
  events: [],
};

const plusClassic = (startingBalance: number): ReplayInput => ({
  account: { plan: 'freelancer-plus', cycleDay: 1, start: '2018-01-01', startingBalance },
  era: 'classic',
  events: [],
});

describe('the purchase planner', () => {
  it('buys the bundle that covers the proposals before the next allotment', () => {
    // 10 held on Jan 5; 5 proposals of 6 by Jan 20 (no cycle start on the way) need 30:
    // short 20 → one bundle of 20, $3.00
    const plan = planPurchase({
      history: basic2023,
      today: '2024-01-05',
      proposals: 5,
      connectsPerProposal: 6,
      by: '2024-01-20',
    });
    expect(plan).toMatchObject({
      status: 'buy',
      needed: 30,
      balanceToday: 10,
      buy: 20,
      pieces: [20],
      costUsd: 3,
      sendable: 5,
    });
    // unspent, nothing is lost on Feb 1: no rollover cap, nothing a year old
    expect(plan.ifNotFollowed).toEqual({ date: '2024-02-01', expire: 0, lapse: 0 });
  });

  it('combines bundles: short 26 buys 20 + 10', () => {
    const plan = planPurchase({
      history: basic2023,
      today: '2024-01-05',
      proposals: 6,
      connectsPerProposal: 5,
      boostPerProposal: 1,
      by: '2024-01-20',
    });
    expect(plan).toMatchObject({ needed: 36, buy: 30, pieces: [20, 10], costUsd: 4.5 });
  });

  it('counts the allotment arriving before the date', () => {
    // 5 proposals over Jan 5 … Feb 20 (47 days) on Jan 9, 19, 28, Feb 6, 16: 18 in January
    // from 10 + X, then 12 in February from what is left + 10: X ≥ 8 and X ≥ 10 → one bundle of 10
    const plan = planPurchase({
      history: basic2023,
      today: '2024-01-05',
      proposals: 5,
      connectsPerProposal: 6,
      by: '2024-02-20',
    });
    expect(plan).toMatchObject({ status: 'buy', buy: 10, costUsd: 1.5 });
  });

  it('says when nothing needs buying', () => {
    const plan = planPurchase({
      history: basic2023,
      today: '2024-01-05',
      proposals: 2,
      connectsPerProposal: 5,
      by: '2024-01-20',
    });
    expect(plan).toMatchObject({ status: 'enough', buy: 0, pieces: [], costUsd: 0, sendable: 2 });
  });

  it('respects the maximum balance', () => {
    // classic Plus: 200 + 70 = 270 held; 40 proposals of 10 need 400, but at most 350 may be
    // held after a purchase: 80 at $1.00 sends 35 of them
    const plan = planPurchase({
      history: plusClassic(200),
      today: '2018-01-10',
      proposals: 40,
      connectsPerProposal: 10,
      by: '2018-01-25',
    });
    expect(plan).toMatchObject({
      status: 'over-max-balance',
      balanceToday: 270,
      buy: 80,
      pieces: [80],
      costUsd: 80,
      sendable: 35,
    });
  });

  it('says what would expire at the next cycle if the proposals are not sent', () => {
    // classic Plus: 100 + 70 = 170 held; 20 proposals of 10 by Jan 31 need 30 more ($30).
    // Unsent, Feb 1 carries 140 of 200 (60 expire); without buying, 140 of 170 (30 expire).
    const plan = planPurchase({
      history: plusClassic(100),
      today: '2018-01-10',
      proposals: 20,
      connectsPerProposal: 10,
      by: '2018-01-31',
    });
    expect(plan).toMatchObject({ status: 'buy', buy: 30, costUsd: 30 });
    expect(plan.ifNotFollowed).toEqual({ date: '2018-02-01', expire: 60, lapse: 0 });
    expect(plan.withoutBuying).toEqual({ date: '2018-02-01', expire: 30, lapse: 0 });
  });

  it('counts lots lapsing before the next cycle start', () => {
    // no-cap-2023 Basic from 2023-01-01 with 40 bought on 2023-01-20; on 2024-01-10 it holds
    // 12 allotments (Feb 2023 … Jan 2024; Jan 2023's lapsed on 2024-01-01) + 40 = 160.
    // Unspent, the 40 lapse on 2024-01-20 and the 2023-02-01 lot on 2024-02-01: 50.
    const plan = planPurchase({
      history: {
        account: { plan: 'freelancer-basic', cycleDay: 1, start: '2023-01-01' },
        era: 'no-cap-2023',
        events: [{ date: '2023-01-20', type: 'purchase', connects: 40 }],
      },
      today: '2024-01-10',
      proposals: 3,
      connectsPerProposal: 10,
      by: '2024-01-15',
    });
    expect(plan).toMatchObject({ status: 'enough', balanceToday: 160 });
    expect(plan.ifNotFollowed).toEqual({ date: '2024-02-01', expire: 0, lapse: 50 });
  });

  it('says when the plan cannot buy', () => {
    const plan = planPurchase({
      history: {
        ...plusClassic(0),
        account: { ...plusClassic(0).account, plan: 'freelancer-basic' },
      },
      today: '2018-01-10',
      proposals: 10,
      connectsPerProposal: 10,
      by: '2018-01-25',
    });
    // 60 held: 6 of the 10 go out
    expect(plan).toMatchObject({ status: 'cannot-purchase', buy: 0, sendable: 6 });
  });

  it('says when buying now cannot help because the rollover cap would take it', () => {
    // free-monthly-2020 Plus: 80 held on Jan 31; 2 proposals of 150 on Feb 7 and 21.
    // Feb 1 carries at most 200 + 80 = 280 < 300 whatever is bought now; without buying,
    // 80 + 80 = 160 sends the first. Buy later.
    const plan = planPurchase({
      history: {
        account: { plan: 'freelancer-plus', cycleDay: 1, start: '2021-01-01' },
        era: 'free-monthly-2020',
        events: [],
      },
      today: '2021-01-31',
      proposals: 2,
      connectsPerProposal: 150,
      by: '2021-02-28',
    });
    expect(plan).toMatchObject({ status: 'buy-later', buy: 0, sendable: 1 });
  });
});
