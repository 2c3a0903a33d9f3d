import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveOutcome, movesFrom, OUTCOME_MOVES, standingOf } from '../../src/engine/outcomes/moves';
import type { Outcome } from '../../src/engine/outcomes/types';
import { validateSpendOutcome } from '../../src/engine/outcomes/validate';
import { effectiveResult } from '../../src/engine/outcomes/effective';
import { outcomeArb } from './outcomeArbitraries';

const AT = { date: '2026-11-12', today: '2026-11-21' };
const JOB: Outcome = { tags: ['react'], signals: { hireRate: 40 } };

describe('moveOutcome', () => {
  it('moves an open proposal on, keeping its tags and signals', () => {
    expect(moveOutcome(JOB, 'viewed', AT)).toEqual({ stage: 'viewed', ...JOB });
    expect(moveOutcome({ stage: 'viewed', ...JOB }, 'interview', AT)).toEqual({
      stage: 'interview',
      ...JOB,
    });
    expect(moveOutcome({ stage: 'interview' }, 'hired', { ...AT, earnedUsd: 500 })).toEqual({
      stage: 'hired',
      result: 'hired',
      decidedOn: '2026-11-21',
      earnedUsd: 500,
    });
    expect(moveOutcome({ stage: 'viewed' }, 'lost', AT)).toEqual({
      stage: 'viewed',
      result: 'lost',
      decidedOn: '2026-11-21',
    });
    expect(moveOutcome(undefined, 'withdrawn', AT)).toEqual({
      result: 'withdrawn',
      decidedOn: '2026-11-21',
    });
  });

  it('never dates a result before the proposal', () => {
    const future = { date: '2026-12-01', today: '2026-11-21' };
    expect(moveOutcome(undefined, 'lost', future)?.decidedOn).toBe('2026-12-01');
  });

  it('a stage keeps a final result, but drops a hire and its earnings', () => {
    expect(moveOutcome({ result: 'lost', decidedOn: '2026-11-15' }, 'interview', AT)).toEqual({
      stage: 'interview',
      result: 'lost',
      decidedOn: '2026-11-15',
    });
    expect(moveOutcome({ stage: 'hired', earnedUsd: 300, ...JOB }, 'interview', AT)).toEqual({
      stage: 'interview',
      ...JOB,
    });
  });

  it('a result after a hire leaves the hire (stage "hired" allows no other result)', () => {
    expect(moveOutcome({ stage: 'hired', earnedUsd: 300 }, 'lost', AT)).toEqual({
      result: 'lost',
      decidedOn: '2026-11-21',
    });
  });

  it('"still open" overrides the cancelled a full refund implies; clear keeps the job', () => {
    const open = moveOutcome(undefined, 'open', AT);
    expect(open).toEqual({ result: 'open' });
    expect(effectiveResult(open ?? undefined, 12, 12)).toBe('open');
    expect(moveOutcome({ stage: 'hired', decidedOn: '2026-11-20', ...JOB }, 'clear', AT)).toEqual(
      JOB,
    );
    expect(moveOutcome({ stage: 'viewed', result: 'lost' }, 'clear', AT)).toBeNull();
  });

  it('every move from any valid outcome gives one the contract allows', () => {
    fc.assert(
      fc.property(
        outcomeArb,
        fc.constantFrom(...OUTCOME_MOVES),
        fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
        (outcome, move, earnedUsd) => {
          const date = '2024-01-01';
          const next = moveOutcome(outcome, move, { date, today: '2024-03-01', earnedUsd });
          if (next === null) return;
          expect(validateSpendOutcome({ date, outcome: next })).toEqual([]);
          expect(next.tags ?? []).toEqual(outcome.tags?.length ? outcome.tags : []);
        },
      ),
    );
  });
});

describe('standingOf and movesFrom', () => {
  it('reads the effective result, a full refund as cancelled unless the user said otherwise', () => {
    expect(standingOf(undefined, 12, 0).label).toBe('Sent');
    expect(standingOf(undefined, 12, 12)).toMatchObject({
      result: 'cancelled',
      label: 'Cancelled',
    });
    expect(standingOf(undefined, 12, 6).label).toBe('Sent');
    expect(standingOf({ result: 'open' }, 12, 12).label).toBe('Sent');
    expect(standingOf({ stage: 'viewed' }, 12, 12).label).toBe('Cancelled (viewed)');
    expect(standingOf({ stage: 'interview' }, 12, 0).label).toBe('Interview');
    expect(standingOf({ stage: 'hired', earnedUsd: 5 }, 12, 0)).toMatchObject({
      result: 'hired',
      label: 'Hired',
    });
    expect(standingOf({ stage: 'viewed', result: 'lost' }, 12, 0).label).toBe('Lost (viewed)');
    expect(standingOf(undefined, 0, 0).label).toBe('Sent');
  });

  it('offers what would change something', () => {
    const open = movesFrom(undefined, standingOf(undefined, 12, 0));
    expect(open).toEqual(['viewed', 'interview', 'hired', 'lost', 'withdrawn', 'cancelled']);
    const refunded = movesFrom(undefined, standingOf(undefined, 12, 12));
    expect(refunded).toContain('open');
    expect(refunded).not.toContain('cancelled');
    const hired: Outcome = { stage: 'hired', earnedUsd: 10 };
    expect(movesFrom(hired, standingOf(hired, 12, 0))).toEqual([
      'viewed',
      'interview',
      'hired',
      'open',
      'clear',
    ]);
  });
});
