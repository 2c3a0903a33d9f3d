import { describe, expect, it } from 'vitest';
import { interviewBonusOffer } from '../../src/engine/outcomes/interviewBonus';
import type { ReplayInput } from '../../src/engine/replay';

const input = (era: ReplayInput['era'], start = '2021-01-10'): ReplayInput => ({
  account: { plan: 'freelancer-plus', cycleDay: 10, start, startingBalance: 0 },
  events: [],
  era,
});

describe('interviewBonusOffer', () => {
  it('dates the bonus today when today’s era gives one', () => {
    expect(
      interviewBonusOffer(input('free-monthly-2020', '2026-11-10'), '2026-11-12', '2026-11-21'),
    ).toEqual({ date: '2026-11-21', amount: 10, capPer7Days: 50 });
  });

  it('else on the proposal’s date when its era gave one (a ledger filled in later)', () => {
    expect(interviewBonusOffer(input('auto'), '2021-03-15', '2026-11-21')).toEqual({
      date: '2021-03-15',
      amount: 10,
      capPer7Days: 50,
    });
  });

  it('offers nothing in an era without one', () => {
    expect(interviewBonusOffer(input('auto', '2026-11-10'), '2026-11-12', '2026-11-21')).toBeNull();
    expect(interviewBonusOffer(input('auto'), '2022-10-15', '2026-11-21')).toBeNull();
  });
});
