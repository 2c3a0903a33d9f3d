import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePace, type PacePlanResult } from '../../src/engine/comparePace';
import { ERA_CATALOGUE, findEra } from '../../src/engine/eras';
import { replay } from '../../src/engine/replay';

const byPlan = (plans: PacePlanResult[], plan: string): PacePlanResult => {
  const found = plans.find((p) => p.plan === plan);
  if (!found) throw new Error(`no ${plan}`);
  return found;
};

describe('plans at a pace', () => {
  it('no-cap-2023, 12 proposals of 8 Connects over 24 cycles', () => {
    const result = comparePace({
      era: 'no-cap-2023',
      cycles: 24,
      pace: { proposalsPerCycle: 12, connectsPerProposal: 8 },
    });
    expect(result).toMatchObject({ proposals: 288, from: '2023-06-01', through: '2025-05-01' });
    const basic = byPlan(result.plans, 'freelancer-basic');
    // Basic tops up in bundles of 10 whenever a proposal needs more than it holds:
    // cycle 1 opens 10, needs 96 → buys 90, closes 4; cycle 2 opens 14 → 90, closes 8;
    // 3: 18 → 80, closes 2; 4: 12 → 90, closes 6; 5: 16 → 80, closes 0; then it repeats.
    expect(basic.cycles.slice(0, 6).map((c) => c.boughtConnects)).toEqual([90, 90, 80, 90, 80, 90]);
    expect(basic.statements.slice(0, 5).map((s) => s.closing)).toEqual([4, 8, 2, 6, 0]);
    // 4 rounds of 430 + 90 + 90 + 80 + 90 = 2070 Connects × $0.15 = $310.50, $12.94 a cycle
    expect(basic.total).toMatchObject({ boughtConnects: 2070, totalUsd: 310.5, unsent: 0 });
    expect(basic.monthlyCostUsd).toBe(12.94);
    // Plus's 100 a cycle cover the 96: 24 × $19.99 = $479.76
    const plus = byPlan(result.plans, 'freelancer-plus');
    expect(plus.total).toMatchObject({ boughtConnects: 0, totalUsd: 479.76, lapsed: 0 });
    expect(plus.monthlyCostUsd).toBe(19.99);
  });

  it('classic: Basic cannot buy, so proposals beyond its 60 a cycle go unsent', () => {
    const result = comparePace({
      era: 'classic',
      cycles: 3,
      pace: { proposalsPerCycle: 20, connectsPerProposal: 4 },
    });
    // 60 / 4 = 15 sent, 5 unsent each cycle; what is left expires (rollover 0) — here nothing
    const basic = byPlan(result.plans, 'freelancer-basic');
    expect(basic.total).toMatchObject({ unsent: 15, totalUsd: 0, expired: 0 });
    // Plus: 70 a cycle, 80 needed: 17 proposals use 68, then it buys 2, 4 and 4 at $1.00
    const plus = byPlan(result.plans, 'freelancer-plus');
    expect(plus.cycles.map((c) => [c.boughtConnects, c.totalUsd])).toEqual([
      [10, 20],
      [10, 20],
      [10, 20],
    ]);
  });

  it('a rollover cap makes unused Connects expire: Agency Plus over 160 in free-monthly-2020', () => {
    const result = comparePace({
      era: 'free-monthly-2020',
      cycles: 4,
      pace: { proposalsPerCycle: 1, connectsPerProposal: 10 },
    });
    // Agency Plus gains 70 a cycle: closes 70, 140, 210; carries 160 of 210 (50 expire)
    const agency = byPlan(result.plans, 'agency-plus');
    expect(agency.cycles.map((c) => c.expired)).toEqual([0, 0, 0, 50]);
    // Basic's 10 a cycle pays for the one proposal: $0
    expect(byPlan(result.plans, 'freelancer-basic').total.totalUsd).toBe(0);
  });

  it('refunds come back a week later, bonuses mid-cycle', () => {
    const result = comparePace({
      era: 'no-cap-2023',
      cycles: 1,
      start: '2024-01-01',
      pace: { proposalsPerCycle: 4, connectsPerProposal: 5, refundShare: 0.5, bonusPerCycle: 7 },
      record: true,
    });
    const basic = byPlan(result.plans, 'freelancer-basic');
    // 4 proposals over 31 days at Jan 1 + ⌊(k + ½) × 31 / 4⌋: Jan 4, 12, 20, 28. Two refunds
    // as whole shares of 4 × ½ (round(½) − 0 = 1, 1 − 1 = 0, 2 − 1 = 1, 2 − 2 = 0): the 1st and
    // 3rd, on Jan 11 and 27. The bonus of 7 on Jan 1 + ⌊31 / 2⌋ = Jan 16.
    // 10 − 5 = 5; +5 = 10; −5 = 5; +7 = 12; −5 = 7; +5 = 12; −5 = 7. Nothing bought.
    expect(basic.statements[0]).toMatchObject({ spent: 20, refunded: 10, bonus: 7, closing: 7 });
    expect(basic.total.totalUsd).toBe(0);
    expect(basic.replayInput?.events.map((e) => `${e.date} ${e.type}`)).toEqual([
      '2024-01-04 spend',
      '2024-01-11 refund',
      '2024-01-12 spend',
      '2024-01-16 bonus',
      '2024-01-20 spend',
      '2024-01-27 refund',
      '2024-01-28 spend',
    ]);
  });
});

const eraIds = ERA_CATALOGUE.map((e) => e.id);

describe('properties at a pace', () => {
  it('with zero proposals Basic costs $0 and Plus its fee times the horizon', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...eraIds),
        fc.integer({ min: 1, max: 36 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 40 }),
        (eraId, cycles, startingBalance, bonusPerCycle) => {
          const result = comparePace({
            era: eraId,
            cycles,
            startingBalance,
            pace: { proposalsPerCycle: 0, connectsPerProposal: 8, bonusPerCycle },
          });
          const fee = findEra(eraId)?.plans['freelancer-plus']?.monthlyFeeUsd ?? Number.NaN;
          expect(byPlan(result.plans, 'freelancer-basic').total.totalUsd).toBe(0);
          const plus = byPlan(result.plans, 'freelancer-plus');
          expect(plus.total.totalUsd).toBeCloseTo(fee * cycles, 9);
          expect(plus.cycles.length).toBe(cycles);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the generated ledger replayed by the engine gives the same statements', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('auto', ...eraIds),
        fc.integer({ min: 1, max: 30 }),
        fc.record({
          proposalsPerCycle: fc.double({ min: 0, max: 60, noNaN: true }),
          connectsPerProposal: fc.double({ min: 0, max: 30, noNaN: true }),
          boostPerProposal: fc.double({ min: 0, max: 10, noNaN: true }),
          refundShare: fc.double({ min: 0, max: 1, noNaN: true }),
          bonusPerCycle: fc.double({ min: 0, max: 30, noNaN: true }),
        }),
        fc.integer({ min: 1, max: 28 }),
        (era, cycles, pace, day) => {
          const start = `2022-03-${String(day).padStart(2, '0')}`;
          const result = comparePace({ era, cycles, pace, start, record: true });
          for (const plan of result.plans) {
            const input = plan.replayInput;
            if (!input) throw new Error('not recorded');
            const again = replay(input);
            expect(again.cycles).toEqual(plan.statements);
            expect(again.rejected).toEqual([]);
            const spends = input.events.filter((e) => e.type === 'spend').length;
            expect(spends + plan.total.unsent).toBe(result.proposals);
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});
