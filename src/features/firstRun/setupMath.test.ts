import { describe, expect, it } from 'vitest';
import { ledgerInput } from '../../read';
import type { EntryRecord } from '../../read';
import { stateAt } from '../../engine/replay';
import { planSetup } from './setupMath';

function balanceToday(setup: ReturnType<typeof planSetup>, today: string): number {
  const entries: EntryRecord[] = setup.opening.map((e, i) => ({ ...e, id: i + 1, order: i }));
  return stateAt(ledgerInput(setup.account, entries).input, today).balance;
}

describe('planSetup', () => {
  it('starts at the current cycle start and keeps the typed balance above the allotment', () => {
    const setup = planSetup({
      plan: 'freelancer-plus',
      cycleDay: 10,
      era: { kind: 'auto' },
      balanceToday: 130,
      today: '2026-11-21',
    });
    expect(setup.account.start).toBe('2026-11-10');
    // no-cap-2023: Freelancer Plus gets 100 a cycle.
    expect(setup.account.startingBalance).toBe(30);
    expect(setup.opening).toEqual([]);
    expect(balanceToday(setup, '2026-11-21')).toBe(130);
  });

  it('records Connects already spent this cycle as a correction when the balance is below the allotment', () => {
    const setup = planSetup({
      plan: 'freelancer-plus',
      cycleDay: 25,
      era: { kind: 'auto' },
      balanceToday: 42,
      today: '2026-11-21',
    });
    expect(setup.account.start).toBe('2026-10-25');
    expect(setup.account.startingBalance).toBe(0);
    expect(setup.opening).toEqual([
      expect.objectContaining({ date: '2026-11-21', type: 'adjust', connects: -58 }),
    ]);
    expect(balanceToday(setup, '2026-11-21')).toBe(42);
  });

  it('gives the typed balance for every plan, era, cycle day and balance', () => {
    const eras = [
      { kind: 'auto' as const },
      { kind: 'fixed' as const, id: 'classic' },
      { kind: 'fixed' as const, id: 'paid-2019' },
    ];
    for (const plan of ['freelancer-basic', 'freelancer-plus', 'agency-plus']) {
      for (const era of eras) {
        for (const cycleDay of [1, 10, 21, 28, 29, 31]) {
          for (const typed of [0, 7, 60, 100, 345]) {
            for (const today of ['2026-11-21', '2026-03-01', '2024-02-29']) {
              const setup = planSetup({ plan, cycleDay, era, balanceToday: typed, today });
              expect(
                balanceToday(setup, today),
                `${plan} ${era.kind} ${cycleDay} ${typed} ${today}`,
              ).toBe(typed);
            }
          }
        }
      }
    }
  });
});
