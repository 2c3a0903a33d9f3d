import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/replay';
import { parseHistory } from '../../src/import/parseHistory';
import { readSample, SAMPLES } from './sampleFiles';

const withoutLines = (text: string) =>
  parseHistory(text).events.map(({ line: _line, ...event }) => event);

describe('copied page text', () => {
  it('blocks need no blank lines between them', () => {
    const sample = readSample(SAMPLES.blocks);
    const packed = sample.replace(/\n\n+/g, '\n');
    const result = parseHistory(packed);
    expect(result.format).toBe('copied-blocks');
    expect(result.problems).toEqual([]);
    expect(withoutLines(packed)).toEqual(withoutLines(sample));
    expect(result.reportedBalance).toBe(108);
  });

  it('blocks may give the date first, as the table’s columns do, and a header one cell per line', () => {
    const text = [
      'Connects History',
      'My balance: 26 Connects',
      'Date',
      'Action',
      'Details',
      'Connects',
      'Nov 14, 2026',
      'Boosted proposal',
      'Logo',
      '−5',
      'Nov 14, 2026',
      'Applied to job',
      'Logo',
      '8 Connects',
    ].join('\n');
    const result = parseHistory(text);
    expect(result.format).toBe('copied-blocks');
    expect(result.reportedBalance).toBe(26);
    expect(result.problems).toEqual([]);
    expect(result.events).toMatchObject([
      { date: '2026-11-14', type: 'spend', connects: 8, boost: 5, ref: 'Logo', line: 11 },
    ]);
  });

  it('rows without the page header or column header are still rows', () => {
    const text =
      'Nov 14, 2026\tBoosted proposal\tLogo\t-5\nNov 14, 2026\tApplied to job\tLogo\t-8\n';
    const result = parseHistory(text);
    expect(result.format).toBe('copied-rows');
    expect(result.reportedBalance).toBeNull();
    expect(result.startingBalance).toBeNull();
    expect(result.events).toMatchObject([{ connects: 8, boost: 5, line: 2 }]);
  });

  it('a boost joins its own job’s proposal on its date, #id and all, nearest first', () => {
    const text = [
      'Nov 14, 2026\tBoosted proposal\tLogo #2\t-7',
      'Nov 14, 2026\tApplied to job\tLogo #2\t-8',
      'Nov 14, 2026\tBoosted proposal\tLogo\t-5',
      'Nov 14, 2026\tApplied to job\tLogo\t-6',
      'Nov 14, 2026\tApplied to job\tLogo\t-4',
      'Nov 13, 2026\tApplied to job\tIcon\t-3',
      'Nov 14, 2026\tBoosted proposal\tIcon\t-2',
    ].join('\n');
    const result = parseHistory(text);
    expect(
      result.events.map((e) => (e.type === 'spend' ? [e.date, e.connects, e.boost, e.ref] : [])),
    ).toEqual([
      ['2026-11-13', 3, undefined, 'Icon'],
      // A boost on another day than its proposal (the file's lowest row of its date): kept, with a warning.
      ['2026-11-14', 0, 2, undefined],
      ['2026-11-14', 4, undefined, 'Logo'],
      ['2026-11-14', 6, 5, 'Logo'],
      ['2026-11-14', 8, 7, 'Logo #2'],
    ]);
    expect(result.warnings).toEqual([
      {
        line: 7,
        message:
          'a boost with no proposal for "Icon" on its date: kept as a spend of 0 plus the boost',
      },
    ]);
  });

  it('a boost whose details lack the proposal’s #id still finds it', () => {
    const text =
      'Nov 14, 2026\tBoosted proposal\tLogo\t-5\nNov 14, 2026\tApplied to job\tLogo #12\t-8\n';
    expect(parseHistory(text).events).toMatchObject([{ connects: 8, boost: 5, ref: 'Logo #12' }]);
  });

  it('a refund goes to the latest earlier proposal with the job’s title, colons and all', () => {
    const text = [
      'Nov 20, 2026\tRefunded Connects\tJob closed without hiring: Technical writer: API docs\t+8',
      'Nov 19, 2026\tApplied to job\tTechnical writer: API docs\t-8',
      'Nov 18, 2026\tRefunded Connects\tJob closed without hiring: Technical writer: API docs\t+12',
      'Nov 17, 2026\tApplied to job\tTechnical writer: API docs\t-12',
      'Nov 16, 2026\tRefunded Connects\tClient cancelled: Old job\t+3',
    ].join('\n');
    const result = parseHistory(text);
    expect(result.events.filter((e) => e.type === 'refund')).toMatchObject([
      { ref: 'Old job', connects: 3 },
      { ref: 'Technical writer: API docs', connects: 12 },
      { ref: 'Technical writer: API docs', connects: 8 },
    ]);
    expect(result.warnings).toMatchObject([
      { line: 5, message: expect.stringMatching(/"Old job", which has no proposal/) },
    ]);
    const run = replay({
      account: { plan: 'freelancer-plus', cycleDay: 16, start: '2026-11-16', startingBalance: 0 },
      events: result.events,
    });
    expect(run.rejected).toEqual([{ index: 0, code: 'refund-without-spend' }]);
  });

  it('reads bonus reasons from the action or the details', () => {
    const text = [
      'Nov 5, 2026\tBonus Connects\tRising Talent badge\t+30',
      'Nov 4, 2026\tInterview bonus\tClient invited you\t+10',
      'Nov 3, 2026\tBonus Connects\tReadiness test passed\t+5',
      'Nov 2, 2026\tPromo Connects\tSpring offer\t+5',
      'Nov 1, 2026\tBonus Connects\tThank you\t+2',
      'Oct 31, 2026\tAvailability badge\tAvailable now\t-5',
      'Oct 30, 2026\tAdded extra Connects\tPurchased 40 Connects for $6.00\t+40',
    ].join('\n');
    expect(
      parseHistory(text).events.map((e) => [
        e.type,
        'reason' in e ? e.reason : 'usd' in e ? e.usd : null,
      ]),
    ).toEqual([
      ['purchase', 6],
      ['spend', null],
      ['bonus', 'other'],
      ['bonus', 'promo'],
      ['bonus', 'readiness-test'],
      ['bonus', 'interview'],
      ['bonus', 'rising-talent'],
    ]);
  });

  it('sets the platform’s rows aside, signed as they add or take', () => {
    const text = [
      'Nov 10, 2026\tConnects expired\tOlder than one year\t12',
      'Nov 10, 2026\tRolled over\tFrom last cycle\t40',
      'Nov 10, 2026\tMonthly Connects\tFreelancer Basic\t+10',
    ].join('\n');
    const result = parseHistory(text);
    expect(result.events).toEqual([]);
    expect(result.platformRows.map(({ kind, connects }) => [kind, connects])).toEqual([
      ['monthly', 10],
      ['rollover', 40],
      ['expired', -12],
    ]);
    expect(result.account).toMatchObject({ plan: 'freelancer-basic', cycleDay: 10 });
  });

  it('the options give the plan and cycle day', () => {
    const result = parseHistory(readSample(SAMPLES.rows), { plan: 'agency-plus', cycleDay: 12 });
    expect(result.account).toMatchObject({
      plan: 'agency-plus',
      cycleDay: 12,
      start: '2026-07-12',
      source: 'options',
    });
  });
});
