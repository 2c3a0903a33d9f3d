import { describe, expect, it } from 'vitest';
import { replay, stateAt } from '../../src/engine/replay';
import { parseHistory } from '../../src/import/parseHistory';
import type { ParseResult } from '../../src/import/types';
import { readSample, SAMPLES } from './sampleFiles';

const parsed: Record<keyof typeof SAMPLES, ParseResult> = {
  rows: parseHistory(readSample(SAMPLES.rows)),
  blocks: parseHistory(readSample(SAMPLES.blocks)),
  csv: parseHistory(readSample(SAMPLES.csv)),
};

/** What a sample must import to, whatever its shape: the events without their file lines. */
const ledger = (result: ParseResult): unknown[] => result.events.map(({ line: _line, ...e }) => e);

const account = {
  plan: 'freelancer-plus',
  cycleDay: 10,
  start: '2026-08-10',
  startingBalance: 60,
};

describe('the three samples', () => {
  it('are detected as their formats, with no problems', () => {
    expect(parsed.rows.format).toBe('copied-rows');
    expect(parsed.blocks.format).toBe('copied-blocks');
    expect(parsed.csv.format).toBe('csv');
    for (const result of Object.values(parsed)) {
      expect(result.problems).toEqual([]);
      expect(result.warnings).toEqual([]);
    }
  });

  it('import to the same events and keys', () => {
    expect(ledger(parsed.blocks)).toEqual(ledger(parsed.rows));
    expect(ledger(parsed.csv)).toEqual(ledger(parsed.rows));
  });

  it.each(Object.keys(parsed) as (keyof typeof SAMPLES)[])(
    '%s gives the README figures',
    (name) => {
      const { events, platformRows } = parsed[name];
      const spends = events.filter((e) => e.type === 'spend');
      expect(spends).toHaveLength(42);
      expect(spends.filter((e) => e.boost !== undefined)).toHaveLength(21);
      expect(events.filter((e) => e.type === 'purchase')).toHaveLength(3);
      expect(events.filter((e) => e.type === 'refund')).toHaveLength(3);
      const bonuses = events.filter((e) => e.type === 'bonus');
      expect(bonuses).toHaveLength(2);
      expect(bonuses.every((b) => b.reason === 'rising-talent' && b.connects === 30)).toBe(true);
      expect(events).toHaveLength(42 + 3 + 3 + 2);
      expect(platformRows).toHaveLength(4);
      expect(platformRows.every((r) => r.kind === 'monthly' && r.connects === 100)).toBe(true);
      expect(platformRows.map((r) => r.date)).toEqual([
        '2026-08-10',
        '2026-09-10',
        '2026-10-10',
        '2026-11-10',
      ]);
      expect(parsed[name].account).toMatchObject({
        plan: 'freelancer-plus',
        cycleDay: 10,
        start: '2026-08-10',
        source: 'platform-rows',
      });
    },
  );

  it('lists events oldest first, boosts joined to the proposal of the same job and date', () => {
    const { events } = parsed.rows;
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    expect(events[0]).toMatchObject({ date: '2026-08-10', type: 'spend', connects: 4, line: 78 });
    const nov5 = events.filter((e) => e.date === '2026-11-05');
    expect(nov5).toEqual([
      expect.objectContaining({
        type: 'spend',
        connects: 6,
        boost: 10,
        ref: 'Senior React developer for a fintech dashboard #664',
        line: 15,
      }),
    ]);
    // Oct 31: the proposal and its boost, then the refund listed above them.
    expect(events.filter((e) => e.date === '2026-10-31').map((e) => e.type)).toEqual([
      'spend',
      'refund',
    ]);
    // Sep 26: the boosted proposal, then the purchase listed above it.
    expect(events.filter((e) => e.date === '2026-09-26')).toMatchObject([
      { type: 'spend', connects: 12, boost: 5 },
      { type: 'purchase', connects: 80 },
    ]);
  });

  it('matches each refund to the latest earlier proposal of its job', () => {
    expect(parsed.rows.events.filter((e) => e.type === 'refund')).toMatchObject([
      { date: '2026-08-14', ref: 'Shopify store speed audit', connects: 4 },
      { date: '2026-10-08', ref: 'Senior React developer for a fintech dashboard', connects: 10 },
      { date: '2026-10-31', ref: 'Fix CI pipeline in GitHub Actions #473', connects: 4 },
    ]);
  });

  it('replays with start 2026-08-10, Freelancer Plus, cycle day 10, from 60 to 108, nothing rejected', () => {
    for (const result of Object.values(parsed)) {
      const input = { account, events: result.events, era: 'auto' as const };
      const run = replay(input);
      expect(run.rejected).toEqual([]);
      result.events.forEach((e, i) => {
        if (e.type === 'refund') expect(run.balances[i]).not.toBeNull();
      });
      expect(stateAt(input, '2026-11-16').balance).toBe(108);
      expect(run.cycles.map((c) => c.allotment)).toEqual([100, 100, 100, 100]);
    }
  });

  it('reads the reported balance of the copied pages and finds the starting balance 60', () => {
    for (const result of [parsed.rows, parsed.blocks]) {
      expect(result.reportedBalance).toBe(108);
      expect(result.startingBalance).toBe(60);
    }
    expect(parsed.csv.reportedBalance).toBeNull();
    expect(parsed.csv.startingBalance).toBeNull();
  });

  it('gives every event a distinct key, the same on every parse', () => {
    for (const [name, result] of Object.entries(parsed)) {
      const keys = result.events.map((e) => e.key);
      expect(new Set(keys).size).toBe(keys.length);
      const again = parseHistory(readSample(SAMPLES[name as keyof typeof SAMPLES]));
      expect(again.events.map((e) => e.key)).toEqual(keys);
    }
  });
});
