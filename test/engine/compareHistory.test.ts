import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHistory, type HistoryPlanResult } from '../../src/engine/compareHistory';
import { findEra, type Era } from '../../src/engine/eras';
import { replay, type ReplayInput } from '../../src/engine/replay';
import { ledgerArb } from './arbitraries';

const byPlan = (plans: HistoryPlanResult[], plan: string): HistoryPlanResult => {
  const found = plans.find((p) => p.plan === plan);
  if (!found) throw new Error(`no ${plan}`);
  return found;
};

describe('history under another plan: free-monthly-2020', () => {
  const history: ReplayInput = {
    account: { plan: 'freelancer-plus', cycleDay: 1, start: '2021-01-01' },
    era: 'free-monthly-2020',
    until: '2021-02-15',
    events: [
      { date: '2021-01-05', type: 'spend', connects: 21, boost: 4, ref: 'a' }, // 0
      { date: '2021-01-10', type: 'purchase', connects: 40 }, // 1: replaced by the buying rule
      { date: '2021-01-12', type: 'spend', connects: 6, ref: 'b' }, // 2
      { date: '2021-01-20', type: 'refund', ref: 'b' }, // 3
      { date: '2021-01-25', type: 'bonus', reason: 'interview' }, // 4: the era's 10
      { date: '2021-02-03', type: 'plan', plan: 'freelancer-basic' }, // 5: replaced by the plan compared
      { date: '2021-02-10', type: 'spend', connects: 12, ref: 'c' }, // 6
    ],
  };
  const result = compareHistory(history);

  it('Basic buys bundles just before the proposals that need them', () => {
    const basic = byPlan(result.plans, 'freelancer-basic');
    // Jan: opens 10. 01-05 needs 25: short 15 → bundle 20 ($3.00) → 30 − 25 = 5.
    //      01-12 needs 6: short 1 → bundle 10 ($1.50) → 15 − 6 = 9. Refund 6 → 15, bonus 10 → 25.
    // Feb: carries 25 (cap 200) + 10 = 35; 02-10 spends 12 → 23.
    expect(basic.cycles.map((c) => [c.boughtConnects, c.boughtUsd, c.totalUsd])).toEqual([
      [30, 4.5, 4.5],
      [0, 0, 0],
    ]);
    expect(basic.statements.map((s) => s.closing)).toEqual([25, 23]);
    expect(basic.total).toEqual({
      feeUsd: 0,
      boughtConnects: 30,
      boughtUsd: 4.5,
      totalUsd: 4.5,
      expired: 0,
      lapsed: 0,
      unsent: 0,
    });
    // the purchases sit just before their proposal, on its date
    expect(basic.replayInput.events.slice(0, 2)).toEqual([
      { date: '2021-01-05', type: 'purchase', connects: 20 },
      history.events[0],
    ]);
  });

  it('Plus and Agency Plus pay their fee and buy nothing', () => {
    const plus = byPlan(result.plans, 'freelancer-plus');
    // Jan: 80 − 25 − 6 + 6 + 10 = 65; Feb: 65 + 80 − 12 = 133; fees 2 × $14.99
    expect(plus.statements.map((s) => s.closing)).toEqual([65, 133]);
    expect(plus.total).toMatchObject({ feeUsd: 29.98, boughtConnects: 0, totalUsd: 29.98 });
    expect(byPlan(result.plans, 'agency-plus').total).toMatchObject({ feeUsd: 40, totalUsd: 40 });
  });

  it('drops purchases and plan changes, and states the same cycles as the replay', () => {
    expect(result.dropped).toEqual({
      purchases: [1],
      planChanges: [5],
      adjustments: [],
      invalid: [],
    });
    expect([result.from, result.through]).toEqual(['2021-01-01', '2021-02-01']);
  });
});

describe('history under another plan: a rollover cap changes the answer', () => {
  it('Plus buys because 40 Connects expired over its cap of 200', () => {
    const result = compareHistory({
      account: { plan: 'freelancer-basic', cycleDay: 1, start: '2021-01-01' },
      era: 'free-monthly-2020',
      events: [{ date: '2021-04-15', type: 'spend', connects: 300 }],
    });
    // Plus: Jan 80, Feb 160, Mar 240; Apr 1 carries 200 (40 expire) + 80 = 280;
    // 300 needed: short 20 → bundle 20 ($3.00). 4 × $14.99 + $3.00 = $62.96.
    const plus = byPlan(result.plans, 'freelancer-plus');
    expect(plus.cycles[3]).toMatchObject({ expired: 40, boughtConnects: 20, boughtUsd: 3 });
    expect(plus.total.totalUsd).toBe(62.96);
    // Agency Plus (cap 160): Apr 1 carries 160 of 240 (80 expire) + 80 = 240; short 60 → $9.00.
    const agency = byPlan(result.plans, 'agency-plus');
    expect(agency.total).toMatchObject({ expired: 80, boughtConnects: 60, totalUsd: 89 });
    // Basic: 10 + 10 + 10 + 10 = 40 held; short 260 → 80 + 80 + 80 + 20 = $39.00.
    const basic = byPlan(result.plans, 'freelancer-basic');
    expect(basic.total).toMatchObject({ boughtConnects: 260, totalUsd: 39, expired: 0 });
    expect(basic.replayInput.events.filter((e) => e.type === 'purchase').length).toBe(4);
  });
});

describe('history under another plan: classic, where Basic cannot buy', () => {
  const result = compareHistory({
    account: { plan: 'freelancer-plus', cycleDay: 1, start: '2018-01-01' },
    era: 'classic',
    until: '2018-02-28',
    events: [
      { date: '2018-01-03', type: 'spend', connects: 30, ref: 'a' }, // 0
      { date: '2018-01-10', type: 'spend', connects: 25, ref: 'b' }, // 1
      { date: '2018-01-15', type: 'spend', connects: 10, ref: 'c' }, // 2
      { date: '2018-01-20', type: 'refund', ref: 'c' }, // 3
      { date: '2018-01-22', type: 'spend', connects: 4 }, // 4
      { date: '2018-02-05', type: 'spend', connects: 90 }, // 5
      { date: '2018-02-06', type: 'purchase', connects: 50 }, // 6
      { date: '2018-02-20', type: 'spend', connects: 360, ref: 'd' }, // 7
    ],
  });

  it('counts the proposals Basic could not have sent, and skips their refunds', () => {
    const basic = byPlan(result.plans, 'freelancer-basic');
    // Jan: 60 − 30 − 25 = 5 < 10: #2 not sent, so its refund #3 never happened; 5 − 4 = 1.
    // Feb: the 1 left expires (rollover 0); 60 < 90 and 60 < 360: #5 and #7 not sent.
    expect(basic.unsentIndexes).toEqual([2, 5, 7]);
    expect(basic.skippedIndexes).toEqual([3]);
    expect(basic.cycles.map((c) => [c.unsent, c.expired, c.totalUsd])).toEqual([
      [1, 0, 0],
      [2, 1, 0],
    ]);
  });

  it('Plus buys at $1.00 within its maximum balance of 350', () => {
    const plus = byPlan(result.plans, 'freelancer-plus');
    // Jan: 70 − 30 − 25 − 10 + 10 − 4 = 11. Feb: 11 + 70 = 81 < 90: buys 9 ($9.00) → 0.
    // #7 needs 360 > 350: cannot be held, not sent.
    expect(plus.unsentIndexes).toEqual([7]);
    expect(plus.total).toEqual({
      feeUsd: 20,
      boughtConnects: 9,
      boughtUsd: 9,
      totalUsd: 29,
      expired: 0,
      lapsed: 0,
      unsent: 1,
    });
  });

  it('Agency Plus (maximum 400) sends everything', () => {
    const agency = byPlan(result.plans, 'agency-plus');
    // Jan: 80 − 69 + 10 = 21. Feb: 21 + 80 = 101 − 90 = 11; 360 needs 349 more ($349) → 360 ≤ 400.
    expect(agency.cycles.map((c) => c.totalUsd)).toEqual([20, 369]);
    expect(agency.total.unsent).toBe(0);
  });
});

describe('history under another plan: no-cap-2023, where lots lapse', () => {
  const history: ReplayInput = {
    account: { plan: 'freelancer-basic', cycleDay: 1, start: '2023-06-01' },
    era: 'no-cap-2023',
    events: [
      { date: '2023-06-10', type: 'bonus', reason: 'promo', connects: 60 },
      { date: '2024-06-12', type: 'spend', connects: 150 },
    ],
  };

  it('Basic buys because a year-old allotment and bonus lapsed', () => {
    const basic = byPlan(compareHistory(history).plans, 'freelancer-basic');
    // 13 allotments of 10 (2023-06 … 2024-06) + 60 = 190, but the 2023-06-01 lot lapses on
    // 2024-06-01 (the May cycle's end) and the bonus on 2024-06-10: 120 held on 06-12.
    // 150 needed: short 30 → 20 + 10 = $4.50.
    expect(basic.cycles[11]).toMatchObject({ start: '2024-05-01', lapsed: 10 });
    expect(basic.cycles[12]).toMatchObject({ lapsed: 60, boughtConnects: 30, boughtUsd: 4.5 });
    expect(basic.total).toMatchObject({ lapsed: 70, totalUsd: 4.5 });
    // the same history in an era whose lots never lapse: 190 held, nothing to buy
    const noLapse: Era = { ...(findEra('no-cap-2023') as Era), id: 'no-lapse', lotLifetime: null };
    const kept = byPlan(compareHistory({ ...history, era: noLapse }).plans, 'freelancer-basic');
    expect(kept.total).toMatchObject({ lapsed: 0, totalUsd: 0 });
  });

  it('Plus pays 13 fees and loses its first 100 and the bonus', () => {
    const plus = byPlan(compareHistory(history).plans, 'freelancer-plus');
    expect(plus.total).toMatchObject({ feeUsd: 259.87, boughtConnects: 0, lapsed: 160 });
  });
});

describe('corrections', () => {
  const history: ReplayInput = {
    account: { plan: 'freelancer-basic', cycleDay: 1, start: '2024-01-01' },
    era: 'no-cap-2023',
    events: [
      { date: '2024-01-02', type: 'adjust', connects: 30, note: 'support credit' },
      { date: '2024-01-03', type: 'spend', connects: 40 },
      { date: '2024-01-04', type: 'adjust', connects: -5 },
    ],
  };

  it('are kept by default: a credit saves Basic a purchase, a debit it cannot cover is skipped', () => {
    const basic = byPlan(compareHistory(history).plans, 'freelancer-basic');
    // 10 + 30 = 40 covers the 40; then −5 from 0 cannot apply
    expect(basic.total.totalUsd).toBe(0);
    expect(basic.skippedIndexes).toEqual([2]);
  });

  it('can be left out', () => {
    const result = compareHistory({ ...history, keepAdjustments: false });
    // 10 held, 40 needed: short 30 → 20 + 10 = $4.50
    expect(byPlan(result.plans, 'freelancer-basic').total.totalUsd).toBe(4.5);
    expect(result.dropped.adjustments).toEqual([0, 2]);
  });
});

describe('a refund follows the latest proposal with its ref', () => {
  it('is not given back when that proposal could not have been sent', () => {
    const result = compareHistory({
      account: { plan: 'freelancer-plus', cycleDay: 1, start: '2018-01-01' },
      era: 'classic',
      events: [
        { date: '2018-01-02', type: 'spend', connects: 50, ref: 'job' },
        { date: '2018-01-03', type: 'spend', connects: 20, ref: 'job' },
        { date: '2018-01-04', type: 'refund', ref: 'job' },
      ],
    });
    // Basic: 60 − 50 = 10 < 20, so the second proposal is not sent and the refund
    // (which is the second one's) cannot go back to the first.
    const basic = byPlan(result.plans, 'freelancer-basic');
    expect(basic.unsentIndexes).toEqual([1]);
    expect(basic.skippedIndexes).toEqual([2]);
    expect(basic.statements[0]?.closing).toBe(10);
  });
});

describe('the generated ledger', () => {
  it('replayed by the engine gives the same statements, with nothing rejected', () => {
    fc.assert(
      fc.property(ledgerArb, (input) => {
        const result = compareHistory(input);
        expect(result.plans.length).toBe(3);
        for (const plan of result.plans) {
          const again = replay(plan.replayInput);
          expect(again.cycles).toEqual(plan.statements);
          expect(again.rejected).toEqual([]);
          const cents = plan.statements.reduce((sum, s) => sum + Math.round(s.costUsd * 100), 0);
          expect(Math.round(plan.total.totalUsd * 100)).toBe(cents);
          expect(plan.statements.every((s) => s.plan === plan.plan)).toBe(true);
        }
        // the period is the one the replay of the history itself states
        const own = replay(input).cycles;
        expect(result.plans[0]?.statements.map((s) => s.start)).toEqual(own.map((s) => s.start));
      }),
      { numRuns: 200 },
    );
  });

  it('compares the plans every era of the period has', () => {
    const result = compareHistory({
      account: { plan: 'freelancer-basic', cycleDay: 1, start: '2019-03-01' },
      era: 'auto',
      events: [{ date: '2024-01-05', type: 'spend', connects: 5 }],
    });
    expect(result.plans.map((p) => p.plan)).toEqual([
      'freelancer-basic',
      'freelancer-plus',
      'agency-plus',
    ]);
    const eraOf = new Set(result.plans[0]?.cycles.map((c) => c.era));
    expect([...eraOf]).toEqual([
      'classic',
      'paid-2019',
      'free-monthly-2020',
      'variable-bonus-2022',
      'no-cap-2023',
    ]);
  });
});
