import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/engine/dates';
import type { ProposalFigures } from '../../src/engine/outcomes/figures';
import { collectProposals } from '../../src/engine/outcomes/proposals';
import { proposalStats, type ProposalStats } from '../../src/engine/outcomes/stats';
import { replay } from '../../src/engine/replay';
import type { AnyEvent } from '../../src/engine/types';
import { dateArb, outcomeLedgerArb, roomyLedgerArb } from './outcomeArbitraries';

const RUNS = { numRuns: 200 };

function everySet(stats: ProposalStats): ProposalFigures[] {
  return [
    stats.overall,
    stats.boosted,
    stats.notBoosted,
    ...Object.values(stats.byConnects),
    ...Object.values(stats.byTag),
    ...Object.values(stats.byPaymentVerified),
    ...Object.values(stats.byHireRate),
    ...stats.byCycle,
  ];
}

const COUNTS = [
  'sent',
  'cancelled',
  'viewed',
  'interviews',
  'hires',
  'open',
  'lost',
  'withdrawn',
  'spent',
  'refunded',
] as const;

describe('proposal statistics on random ledgers', () => {
  it('counts add up in every set, rates lie in [0, 1] and each interval holds its rate', () => {
    fc.assert(
      fc.property(outcomeLedgerArb, (input) => {
        for (const f of everySet(proposalStats(input))) {
          expect(f.considered).toBe(f.sent - f.cancelled);
          expect(f.hires).toBeLessThanOrEqual(f.interviews);
          expect(f.interviews).toBeLessThanOrEqual(f.viewed);
          expect(f.viewed).toBeLessThanOrEqual(f.considered);
          expect(f.open + f.lost + f.withdrawn + f.hires + f.cancelled).toBe(f.sent);
          expect(f.net).toBe(f.spent - f.refunded);
          expect(f.refunded).toBeLessThanOrEqual(f.spent);
          expect(f.tooFewToTell).toBe(f.considered < 10);
          const pairs = [
            [f.interviewRate, f.interviewRateCi],
            [f.hireRate, f.hireRateCi],
          ] as const;
          for (const [rate, ci] of pairs) {
            if (f.considered === 0) {
              expect(rate).toBeNull();
              expect(ci).toBeNull();
              continue;
            }
            expect(rate).not.toBeNull();
            const [low, high] = ci as [number, number];
            expect(0).toBeLessThanOrEqual(low);
            expect(low).toBeLessThanOrEqual(rate as number);
            expect(rate as number).toBeLessThanOrEqual(high);
            expect(high).toBeLessThanOrEqual(1);
          }
          expect(f.viewedRate === null || (f.viewedRate >= 0 && f.viewedRate <= 1)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('boosted and not boosted, the Connects bands, payment, hire rate and cycles each split the whole', () => {
    fc.assert(
      fc.property(outcomeLedgerArb, (input) => {
        const stats = proposalStats(input);
        const splits = [
          [stats.boosted, stats.notBoosted],
          Object.values(stats.byConnects),
          Object.values(stats.byPaymentVerified),
          Object.values(stats.byHireRate),
          stats.byCycle,
        ];
        for (const parts of splits) {
          for (const count of COUNTS) {
            expect(parts.reduce((n, f) => n + f[count], 0)).toBe(stats.overall[count]);
          }
        }
        for (const [key, f] of Object.entries(stats.byTag)) {
          expect(f.sent, key).toBeGreaterThan(0);
          expect(f.sent).toBeLessThanOrEqual(stats.overall.sent);
        }
      }),
      RUNS,
    );
  });

  it('counts exactly the spends the rules applied, of kind proposal', () => {
    fc.assert(
      fc.property(outcomeLedgerArb, (input) => {
        const result = replay(input);
        const expected = input.events.filter(
          (e, i) =>
            e.type === 'spend' &&
            result.balances[i] !== null &&
            ((e as { kind?: string }).kind ?? 'proposal') === 'proposal',
        ).length;
        expect(proposalStats(input, {}, result).overall.sent).toBe(expected);
        // What the replay refunded to the proposals is all the statements refunded, less
        // what went to spends of other kinds.
        const refundedToOthers = [...result.refundedBySpend].reduce((n, [i, amount]) => {
          const kind = (input.events[i] as { kind?: string }).kind ?? 'proposal';
          return kind === 'proposal' ? n : n + amount;
        }, 0);
        const statements = result.cycles.reduce((n, c) => n + c.refunded, 0);
        expect(proposalStats(input, {}, result).overall.refunded).toBe(
          statements - refundedToOthers,
        );
      }),
      RUNS,
    );
  });

  it('filtering by a range equals computing on the ledger without the proposals outside it', () => {
    fc.assert(
      fc.property(roomyLedgerArb, dateArb, dateArb, (input, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const inRange = (e: AnyEvent): boolean =>
          e.type !== 'spend' || ((e.date as string) >= from && (e.date as string) <= to);
        const filtered = { ...input, events: input.events.filter(inRange) };
        expect(proposalStats(input, { from, to })).toEqual(proposalStats(filtered));
      }),
      RUNS,
    );
  });

  it('every proposal lands in the cycle that holds its date', () => {
    fc.assert(
      fc.property(outcomeLedgerArb, (input) => {
        const { proposals, cycles } = collectProposals(input);
        for (const p of proposals) {
          const c = cycles[p.cycle];
          expect(c).toBeDefined();
          expect(p.day).toBeGreaterThanOrEqual(parseIsoDate(c?.start ?? '') as number);
          expect(p.day).toBeLessThan(parseIsoDate(c?.end ?? '') as number);
        }
      }),
      RUNS,
    );
  });
});
