import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateFromCheckpoint, stateWithCheckpoint } from '../../src/engine/checkpoint';
import { formatDay, parseIsoDate } from '../../src/engine/dates';
import { forecast } from '../../src/engine/forecast';
import { stateAt, type ReplayInput, type StateAt } from '../../src/engine/replay';
import { ledgerArb } from './arbitraries';

const RUNS = { numRuns: 300 };

const dayOf = (event: unknown): number =>
  parseIsoDate(String((event as { date?: unknown }).date)) ?? Number.NEGATIVE_INFINITY;

/** A ledger in date order (as the app stores it), a checkpoint date and a later "today". */
const caseArb = fc
  .tuple(
    ledgerArb,
    fc.double({ min: -0.1, max: 1.1, noNaN: true }),
    fc.double({ min: 0, max: 0.5, noNaN: true }),
  )
  .map(([input, at, later]): [ReplayInput, string, string] => {
    const events = [...input.events].sort((a, b) => dayOf(a) - dayOf(b));
    const start = parseIsoDate(input.account.start) as number;
    const end = parseIsoDate(input.until as string) as number;
    const span = end - start;
    const checkpointDay = start + Math.floor(span * at);
    return [
      { ...input, events },
      formatDay(checkpointDay),
      formatDay(checkpointDay + Math.floor(span * later)),
    ];
  });

function view(state: StateAt) {
  return {
    day: state.day,
    balance: state.balance,
    lots: state.lots,
    rejected: state.rejected,
    warnings: state.warnings,
    statements: state.machine.statements,
    cycle: state.machine.cycle,
    plan: state.machine.plan,
    pending: state.machine.pendingPlan,
  };
}

describe('replay checkpoints', () => {
  it('the state beside a checkpoint is stateAt’s', () => {
    fc.assert(
      fc.property(caseArb, ([input, at]) => {
        expect(view(stateWithCheckpoint(input, at).state)).toEqual(view(stateAt(input, at)));
      }),
      RUNS,
    );
  });

  it('going on from a checkpoint (through a structured clone) gives exactly stateAt', () => {
    fc.assert(
      fc.property(caseArb, ([input, at, today]) => {
        const { checkpoint } = stateWithCheckpoint(input, at);
        expect(checkpoint).not.toBeNull();
        const stored = structuredClone(checkpoint!);
        const resumed = stateFromCheckpoint(input, stored, today);
        const replayed = stateAt(input, today);
        expect(resumed).not.toBeNull();
        expect(view(resumed!)).toEqual(view(replayed));
        // The machines go on alike: the same forecast from either.
        const pace = { proposalsPerCycle: 12, connectsPerProposal: 6, refundShare: 0.3 };
        const ask = { history: input, today, pace, cycles: 4 };
        expect(forecast({ ...ask, state: resumed! })).toEqual(
          forecast({ ...ask, state: replayed }),
        );
        // The checkpoint itself is left as it was: it can be used again.
        expect(view(stateFromCheckpoint(input, stored, today)!)).toEqual(view(replayed));
      }),
      RUNS,
    );
  });

  it('refuses an earlier date, other events, or events out of date order', () => {
    fc.assert(
      fc.property(caseArb, ([input, at]) => {
        const { checkpoint } = stateWithCheckpoint(input, at);
        const cp = checkpoint!;
        if (cp.day > (parseIsoDate(input.account.start) as number)) {
          expect(stateFromCheckpoint(input, cp, formatDay(cp.day - 1))).toBeNull();
        }
        const more = { ...input, events: [...input.events, input.events[0] ?? fakeEvent(at)] };
        expect(stateFromCheckpoint(more, cp, at)).toBeNull();
        // An event dated before the checkpoint where only later ones may be.
        if (cp.next < input.events.length) {
          const events = [...input.events];
          events[events.length - 1] = {
            date: input.account.start,
            type: 'bonus',
            reason: 'other',
            connects: 1,
          };
          expect(stateFromCheckpoint({ ...input, events }, cp, at)).toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('keeps the interview-bonus window across the checkpoint', () => {
    // 10 a bonus, at most 50 in 7 days: four before the checkpoint, three after it.
    const interview = (date: string) => ({
      date,
      type: 'bonus' as const,
      reason: 'interview' as const,
    });
    const input: ReplayInput = {
      account: { plan: 'freelancer-plus', cycleDay: 1, start: '2021-01-01', startingBalance: 0 },
      era: 'free-monthly-2020',
      events: [
        '2021-01-04',
        '2021-01-05',
        '2021-01-06',
        '2021-01-06',
        '2021-01-07',
        '2021-01-08',
        '2021-01-12',
      ].map(interview),
    };
    const { checkpoint } = stateWithCheckpoint(input, '2021-01-06');
    const resumed = stateFromCheckpoint(input, structuredClone(checkpoint!), '2021-01-20')!;
    const replayed = stateAt(input, '2021-01-20');
    expect(resumed.warnings).toEqual(replayed.warnings);
    expect(replayed.warnings.length).toBeGreaterThan(0);
    expect(view(resumed)).toEqual(view(replayed));
  });

  it('makes no checkpoint of events out of date order', () => {
    const input: ReplayInput = {
      account: { plan: 'freelancer-plus', cycleDay: 1, start: '2024-01-01', startingBalance: 10 },
      events: [
        { date: '2024-01-05', type: 'spend', connects: 2 },
        { date: '2024-01-03', type: 'spend', connects: 2 },
      ],
    };
    const { state, checkpoint } = stateWithCheckpoint(input, '2024-01-10');
    expect(checkpoint).toBeNull();
    expect(view(state)).toEqual(view(stateAt(input, '2024-01-10')));
  });
});

function fakeEvent(date: string) {
  return { date, type: 'bonus' as const, reason: 'other' as const, connects: 1 };
}
