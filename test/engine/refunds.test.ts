import { describe, expect, it } from 'vitest';
import { refundableProposals } from '../../src/engine/refunds';
import { replay, type ReplayInput } from '../../src/engine/replay';
import type { LedgerEvent } from '../../src/engine/types';

const input = (events: LedgerEvent[]): ReplayInput => ({
  account: { plan: 'freelancer-plus', cycleDay: 1, start: '2024-01-01' },
  era: 'no-cap-2023',
  events,
});

const ledger = input([
  { date: '2024-01-02', type: 'spend', connects: 10, ref: 'a' }, // 0
  { date: '2024-01-03', type: 'refund', ref: 'a', connects: 4 }, // 1
  { date: '2024-01-04', type: 'spend', connects: 5, boost: 3, ref: 'b' }, // 2
  { date: '2024-01-04', type: 'spend', connects: 6, ref: 'c' }, // 3
  { date: '2024-01-04', type: 'refund', ref: 'c' }, // 4
  { date: '2024-01-06', type: 'spend', connects: 500, ref: 'big' }, // 5: rejected
  { date: '2024-01-10', type: 'spend', connects: 2, ref: 'a' }, // 6: a new proposal for a
  { date: '2024-03-01', type: 'refund', ref: 'b', connects: 1 }, // 7
  { date: '2024-03-02', type: 'refund', ref: 'b', connects: 2 }, // 8
]);

describe('refunds matched to their spends', () => {
  it('the replay sums, per applied spend, every refund it matched, whatever its date', () => {
    expect([...replay(ledger).refundedBySpend].sort((x, y) => x[0] - y[0])).toEqual([
      [0, 4],
      [2, 3],
      [3, 6],
    ]);
  });

  it('offers the proposals a refund can still reach, newest first, with what is left', () => {
    expect(refundableProposals(ledger, '2024-01-05')).toEqual([
      { ref: 'b', date: '2024-01-04', index: 2, spent: 8, refunded: 0, left: 8 },
      { ref: 'a', date: '2024-01-02', index: 0, spent: 10, refunded: 4, left: 6 },
    ]);
    // A later spend with the same ref starts a new proposal; a rejected one was never sent.
    expect(refundableProposals(ledger, '2024-03-01')).toEqual([
      { ref: 'a', date: '2024-01-10', index: 6, spent: 2, refunded: 0, left: 2 },
      { ref: 'b', date: '2024-01-04', index: 2, spent: 8, refunded: 1, left: 7 },
    ]);
    expect(refundableProposals(ledger, '2024-01-01')).toEqual([]);
  });

  it('leaves out the entry being edited', () => {
    const [, a] = refundableProposals(ledger, '2024-01-05', 1);
    expect(a).toMatchObject({ ref: 'a', refunded: 0, left: 10 });
    expect(refundableProposals(ledger, '2024-01-05', 2).map((p) => p.ref)).toEqual(['a']);
  });
});
