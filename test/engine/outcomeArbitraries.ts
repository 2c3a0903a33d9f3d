/** Random ledgers of proposals with outcomes, for the statistics' properties. */
import fc from 'fast-check';
import { formatDay, parseIsoDate } from '../../src/engine/dates';
import type { Era } from '../../src/engine/eras';
import { SPEND_KINDS, type Outcome, type Stage } from '../../src/engine/outcomes/types';
import type { ReplayInput } from '../../src/engine/replay';
import type { LedgerEvent } from '../../src/engine/types';

const START = '2024-01-01';
const START_DAY = parseIsoDate(START) as number;
export const DAYS = 150;

export const dateArb = fc.integer({ min: 0, max: DAYS }).map((d) => formatDay(START_DAY + d));

const NOT_HIRED = ['open', 'lost', 'withdrawn', 'cancelled'] as const;

export const outcomeArb: fc.Arbitrary<Outcome> = fc
  .record(
    {
      stage: fc.constantFrom<Stage>('sent', 'viewed', 'interview', 'hired'),
      result: fc.constantFrom(...NOT_HIRED),
      giveResult: fc.boolean(),
      earnedUsd: fc.option(
        fc.integer({ min: 0, max: 500_000 }).map((c) => c / 100),
        {
          nil: undefined,
        },
      ),
      tags: fc.subarray(['api', 'data', 'react']),
      hireRate: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      paymentVerified: fc.option(fc.boolean(), { nil: undefined }),
    },
    { requiredKeys: ['stage'] },
  )
  .map((r) => {
    const o: Outcome = { stage: r.stage };
    if (r.stage === 'hired') {
      if (r.giveResult) o.result = 'hired';
      if (r.earnedUsd !== undefined) o.earnedUsd = r.earnedUsd;
    } else if (r.giveResult && r.result !== undefined) o.result = r.result;
    if (r.tags && r.tags.length > 0) o.tags = r.tags;
    if (r.hireRate !== undefined || r.paymentVerified !== undefined) {
      o.signals = {};
      if (r.hireRate !== undefined) o.signals.hireRate = r.hireRate;
      if (r.paymentVerified !== undefined) o.signals.paymentVerified = r.paymentVerified;
    }
    return o;
  });

const spendArb = (ref: fc.Arbitrary<string | undefined>): fc.Arbitrary<LedgerEvent> =>
  fc
    .record({
      date: dateArb,
      connects: fc.integer({ min: 0, max: 30 }),
      boost: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      ref,
      kind: fc.option(fc.constantFrom(...SPEND_KINDS), { nil: undefined, freq: 4 }),
      outcome: fc.option(outcomeArb, { nil: undefined, freq: 5 }),
    })
    .map((e) => {
      const event: LedgerEvent = { date: e.date, type: 'spend', connects: e.connects };
      if (e.boost !== undefined) event.boost = e.boost;
      if (e.ref !== undefined) event.ref = e.ref;
      if (e.kind !== undefined) event.kind = e.kind;
      if (e.outcome && (e.kind === undefined || e.kind === 'proposal')) event.outcome = e.outcome;
      return event;
    });

const refundArb = (ref: fc.Arbitrary<string>): fc.Arbitrary<LedgerEvent> =>
  fc
    .record({
      date: dateArb,
      ref,
      connects: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    })
    .map((e) => {
      const event: LedgerEvent = { date: e.date, type: 'refund', ref: e.ref };
      if (e.connects !== undefined) event.connects = e.connects;
      return event;
    });

const REFS = ['j1', 'j2', 'j3', 'j4', 'j5'];

/** Proposals that may be rejected, refunds of refs shared by several spends, purchases. */
export const outcomeLedgerArb: fc.Arbitrary<ReplayInput> = fc
  .record({
    startingBalance: fc.integer({ min: 0, max: 150 }),
    events: fc.array(
      fc.oneof(
        { weight: 6, arbitrary: spendArb(fc.option(fc.constantFrom(...REFS), { nil: undefined })) },
        { weight: 2, arbitrary: refundArb(fc.constantFrom(...REFS)) },
        {
          weight: 1,
          arbitrary: fc
            .record({ date: dateArb, connects: fc.integer({ min: 10, max: 80 }) })
            .map((e): LedgerEvent => ({ ...e, type: 'purchase' })),
        },
      ),
      { maxLength: 60 },
    ),
  })
  .map(({ startingBalance, events }) => ({
    account: { plan: 'freelancer-plus', cycleDay: 1, start: START, startingBalance },
    era: 'no-cap-2023',
    events,
  }));

/** Rules under which every spend is applied and nothing lapses: dropping one changes no other. */
export const ROOMY_ERA: Era = {
  id: 'roomy',
  from: '2020-01-01',
  lotLifetime: null,
  interviewBonus: null,
  plans: {
    plus: {
      monthlyFeeUsd: 0,
      allotment: 5000,
      rolloverCap: null,
      maxBalance: null,
      canPurchase: true,
      pricePerConnectUsd: 0.15,
    },
  },
};

/** Each spend its own ref (refunds name one of them): the ledger for the range property. */
export const roomyLedgerArb: fc.Arbitrary<ReplayInput> = fc
  .array(spendArb(fc.constant(undefined)), { minLength: 1, maxLength: 40 })
  .chain((spends) =>
    fc
      .array(refundArb(fc.integer({ min: 0, max: spends.length - 1 }).map((i) => `r${i}`)), {
        maxLength: 15,
      })
      .map((refunds) => [...spends.map((s, i) => ({ ...s, ref: `r${i}` })), ...refunds]),
  )
  .map((events) => ({
    account: { plan: 'plus', cycleDay: 1, start: START },
    era: ROOMY_ERA,
    events,
    until: formatDay(START_DAY + DAYS),
  }));
