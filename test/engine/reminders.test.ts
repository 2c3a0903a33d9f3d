import { describe, expect, it } from 'vitest';
import { reminders, staleImportAge } from '../../src/engine/reminders';

const next = { start: '2026-12-10', plan: 'freelancer-plus', allotment: 100 };

describe('calendar reminders', () => {
  it('one per "spend by" date, with what is lost and how, then the next cycle start', () => {
    const list = reminders(
      [
        { date: '2026-12-10', kind: 'expire', connects: 30, spendBy: '2026-12-09' },
        { date: '2026-12-10', kind: 'lapse', connects: 1, spendBy: '2026-12-09' },
        { date: '2027-01-03', kind: 'lapse', connects: 12, spendBy: '2027-01-02' },
      ],
      next,
    );
    expect(list.map((r) => [r.date, r.title])).toEqual([
      ['2026-12-09', 'Spend 31 Connects today, or lose them'],
      ['2026-12-10', 'Connects renew: 100 Connects'],
      ['2027-01-02', 'Spend 12 Connects today, or lose them'],
    ]);
    expect(list[0]?.description).toBe(
      '30 Connects over the rollover cap expire on Dec 10, 2026; 1 Connect lapse, a year after arriving, on Dec 10, 2026. Spend them on proposals by the end of Dec 9, 2026 to keep them (Connects Budget).',
    );
    expect(list[1]?.description).toContain('on Freelancer Plus starts on Dec 10, 2026');
    expect(new Set(list.map((r) => r.uid)).size).toBe(3);
  });

  it('keeps the same uid for the same date, so a calendar updates rather than duplicates', () => {
    const a = reminders([], next);
    const b = reminders([], next);
    expect(a[0]?.uid).toBe(b[0]?.uid);
  });
});

describe('a stale import', () => {
  it('is one older than 75 days', () => {
    // Sep 1 → Nov 15 is 75 days: not yet.
    expect(staleImportAge('2026-09-01T10:00:00.000Z', '2026-11-15')).toBeNull();
    expect(staleImportAge('2026-09-01T10:00:00.000Z', '2026-11-16')).toBe(76);
    expect(staleImportAge(null, '2026-11-17')).toBeNull();
    expect(staleImportAge('not a date', '2026-11-17')).toBeNull();
  });
});
