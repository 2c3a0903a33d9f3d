import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/engine/outcomes/types';
import { parseHistory } from '../../src/import/parseHistory';
import type { ImportedEvent } from '../../src/import/types';
import { readSample } from './sampleFiles';

const HEADER = 'Date,Action,Details,Connects';

/** A history CSV: one proposal per status, each on its own date. */
function csv(header: string, rows: readonly string[]): string {
  return [header, ...rows].join('\n');
}

const outcomes = (events: readonly ImportedEvent[]): (Outcome | undefined)[] =>
  events.map((e) => (e.type === 'spend' ? e.outcome : undefined));

describe('outcome columns in a history CSV (outcomes.md §6)', () => {
  // The contract's table, written out: word, stage, result (null: the Stage column's, else sent).
  const TABLE: [string, string | null, string][] = [
    ['Submitted', 'sent', 'open'],
    ['Sent', 'sent', 'open'],
    ['Active', 'sent', 'open'],
    ['Viewed', 'viewed', 'open'],
    ['Interviewing', 'interview', 'open'],
    ['Interview', 'interview', 'open'],
    ['Messaged', 'interview', 'open'],
    ['Offer', 'interview', 'open'],
    ['Hired', 'hired', 'hired'],
    ['Won', 'hired', 'hired'],
    ['Contract', 'hired', 'hired'],
    ['Declined', null, 'lost'],
    ['Not hired', null, 'lost'],
    ['Lost', null, 'lost'],
    ['Archived', null, 'lost'],
    ['Rejected', null, 'lost'],
    ['Withdrawn', null, 'withdrawn'],
    ['Job closed', null, 'cancelled'],
    ['Cancelled', null, 'cancelled'],
    ['Canceled', null, 'cancelled'],
    ['Closed', null, 'cancelled'],
  ];
  const casings = (w: string): string[] => [w, w.toUpperCase(), ` ${w.toLowerCase()} `];

  it('maps every status word, in any case, to its stage and result on the proposal', () => {
    const rows = TABLE.flatMap(([word], i) =>
      casings(word).map(
        (w, j) => `2026-03-${String(i + 1).padStart(2, '0')},Applied to job,Job ${i}-${j},-4,${w}`,
      ),
    );
    const result = parseHistory(csv(`${HEADER},Status`, rows));
    expect(result.problems).toEqual([]);
    expect(result.csv?.columns.status).toBe(4);
    const expected = TABLE.flatMap(([, stage, res]) =>
      casings('').map(() => ({ stage: stage ?? 'sent', result: res })),
    );
    expect(outcomes(result.events)).toEqual(expected);
  });

  it('takes the stage from the Stage column for the words that imply none', () => {
    const rows = TABLE.filter(([, stage]) => stage === null).map(
      ([word], i) =>
        `2026-03-${String(i + 1).padStart(2, '0')},Applied to job,Job ${i},-4,${word},Viewed`,
    );
    const result = parseHistory(csv(`${HEADER},Status,Stage`, rows));
    expect(result.problems).toEqual([]);
    expect(result.csv?.columns).toMatchObject({ status: 4, stage: 5 });
    expect(outcomes(result.events).map((o) => o?.stage)).toEqual(rows.map(() => 'viewed'));
    expect(outcomes(result.events).map((o) => o?.result)).toEqual(
      TABLE.filter(([, s]) => s === null).map(([, , r]) => r),
    );
    // A word with a stage of its own keeps it, whatever the Stage column says.
    const own = parseHistory(
      csv(`${HEADER},Status,Stage`, ['2026-03-01,Applied to job,A,-4,Interviewing,Sent']),
    );
    expect(outcomes(own.events)).toEqual([{ stage: 'interview', result: 'open' }]);
  });

  it('reads a Result column: result names or status words, a hire at stage hired', () => {
    const result = parseHistory(
      csv(`${HEADER},Stage,Result`, [
        '2026-03-01,Applied to job,A,-4,Viewed,lost',
        '2026-03-02,Applied to job,B,-4,,Hired',
        '2026-03-03,Applied to job,C,-4,Interview,Open',
        '2026-03-04,Applied to job,D,-4,,Withdrawn',
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(outcomes(result.events)).toEqual([
      { stage: 'viewed', result: 'lost' },
      { stage: 'hired', result: 'hired' },
      { stage: 'interview', result: 'open' },
      { result: 'withdrawn' },
    ]);
  });

  it('reads Earned, Tags, Hire rate and Payment verified, blanks as nothing', () => {
    const result = parseHistory(
      csv(`${HEADER},Status,Earned,Tags,Client hire rate,Payment verified`, [
        '2026-03-01,Applied to job,A,-4,Hired,"$1,200.00","react; node",45%,Yes',
        '2026-03-02,Applied to job,B,-4,Declined,,design,100 %,no',
        '2026-03-03,Applied to job,C,-4,,,,,',
        '2026-03-04,Applied to job,D,-4,,,,62.5,',
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(result.csv?.columns).toMatchObject({
      earned: 5,
      tags: 6,
      hireRate: 7,
      paymentVerified: 8,
    });
    expect(outcomes(result.events)).toEqual([
      {
        stage: 'hired',
        result: 'hired',
        earnedUsd: 1200,
        tags: ['react', 'node'],
        signals: { hireRate: 45, paymentVerified: true },
      },
      {
        stage: 'sent',
        result: 'lost',
        tags: ['design'],
        signals: { hireRate: 100, paymentVerified: false },
      },
      undefined,
      { signals: { hireRate: 62.5 } },
    ]);
    // An event without outcome has no `outcome` field at all.
    expect('outcome' in (result.events[2] as object)).toBe(false);
  });

  it('makes a row with a bad outcome cell a problem naming its line and column', () => {
    const text = csv(`${HEADER},Status,Stage,Earned,Tags,Hire rate,Payment verified`, [
      '2026-03-01,Applied to job,A,-4,Ghosted,,,,,',
      '2026-03-02,Applied to job,B,-4,Declined,,300,,,',
      '2026-03-03,Applied to job,C,-4,Viewed,,,,150%,',
      '2026-03-04,Applied to job,D,-4,Viewed,,,,,maybe',
      '2026-03-05,Applied to job,E,-4,Declined,Hired,,,,',
      `2026-03-06,Applied to job,F,-4,Viewed,,,${'x'.repeat(41)},,`,
      '2026-03-07,Applied to job,G,-4,Lost,Somewhere,,,,',
      '2026-03-08,Applied to job,H,-4,Hired,,lots,,,',
      '2026-03-09,Applied to job,I,-4,Hired,,450,,,',
    ]);
    const result = parseHistory(text);
    expect(result.problems.map(({ line, message }) => [line, message])).toEqual([
      [2, expect.stringMatching(/^Status: "Ghosted" is not a status word \(submitted, sent/)],
      [3, 'Earned: only a hire has earnings'],
      [4, 'Hire rate: 150% is not a hire rate: at most 100%'],
      [5, 'Payment verified: "maybe" is not Yes or No'],
      [6, 'Stage: stage "hired" does not go with status "Declined"'],
      [7, 'Tags: tag "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" is longer than 40 characters'],
      [8, expect.stringMatching(/^Stage: "Somewhere" is not a stage/)],
      [9, 'Earned: "lots" is not an amount of dollars'],
    ]);
    // The problem keeps the row's text, so the user can pick its type or skip it.
    expect(result.problems[0]?.text).toBe('2026-03-01,Applied to job,A,-4,Ghosted,,,,,');
    // The other rows are still read.
    expect(outcomes(result.events)).toEqual([{ stage: 'hired', result: 'hired', earnedUsd: 450 }]);
  });

  it('names a column by its own header in a problem', () => {
    const result = parseHistory(
      csv(`${HEADER},Proposal status`, [
        '2026-03-01,Applied to job,A,-4,Viewed',
        '2026-03-02,Applied to job,B,-4,Pending',
      ]),
    );
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Proposal status: "Pending" is not a status word/),
    ]);
  });

  it('keeps no outcome on rows that are no proposal, and says so', () => {
    const result = parseHistory(
      csv(`${HEADER},Status,Tags`, [
        '2026-03-01,Applied to job,Logo,-4,Viewed,design',
        '2026-03-02,Refunded Connects,Job closed: Logo,4,Job closed,',
        '2026-03-03,Added extra Connects,Purchased 80 Connects,80,,',
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(outcomes(result.events)).toEqual([
      { stage: 'viewed', result: 'open', tags: ['design'] },
      undefined,
      undefined,
    ]);
    expect(result.warnings).toEqual([
      { line: 3, message: 'Status: only a proposal has an outcome, so this cell is not kept' },
    ]);
  });

  it('gives a boosted proposal the outcome noted on its boost row when its own row has none', () => {
    const result = parseHistory(
      csv(`${HEADER},Status`, [
        '2026-03-01,Boosted proposal,Logo,-10,Interviewing',
        '2026-03-01,Applied to job,Logo,-4,',
        '2026-03-02,Boosted proposal,Site,-10,Viewed',
        '2026-03-02,Applied to job,Site,-4,Declined',
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(result.events.map((e) => e.type === 'spend' && [e.boost, e.outcome])).toEqual([
      [10, { stage: 'interview', result: 'open' }],
      [10, { stage: 'sent', result: 'lost' }],
    ]);
  });

  it('reads a sheet of proposals (outcome columns, no action column) as proposals, whatever their titles', () => {
    const result = parseHistory(
      csv('Date,Job,Connects,Status', [
        '2026-03-01,Monthly SEO report,16,Viewed',
        '2026-03-02,Profile page redesign,8,Submitted',
      ]),
    );
    expect(result.format).toBe('csv');
    expect(result.problems).toEqual([]);
    expect(
      result.events.map((e) => [
        e.type,
        e.type === 'spend' && e.connects,
        e.type === 'spend' && e.outcome?.stage,
      ]),
    ).toEqual([
      ['spend', 16, 'viewed'],
      ['spend', 8, 'sent'],
    ]);
  });

  it('leaves an outcome column whose values are not outcomes unmapped; the user can still map it', () => {
    const text = csv(`${HEADER},Transaction status`, [
      '2026-03-01,Applied to job,A,-4,Completed',
      '2026-03-02,Applied to job,B,-4,Pending',
    ]);
    const detected = parseHistory(text);
    expect(detected.csv?.columns.status).toBeNull();
    expect(detected.problems).toEqual([]);
    const mapped = parseHistory(text, { columns: { status: 4 } });
    expect(mapped.problems.map((p) => p.line)).toEqual([2, 3]);
    // And a detected column can be unmapped.
    const sample = csv(`${HEADER},Status`, ['2026-03-01,Applied to job,A,-4,Viewed']);
    expect(outcomes(parseHistory(sample, { columns: { status: null } }).events)).toEqual([
      undefined,
    ]);
  });

  it('passes outcomes through the rows already keyed: the same file gives the same keys with or without them', () => {
    const plain = parseHistory(csv(HEADER, ['2026-03-01,Applied to job,A,-4']));
    const withStatus = parseHistory(
      csv(`${HEADER},Status`, ['2026-03-01,Applied to job,A,-4,Hired']),
    );
    expect(withStatus.events.map((e) => e.key)).toEqual(plain.events.map((e) => e.key));
  });
});

describe('an outcomes file', () => {
  it('is recognised by its dates, details and outcome columns without Connects; it holds no event', () => {
    const result = parseHistory(readSample('proposal-outcomes.csv'));
    expect(result.format).toBe('outcomes');
    expect(result.events).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.newestFirst).toBe(true);
    expect(result.outcomeRows).toHaveLength(42);
    expect(result.outcomeRows?.[0]).toEqual({
      line: 2,
      date: '2026-11-16',
      details: 'Logo refresh for a bakery',
      outcome: {
        stage: 'sent',
        result: 'open',
        tags: ['design'],
        signals: { hireRate: 45, paymentVerified: true },
      },
    });
    expect(result.outcomeRows?.find((r) => r.line === 26)).toEqual({
      line: 26,
      date: '2026-09-17',
      details: 'Python scraper for real-estate listings',
      outcome: {
        stage: 'hired',
        result: 'hired',
        earnedUsd: 300,
        tags: ['python'],
        signals: { hireRate: 85, paymentVerified: true },
      },
    });
  });

  it('lists its unreadable rows as problems with their lines, and reads the rest', () => {
    const result = parseHistory(
      csv('Date,Details,Status,Earned', [
        '2026-03-01,Logo,Viewed,',
        'someday,Logo,Viewed,',
        '2026-03-02,,Viewed,',
        '2026-03-03,Site,Ghosted,',
        '2026-03-04,Site,Viewed,120',
      ]),
    );
    expect(result.format).toBe('outcomes');
    expect(result.problems.map(({ line, message }) => [line, message])).toEqual([
      [3, '"someday" is not a date'],
      [4, 'the row names no job (its details are empty)'],
      [5, expect.stringMatching(/^Status: "Ghosted" is not a status word/)],
      [6, 'Earned: only a hire has earnings'],
    ]);
    expect(result.outcomeRows).toEqual([
      {
        line: 2,
        date: '2026-03-01',
        details: 'Logo',
        outcome: { stage: 'viewed', result: 'open' },
      },
    ]);
  });

  it('reads day-first dates when told, and a ref column as the job', () => {
    const text = csv('Date,Job ID,Stage', ['03/04/2026,j-1,Viewed', '04/04/2026,j-2,']);
    const result = parseHistory(text, { dateOrder: 'dmy' });
    expect(result.dateOrder.ambiguous).toBe(true);
    expect(result.outcomeRows).toEqual([
      { line: 2, date: '2026-04-03', details: '', ref: 'j-1', outcome: { stage: 'viewed' } },
      { line: 3, date: '2026-04-04', details: '', ref: 'j-2', outcome: undefined },
    ]);
  });

  it('is what a history with outcome columns becomes when its Connects column is set to none: proposals only', () => {
    const text = csv(`${HEADER},Status`, [
      '2026-03-01,Boosted proposal,Logo,-10,Viewed',
      '2026-03-01,Applied to job,Logo,-4,Viewed',
      '2026-03-02,Refunded Connects,Job closed: Site,4,',
      '2026-03-03,Something else,Site,-4,Declined',
    ]);
    const result = parseHistory(text, { columns: { connects: null } });
    expect(result.format).toBe('outcomes');
    expect(result.outcomeRows?.map((r) => [r.line, r.details])).toEqual([
      [3, 'Logo'],
      // An action the table does not know is no reason to leave a row out.
      [5, 'Site'],
    ]);
    expect(result.warnings).toEqual([
      {
        line: 0,
        message:
          '2 rows are about something other than a proposal (a boost, a refund, a purchase…) and left out',
      },
    ]);
  });

  it('is no outcomes file without outcome columns: a missing Connects column is still an error', () => {
    expect(() =>
      parseHistory(csv('Date,Action,Details', ['2026-03-01,Applied to job,Logo'])),
    ).toThrow(/no Connects amount column/);
    // Told so, a history's Connects column is not read: its rows are outcome rows.
    const told = parseHistory(
      csv(`${HEADER},Status`, ['2026-03-01,Applied to job,Logo,-4,Viewed']),
      {
        format: 'outcomes',
      },
    );
    expect(told.format).toBe('outcomes');
    expect(told.outcomeRows?.map((r) => r.outcome)).toEqual([{ stage: 'viewed', result: 'open' }]);
  });
});
