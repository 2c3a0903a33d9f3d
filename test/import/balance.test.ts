import { describe, expect, it } from 'vitest';
import { findStartingBalance, inferAccount } from '../../src/import/balance';
import type { InferredAccount } from '../../src/import/types';
import type { LedgerEvent } from '../../src/engine/types';

const basic: InferredAccount = {
  plan: 'freelancer-basic',
  cycleDay: 1,
  start: '2026-03-01',
  era: 'auto',
  source: 'options',
};
const spend = (date: string, connects: number): LedgerEvent => ({ date, type: 'spend', connects });

describe('starting balance', () => {
  it('is the least balance with no shortfall that ends at the reported one', () => {
    // 10 arrive at the start; a 30 spend needs 20 more; 5 are left at the end.
    const events = [spend('2026-03-02', 30)];
    expect(findStartingBalance(basic, events, 5, '2026-03-02')).toBe(25);
    expect(findStartingBalance(basic, events, 0, '2026-03-02')).toBe(20);
  });

  it('is null when no balance gives the reported one', () => {
    const events = [spend('2026-03-02', 30)];
    // Ending below 0 is impossible; ending at 0 with no spend needing more is not.
    expect(findStartingBalance(basic, [spend('2026-03-02', 4)], 3, '2026-03-02')).toBe(null);
    expect(findStartingBalance({ ...basic, plan: 'no-such-plan' }, events, 5, '2026-03-02')).toBe(
      null,
    );
  });

  it('sees Connects lost over the rollover cap (classic era: Freelancer Basic keeps none)', () => {
    const classic: InferredAccount = { ...basic, start: '2018-03-01', era: 'classic' };
    // Whatever the starting balance, the next cycle opens with 60: 58 after a spend of 2.
    expect(findStartingBalance(classic, [spend('2018-04-02', 2)], 58, '2018-04-02')).toBe(0);
    expect(findStartingBalance(classic, [spend('2018-04-02', 2)], 70, '2018-04-02')).toBe(null);
  });
});

describe('the account a file implies', () => {
  const monthly = (date: string, details: string) =>
    ({ line: 1, date, kind: 'monthly', connects: 10, details }) as const;

  it('takes the cycle day and plan from the Monthly Connects rows', () => {
    expect(
      inferAccount('2026-03-05', [
        monthly('2026-03-14', 'Agency Plus'),
        monthly('2026-04-14', 'Agency Plus'),
      ]),
    ).toEqual({
      plan: 'agency-plus',
      cycleDay: 14,
      start: '2026-02-14',
      era: 'auto',
      source: 'platform-rows',
    });
  });

  it('starts on the 1st for cycle days 29–31', () => {
    expect(inferAccount('2026-03-05', [monthly('2026-01-31', 'Basic')])?.start).toBe('2026-03-01');
  });

  it('without such rows, starts the cycle on the first row', () => {
    expect(inferAccount('2026-03-05', [])).toMatchObject({
      cycleDay: 5,
      start: '2026-03-05',
      source: 'default',
    });
    expect(inferAccount(null, [])).toBeNull();
  });
});
