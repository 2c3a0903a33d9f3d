import fc from 'fast-check';
import { dayFromCivil, effectiveCycleDay, formatDay } from '../../src/engine/dates';
import { ERA_CATALOGUE } from '../../src/engine/eras';
import type { ReplayInput } from '../../src/engine/replay';
import { BONUS_REASONS, type LedgerEvent } from '../../src/engine/types';

const PLANS = ['freelancer-basic', 'freelancer-plus', 'agency-plus'];
const REFS = ['job-a', 'job-b', 'job-c', 'job-d'];

const eventAt = (date: string): fc.Arbitrary<LedgerEvent> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .record({
          connects: fc.integer({ min: 0, max: 40 }),
          boost: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
          ref: fc.option(fc.constantFrom(...REFS), { nil: undefined }),
        })
        .map((e) => ({
          date,
          type: 'spend' as const,
          connects: e.connects,
          ...(e.boost === undefined ? {} : { boost: e.boost }),
          ...(e.ref === undefined ? {} : { ref: e.ref }),
        })),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({
          connects: fc.integer({ min: 1, max: 200 }),
          usd: fc.option(
            fc.integer({ min: 0, max: 3000 }).map((c) => c / 100),
            { nil: undefined },
          ),
        })
        .map((e) => ({
          date,
          type: 'purchase' as const,
          connects: e.connects,
          ...(e.usd === undefined ? {} : { usd: e.usd }),
        })),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({
          reason: fc.constantFrom(...BONUS_REASONS),
          connects: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
        })
        .map((e) => ({
          date,
          type: 'bonus' as const,
          reason: e.reason,
          ...(e.connects === undefined && e.reason !== 'interview'
            ? { connects: 5 }
            : e.connects === undefined
              ? {}
              : { connects: e.connects }),
        })),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({
          ref: fc.constantFrom(...REFS, 'job-zzz'),
          connects: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
        })
        .map((e) => ({
          date,
          type: 'refund' as const,
          ref: e.ref,
          ...(e.connects === undefined ? {} : { connects: e.connects }),
        })),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: -60, max: 60 })
        .filter((n) => n !== 0)
        .map((connects) => ({ date, type: 'adjust' as const, connects })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...PLANS, 'freelancer-gold')
        .map((plan) => ({ date, type: 'plan' as const, plan })),
    },
  );

/** A random account and ledger over up to three years, with `until` set. */
export const ledgerArb: fc.Arbitrary<ReplayInput> = fc
  .record({
    year: fc.integer({ min: 2016, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    cycleDay: fc.integer({ min: 1, max: 31 }),
    plan: fc.constantFrom(...PLANS),
    startingBalance: fc.integer({ min: 0, max: 300 }),
    era: fc.constantFrom('auto', ...ERA_CATALOGUE.map((e) => e.id)),
    span: fc.integer({ min: 1, max: 3 * 365 }),
    offsets: fc.array(fc.integer({ min: -5, max: 3 * 365 }), { maxLength: 60 }),
  })
  .chain((r) => {
    const start = dayFromCivil(r.year, r.month, effectiveCycleDay(r.cycleDay));
    const dates = r.offsets.map((o) => formatDay(start + Math.min(o, r.span)));
    return fc.tuple(...dates.map(eventAt)).map((events) => ({
      account: {
        plan: r.plan,
        cycleDay: r.cycleDay,
        start: formatDay(start),
        startingBalance: r.startingBalance,
      },
      era: r.era,
      events,
      until: formatDay(start + r.span),
    }));
  });
