import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate, formatDay } from '../../src/engine/dates';
import { forecast, type Pace } from '../../src/engine/forecast';
import { planPurchase } from '../../src/engine/purchasePlanner';
import { stateAt, type ReplayInput } from '../../src/engine/replay';
import type { AnyEvent } from '../../src/engine/types';
import { ledgerArb } from './arbitraries';

const RUNS = { numRuns: 200 };

/** A ledger and a "today" somewhere in it (or a little after). */
const caseArb = fc
  .tuple(ledgerArb, fc.double({ min: 0, max: 1.2, noNaN: true }))
  .map(([input, at]): [ReplayInput, string] => {
    const start = parseIsoDate(input.account.start) as number;
    const end = parseIsoDate(input.until as string) as number;
    return [input, formatDay(start + Math.floor((end - start) * at))];
  });

const paceArb: fc.Arbitrary<Pace> = fc.record({
  proposalsPerCycle: fc.integer({ min: 0, max: 40 }),
  connectsPerProposal: fc.double({ min: 0, max: 20, noNaN: true }),
  boostPerProposal: fc.integer({ min: 0, max: 5 }),
  refundShare: fc.double({ min: 0, max: 1, noNaN: true }),
  bonusPerCycle: fc.integer({ min: 0, max: 30 }),
});

/** Everything observable about a state: what stateAt reports and the machine's statements. */
function view(state: ReturnType<typeof stateAt>) {
  return {
    balance: state.balance,
    lots: state.lots,
    held: state.machine.book.held(),
    statements: [...state.machine.statements],
    cycle: { ...state.machine.cycle },
    plan: state.machine.plan,
    pending: state.machine.pendingPlan,
  };
}

describe('going on from a computed state', () => {
  it('a forecast from the state equals one that replays the history, and leaves the state as it was', () => {
    fc.assert(
      fc.property(caseArb, paceArb, ([input, today], pace) => {
        const state = stateAt(input, today);
        const before = view(state);
        const replayed = forecast({ history: input, today, pace, cycles: 6 });
        const fromState = forecast({ history: input, today, pace, cycles: 6, state });
        expect(fromState).toEqual(replayed);
        expect(view(state)).toEqual(before);
        // Twice from the same state: still the same (the first did not move it).
        expect(forecast({ history: input, today, pace, cycles: 6, state })).toEqual(replayed);
      }),
      RUNS,
    );
  });

  it('a purchase plan from the state equals one that replays the history', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 90 }),
        ([input, today], proposals, connectsPerProposal, days) => {
          const by = formatDay((parseIsoDate(today) as number) + days);
          const ask = { history: input, today, proposals, connectsPerProposal, by };
          const state = stateAt(input, today);
          const before = view(state);
          expect(planPurchase({ ...ask, state })).toEqual(planPurchase(ask));
          expect(view(state)).toEqual(before);
        },
      ),
      RUNS,
    );
  });

  it('a clone goes its own way: refunds, spends and lapses in it leave the original alone', () => {
    fc.assert(
      fc.property(caseArb, ([input, today]) => {
        const state = stateAt(input, today);
        const before = view(state);
        const copy = state.machine.clone();
        expect(copy.balance).toBe(state.balance);
        expect(copy.book.held()).toEqual(state.lots);
        // Refund every proposal the ledger knows, take interview bonuses, spend what is held,
        // then run two years on.
        input.events.forEach((e, i) => {
          const ref = (e as { ref?: unknown }).ref;
          if (e.type === 'spend' && typeof ref === 'string') {
            copy.apply({ date: today, type: 'refund', ref } as AnyEvent, i, state.day);
          }
        });
        const interview = { date: today, type: 'bonus', reason: 'interview' } as AnyEvent;
        for (let k = 0; k < 3; k += 1) copy.apply(interview, -1, state.day);
        copy.apply(
          { date: today, type: 'spend', connects: copy.balance } as AnyEvent,
          -1,
          state.day,
        );
        copy.advanceTo(state.day + 730);
        expect(view(state)).toEqual(before);
        // And the original still goes on exactly like a fresh replay: the same refunds,
        // interview bonuses and spends give the same outcomes and statements.
        const fresh = stateAt(input, today).machine;
        for (const m of [state.machine, fresh]) m.advanceTo(state.day + 3);
        const outcomes = [state.machine, fresh].map((m) => {
          const out = input.events.map((e, i) => {
            const ref = (e as { ref?: unknown }).ref;
            return typeof ref === 'string'
              ? m.apply({ date: today, type: 'refund', ref } as AnyEvent, i, state.day + 3)
              : null;
          });
          out.push(
            m.apply(
              { date: today, type: 'bonus', reason: 'interview' } as AnyEvent,
              -2,
              state.day + 3,
            ),
            m.apply({ date: today, type: 'spend', connects: 7 } as AnyEvent, -3, state.day + 3),
          );
          m.advanceTo(state.day + 10);
          for (let k = 0; k < 6; k += 1) out.push(m.apply(interview, -4, state.day + 10));
          m.advanceTo(state.day + 400);
          return { out, statements: m.statements, held: m.book.held() };
        });
        expect(outcomes[0]).toEqual(outcomes[1]);
      }),
      RUNS,
    );
  });
});
