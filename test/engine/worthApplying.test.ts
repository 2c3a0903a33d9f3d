import { describe, expect, it } from 'vitest';
import { proposalBudget } from '../../src/engine/outcomes/budget';
import { compareOwnHistory } from '../../src/engine/outcomes/compareOwn';
import { collectProposals } from '../../src/engine/outcomes/proposals';
import type { Outcome, Signals } from '../../src/engine/outcomes/types';
import { checkJob, jobVerdict } from '../../src/engine/outcomes/worth';
import { stateAt, type ReplayInput } from '../../src/engine/replay';
import type { LedgerEvent } from '../../src/engine/types';

describe('checkJob: findings and verdict (§4)', () => {
  const codes = (s: Signals) => checkJob(s).findings.map((f) => `${f.code}:${f.severity}`);

  it('finds nothing in unknown signals and says apply', () => {
    expect(checkJob({})).toEqual({ findings: [], verdict: 'apply' });
    expect(checkJob()).toEqual({ findings: [], verdict: 'apply' });
  });

  it('turns each signal into its finding, at its threshold', () => {
    expect(codes({ hiredAlready: true })).toEqual(['already-hired:stop']);
    expect(codes({ hireRate: 49.5 })).toEqual(['low-hire-rate:warn']);
    expect(codes({ hireRate: 50 })).toEqual([]);
    expect(codes({ paymentVerified: false })).toEqual(['payment-unverified:warn']);
    expect(codes({ lastViewedDays: 7, interviewing: 0 })).toEqual(['idle-job:warn']);
    expect(codes({ lastViewedDays: 6, interviewing: 0 })).toEqual([]);
    expect(codes({ lastViewedDays: 9 })).toEqual([]);
    expect(codes({ clearDescription: false })).toEqual(['vague-description:warn']);
    expect(codes({ interviewing: 2, postedDays: 14 })).toEqual(['still-interviewing:good']);
    expect(codes({ interviewing: 2, postedDays: 13 })).toEqual([]);
    expect(codes({ paymentVerified: true, hireRate: 50 })).toEqual(['verified-hirer:good']);
    expect(codes({ paymentVerified: true })).toEqual([]);
  });

  it('skips with a stop or two warnings, thinks twice with one', () => {
    expect(checkJob({ hiredAlready: true, paymentVerified: true, hireRate: 90 }).verdict).toBe(
      'skip',
    );
    expect(checkJob({ hireRate: 10, paymentVerified: false }).verdict).toBe('skip');
    expect(checkJob({ hireRate: 10, paymentVerified: true }).verdict).toBe('think-twice');
    expect(checkJob({ clearDescription: true, interviewing: 1, postedDays: 20 }).verdict).toBe(
      'apply',
    );
    expect(jobVerdict([{ code: 'verified-hirer', severity: 'good' }])).toBe('apply');
  });
});

/** Proposals with the given hire-rate signal, the first `interviews` of them interviewed. */
function proposals(count: number, interviews: number, signals: Signals, tags?: string[]) {
  return Array.from({ length: count }, (_, i): LedgerEvent => {
    const outcome: Outcome = { stage: i < interviews ? 'interview' : 'sent', signals };
    if (tags) outcome.tags = tags;
    return { date: '2024-01-02', type: 'spend', connects: 0, outcome };
  });
}
const history = (events: LedgerEvent[]): ReplayInput => ({
  account: { plan: 'freelancer-plus', cycleDay: 1, start: '2024-01-01' },
  era: 'no-cap-2023',
  events,
});

describe("compareOwnHistory: the freelancer's own interview rate for jobs like this one", () => {
  const input = history([
    ...proposals(25, 1, { hireRate: 20 }, ['data']),
    ...proposals(50, 9, { hireRate: 80, paymentVerified: true }),
    // Hire rate not noted: on neither side.
    ...proposals(30, 30, {}),
  ]);
  const { proposals: records } = collectProposals(input);

  it('compares clients under 50% with the others', () => {
    const [hire] = compareOwnHistory(records, { signals: { hireRate: 35 } });
    expect(hire).toEqual({
      dimension: 'hireRate',
      like: {
        label: 'with clients under 50% hire rate',
        interviews: 1,
        considered: 25,
        rate: 0.04,
      },
      others: { label: 'with the others', interviews: 9, considered: 50, rate: 0.18 },
      sentence:
        'Your interview rate with clients under 50% hire rate: 4% (1 of 25); with the others: 18% (9 of 50)',
    });
    const [high] = compareOwnHistory(records, { signals: { hireRate: 60 } });
    expect(high?.sentence).toBe(
      'Your interview rate with clients of 50% hire rate or more: 18% (9 of 50); with the others: 4% (1 of 25)',
    );
  });

  it('compares tags, and leaves out a side with fewer than 10 considered proposals', () => {
    const byTag = compareOwnHistory(records, { tags: ['data'] });
    expect(byTag.map((c) => [c.tag, c.like.considered, c.others.considered])).toEqual([
      ['data', 25, 80],
    ]);
    // 50 verified, none known unverified.
    expect(compareOwnHistory(records, { signals: { paymentVerified: true } })).toEqual([]);
    const few = collectProposals(
      history([...proposals(9, 1, { hireRate: 20 }), ...proposals(50, 9, { hireRate: 80 })]),
    ).proposals;
    expect(compareOwnHistory(few, { signals: { hireRate: 20 } })).toEqual([]);
  });

  it('counts considered proposals only: a cancelled one is on neither side', () => {
    const events = [
      ...proposals(10, 2, { hireRate: 20 }),
      ...proposals(10, 5, { hireRate: 70 }),
      {
        date: '2024-01-03',
        type: 'spend',
        connects: 4,
        ref: 'gone',
        outcome: { signals: { hireRate: 20 } },
      },
      { date: '2024-01-04', type: 'refund', ref: 'gone' },
    ] as LedgerEvent[];
    const [c] = compareOwnHistory(collectProposals(history(events)).proposals, {
      signals: { hireRate: 10 },
    });
    expect(c?.like).toMatchObject({ interviews: 2, considered: 10 });
  });
});

describe('proposalBudget: what one more proposal does to the budget', () => {
  // 30 to start and January's 100 arrive on 2024-01-01 and lapse a year later.
  const input: ReplayInput = {
    account: { plan: 'freelancer-plus', cycleDay: 1, start: '2024-01-01', startingBalance: 30 },
    era: 'no-cap-2023',
    events: [{ date: '2024-01-05', type: 'spend', connects: 10 }],
  };
  const state = stateAt(input, '2024-01-15');

  it('gives the balance after it and what still lapses, on which date', () => {
    const budget = proposalBudget(input, state, 32, 8);
    expect(budget).toMatchObject({
      cost: 40,
      affordable: true,
      balanceBefore: 120,
      balanceAfter: 80,
    });
    // February's allotment, still to come, lapses a year after it arrives: the same either way.
    const february = { date: '2025-02-01', kind: 'lapse', connects: 100, spendBy: '2025-01-31' };
    expect(budget.expiringBefore).toEqual([
      { date: '2025-01-01', kind: 'lapse', connects: 120, spendBy: '2024-12-31' },
      february,
    ]);
    expect(budget.expiringAfter).toEqual([
      { date: '2025-01-01', kind: 'lapse', connects: 80, spendBy: '2024-12-31' },
      february,
    ]);
  });

  it('says when the balance cannot pay for it, and leaves the state as it was', () => {
    const budget = proposalBudget(input, state, 121);
    expect(budget).toMatchObject({ affordable: false, balanceBefore: 120, balanceAfter: 120 });
    expect(budget.expiringAfter).toEqual(budget.expiringBefore);
    expect(state.machine.balance).toBe(120);
    expect(state.balance).toBe(120);
  });
});
