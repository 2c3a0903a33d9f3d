import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/import/parseHistory';
import { reconcile } from '../../src/import/reconcile';
import { readSample, SAMPLES } from './sampleFiles';

const sample = readSample(SAMPLES.rows);
const account = { plan: 'freelancer-plus', cycleDay: 10, start: '2026-08-10', startingBalance: 60 };

describe('reconcile', () => {
  it('finds the samples in agreement with the rules once the starting balance is set', () => {
    const result = reconcile(parseHistory(sample), account);
    expect(result.rows.map((r) => [r.date, r.connects, r.expected, r.difference])).toEqual([
      ['2026-08-10', 100, 100, 0],
      ['2026-09-10', 100, 100, 0],
      ['2026-10-10', 100, 100, 0],
      ['2026-11-10', 100, 100, 0],
    ]);
    expect(result.missing).toEqual([]);
    expect(result.corrections).toEqual([]);
    expect(result.rejected).toEqual([]);
    expect(result.balance).toEqual({
      asOf: '2026-11-16',
      replayed: 108,
      reported: 108,
      difference: 0,
    });
  });

  it('shows the balance difference a wrong starting balance leaves', () => {
    const result = reconcile(parseHistory(sample), { ...account, startingBalance: 100 });
    expect(result.balance).toMatchObject({ replayed: 148, reported: 108, difference: -40 });
  });

  it('names the events the replay rejects by their file line', () => {
    const result = reconcile(parseHistory(sample), { ...account, startingBalance: 0 });
    expect(result.rejected.length).toBeGreaterThan(0);
    expect(result.rejected[0]).toMatchObject({ code: 'insufficient-balance' });
    expect(result.rejected[0]?.line).toBeGreaterThan(4);
  });

  it('a grant the file shows differently, or not at all, becomes a correction', () => {
    const text = sample
      .replace('Oct 10, 2026\tMonthly Connects\tFreelancer Plus membership\t+100\n', '')
      .replace(
        'Sep 10, 2026\tMonthly Connects\tFreelancer Plus membership\t+100',
        'Sep 10, 2026\tMonthly Connects\tFreelancer Plus membership\t+80',
      );
    const result = reconcile(parseHistory(text), account);
    expect(result.rows.find((r) => r.date === '2026-09-10')).toMatchObject({
      connects: 80,
      expected: 100,
      difference: -20,
      message: 'the file shows 80 monthly Connects on 2026-09-10; the rules give 100',
    });
    expect(result.missing).toEqual([
      {
        date: '2026-10-10',
        kind: 'monthly',
        expected: 100,
        message: 'the rules grant 100 monthly Connects on 2026-10-10; the file shows none',
      },
    ]);
    expect(result.corrections.map(({ date, connects }) => [date, connects])).toEqual([
      ['2026-09-10', -20],
      ['2026-10-10', -100],
    ]);
  });

  it('compares an expiry row with the lots that lapse that day', () => {
    const text = [
      'Nov 12, 2026\tConnects expired\tOlder than a year\t-7',
      'Nov 12, 2025\tBonus Connects\tPromo\t+5',
    ].join('\n');
    const result = reconcile(parseHistory(text), {
      plan: 'freelancer-basic',
      cycleDay: 1,
      start: '2025-11-01',
      startingBalance: 0,
    });
    expect(result.rows).toMatchObject([
      { kind: 'expired', connects: -7, expected: -5, difference: -2 },
    ]);
    expect(result.corrections).toMatchObject([
      { date: '2026-11-12', type: 'adjust', connects: -2 },
    ]);
  });
});

describe('a window that starts after its cycle began', () => {
  it('says when no starting balance reaches the reported one', () => {
    const text = [
      'Connects History',
      'My balance',
      '74 Connects',
      'Date\tAction\tDetails\tConnects',
      'Nov 14, 2026\tApplied to job\tSenior React developer for a fintech dashboard\t-16',
      'Nov 14, 2026\tBoosted proposal\tSenior React developer for a fintech dashboard\t-20',
      'Nov 10, 2026\tMonthly Connects\tFreelancer Plus\t+100',
    ].join('\n');
    const result = parseHistory(text);
    // The first row is the Nov 10 grant: 10 before it, + 100 − 36 = 74.
    expect(result.account?.start).toBe('2026-11-10');
    expect(result.startingBalance).toBe(10);
    // A window from Nov 12: the rules' Nov 10 grant less 4 and 36 leaves at least 60, never 50
    // (what was spent between the grant and the window is not in the file).
    const later = parseHistory(
      text
        .replace('74 Connects', '50 Connects')
        .replace(
          'Nov 10, 2026\tMonthly Connects\tFreelancer Plus\t+100',
          'Nov 12, 2026\tApplied to job\tLogo\t-4',
        ),
      { plan: 'freelancer-plus', cycleDay: 10 },
    );
    expect(later.account?.start).toBe('2026-11-10');
    expect(later.startingBalance).toBeNull();
    expect(later.warnings).toEqual([
      {
        line: 0,
        message:
          'no starting balance on 2026-11-10 makes the rules end at the reported 50 Connects',
      },
    ]);
  });
});
