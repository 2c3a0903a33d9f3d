import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEra } from '../../src/engine/eras';
import { replay, type ReplayInput } from '../../src/engine/replay';
import { ledgerArb } from './arbitraries';

const RUNS = { numRuns: 300 };

describe('statement invariants on random ledgers', () => {
  it('every statement balances and chains to the next', () => {
    fc.assert(
      fc.property(ledgerArb, (input) => {
        const { cycles } = replay(input);
        expect(cycles.length).toBeGreaterThan(0);
        expect(cycles[0]?.carriedIn).toBe(input.account.startingBalance);
        expect(cycles[0]?.expired).toBe(0);
        cycles.forEach((s, i) => {
          expect(s.opening).toBe(s.carriedIn + s.allotment);
          expect(s.closing).toBe(
            s.opening + s.purchased + s.bonus + s.refunded + s.adjusted - s.spent - s.lapsed,
          );
          for (const v of [
            s.carriedIn,
            s.expired,
            s.allotment,
            s.purchased,
            s.bonus,
            s.refunded,
            s.spent,
            s.lapsed,
            s.closing,
          ]) {
            expect(v).toBeGreaterThanOrEqual(0);
          }
          const previous = cycles[i - 1];
          if (previous) {
            expect(s.start).toBe(previous.end);
            expect(s.carriedIn + s.expired).toBe(previous.closing);
            const cap = findEra(s.era)?.plans[s.plan]?.rolloverCap;
            if (cap !== null && cap !== undefined) expect(s.carriedIn).toBeLessThanOrEqual(cap);
          }
        });
      }),
      RUNS,
    );
  });

  it('the balance never goes below zero', () => {
    fc.assert(
      fc.property(ledgerArb, (input) => {
        const { balances } = replay(input);
        for (const b of balances) if (b !== null) expect(b).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it("each event's change adds up, cycle by cycle, to the statement's movements", () => {
    fc.assert(
      fc.property(ledgerArb, (input) => {
        const { cycles, changes } = replay(input);
        for (const s of cycles) {
          let sum = 0;
          input.events.forEach((e, i) => {
            const date = e.date as string;
            if (date >= s.start && date < s.end) sum += changes[i] ?? 0;
          });
          expect(sum).toBe(s.purchased + s.bonus + s.refunded + s.adjusted - s.spent);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(ledgerArb, (input) => {
        expect(replay(input)).toEqual(replay(structuredClone(input)));
      }),
      RUNS,
    );
  });

  it('a rejected event leaves every statement as if it were absent', () => {
    fc.assert(
      fc.property(ledgerArb, (input) => {
        const first = replay(input);
        const rejected = new Set(first.rejected.map((r) => r.index));
        const without: ReplayInput = {
          ...input,
          events: input.events.filter((_, i) => !rejected.has(i)),
        };
        const second = replay(without);
        expect(second.cycles).toEqual(first.cycles);
        expect(second.rejected).toEqual([]);
      }),
      RUNS,
    );
  });

  it('moving events of different dates around in the file changes nothing', () => {
    fc.assert(
      fc.property(ledgerArb, fc.integer(), (input, seed) => {
        // a seeded shuffle that keeps the order of events sharing a date
        const keyed = input.events.map((event, index) => ({
          event,
          index,
          key: ((index + 1) * 2654435761 + seed) % 1000,
        }));
        const byDate = new Map<string, typeof keyed>();
        for (const k of keyed) {
          const date = String(k.event.date);
          byDate.set(date, [...(byDate.get(date) ?? []), k]);
        }
        const dates = [...byDate.keys()].sort(
          (a, b) => (byDate.get(a)?.[0]?.key ?? 0) - (byDate.get(b)?.[0]?.key ?? 0),
        );
        const moved = dates.flatMap((d) => byDate.get(d) ?? []);
        const original = replay(input);
        const shuffled = replay({ ...input, events: moved.map((m) => m.event) });
        expect(shuffled.cycles).toEqual(original.cycles);
        const back = (list: { index: number }[]) =>
          list
            .map((r) => ({ ...r, index: moved[r.index]?.index }))
            .sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
        expect(back(shuffled.rejected)).toEqual(original.rejected);
        expect(back(shuffled.warnings)).toEqual(original.warnings);
      }),
      RUNS,
    );
  });
});
