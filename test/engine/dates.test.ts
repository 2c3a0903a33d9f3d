import { describe, expect, it } from 'vitest';
import {
  addOneYear,
  cycleStartOf,
  formatDay,
  isCycleStart,
  nextCycleStart,
  parseIsoDate,
} from '../../src/engine/dates';
import { lotsAt, replay } from '../../src/engine/replay';

const day = (s: string): number => {
  const d = parseIsoDate(s);
  if (d === null) throw new Error(`bad test date ${s}`);
  return d;
};

describe('calendar dates', () => {
  it('rejects impossible dates and accepts leap days', () => {
    expect(parseIsoDate('2018-02-30')).toBeNull();
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2100-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    expect(parseIsoDate('2000-02-29')).not.toBeNull();
    expect(parseIsoDate('2024-13-01')).toBeNull();
    expect(parseIsoDate('24-01-01')).toBeNull();
  });

  it('round-trips every day across two centuries', () => {
    for (let d = day('1999-12-25'); d < day('2101-01-10'); d += 1) {
      expect(day(formatDay(d))).toBe(d);
    }
  });

  it('lapses a lot received on Feb 29 on Feb 28 of the next year', () => {
    expect(formatDay(addOneYear(day('2024-02-29')))).toBe('2025-02-28');
    expect(formatDay(addOneYear(day('2023-03-01')))).toBe('2024-03-01');
    expect(formatDay(addOneYear(day('2024-12-31')))).toBe('2025-12-31');
  });

  it('renews cycle days 29, 30 and 31 on the 1st', () => {
    for (const cycleDay of [29, 30, 31]) {
      expect(isCycleStart(day('2021-03-01'), cycleDay)).toBe(true);
      expect(isCycleStart(day('2021-01-31'), cycleDay)).toBe(false);
      expect(formatDay(cycleStartOf(day('2021-02-28'), cycleDay))).toBe('2021-02-01');
    }
  });

  it('crosses year ends', () => {
    expect(formatDay(cycleStartOf(day('2021-01-03'), 5))).toBe('2020-12-05');
    expect(formatDay(nextCycleStart(day('2020-12-15')))).toBe('2021-01-15');
    expect(formatDay(cycleStartOf(day('2020-12-31'), 1))).toBe('2020-12-01');
  });
});

describe('date edges in the replay', () => {
  const account = { plan: 'freelancer-basic', cycleDay: 1, start: '2024-01-01' };

  it('counts a lot received on a cycle start as lapsing in the cycle that ends a year later', () => {
    const result = replay({ account, events: [], era: 'no-cap-2023', until: '2025-01-15' });
    const dec = result.cycles.find((c) => c.start === '2024-12-01');
    const jan = result.cycles.find((c) => c.start === '2025-01-01');
    // the allotment of 2024-01-01 lapses on 2025-01-01: the end of December's cycle
    expect(dec).toMatchObject({ lapsed: 10, closing: 110 });
    expect(jan).toMatchObject({ carriedIn: 110, opening: 120, lapsed: 10, closing: 110 });
  });

  it('lapses a bonus received on Feb 29 on Feb 28, inside the February cycle', () => {
    const result = replay({
      account: { plan: 'freelancer-basic', cycleDay: 10, start: '2024-02-10' },
      era: 'no-cap-2023',
      events: [{ date: '2024-02-29', type: 'bonus', reason: 'promo', connects: 7 }],
      until: '2025-02-10',
    });
    const feb = result.cycles.find((c) => c.start === '2025-02-10');
    const jan = result.cycles.find((c) => c.start === '2025-01-10');
    // 2025-02-28 is after 2025-02-10: the lapse belongs to the cycle starting 2025-02-10
    expect(jan?.lapsed).toBe(10);
    expect(feb?.lapsed).toBe(7 + 10);
    expect(
      lotsAt(
        {
          account: { plan: 'freelancer-basic', cycleDay: 10, start: '2024-02-10' },
          era: 'no-cap-2023',
          events: [{ date: '2024-02-29', type: 'bonus', reason: 'promo', connects: 7 }],
        },
        '2025-02-27',
      ),
    ).toContainEqual({ received: '2024-02-29', left: 7, lapses: '2025-02-28' });
  });

  it('runs cycle day 29 from the 1st across a leap February', () => {
    const result = replay({
      account: { plan: 'freelancer-plus', cycleDay: 29, start: '2024-02-01' },
      era: 'no-cap-2023',
      events: [{ date: '2024-02-29', type: 'spend', connects: 3 }],
      until: '2024-03-01',
    });
    expect(result.cycles.map((c) => [c.start, c.end, c.spent])).toEqual([
      ['2024-02-01', '2024-03-01', 3],
      ['2024-03-01', '2024-04-01', 0],
    ]);
  });
});
