import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/import/parseHistory';
import { readSample, SAMPLES } from './sampleFiles';

const brief = (text: string, options = {}) =>
  parseHistory(text, options).events.map(({ date, type, ...rest }) => ({
    date,
    type,
    connects: 'connects' in rest ? rest.connects : undefined,
  }));

describe('CSV', () => {
  it('detects semicolons and tabs, with a UTF-8 BOM, the same as commas', () => {
    const sample = readSample(SAMPLES.csv);
    const expected = parseHistory(sample).events.map(({ line: _l, ...e }) => e);
    const semicolon = `\uFEFF${sample.replace(/,/g, ';')}`;
    const tab = `\uFEFF${sample.replace(/,/g, '\t').replace('Date\tAction\tDetails\tConnects', 'Day\tType\tDescription\tAmount')}`;
    for (const [text, delimiter] of [
      [semicolon, ';'],
      [tab, '\t'],
    ] as const) {
      const result = parseHistory(text);
      expect(result.format).toBe('csv');
      expect(result.csv?.delimiter).toBe(delimiter);
      expect(result.csv?.hasHeader).toBe(true);
      expect(result.problems).toEqual([]);
      expect(result.events.map(({ line: _l, ...e }) => e)).toEqual(expected);
    }
  });

  it('maps columns by header name, whatever their order, and reports the mapping', () => {
    const text = [
      'Job ID,Amount (USD),Description,Connects balance,When,Change,Type',
      'j-1,,Logo refresh,96,2026-03-02,-4,Applied to job',
      'j-1,,Job closed: Logo refresh,100,2026-03-03,+4,Refunded Connects',
      ',12.00,Purchased 80 Connects,180,2026-03-04,80,Added extra Connects',
    ].join('\n');
    const result = parseHistory(text);
    expect(result.csv?.columns).toEqual({
      ref: 0,
      usd: 1,
      details: 2,
      balance: 3,
      date: 4,
      connects: 5,
      action: 6,
      // No outcome columns (outcomes.md §6) in this file.
      status: null,
      stage: null,
      result: null,
      earned: null,
      tags: null,
      hireRate: null,
      paymentVerified: null,
    });
    expect(result.newestFirst).toBe(false);
    expect(result.events.map(({ line: _l, key: _k, details: _d, ...e }) => e)).toEqual([
      { date: '2026-03-02', type: 'spend', connects: 4, ref: 'j-1' },
      { date: '2026-03-03', type: 'refund', ref: 'j-1', connects: 4 },
      { date: '2026-03-04', type: 'purchase', connects: 80, usd: 12 },
    ]);
    // The balance column's newest value is the reported balance.
    expect(result.reportedBalance).toBe(180);
    expect(result.account).toMatchObject({ cycleDay: 2, start: '2026-03-02', source: 'default' });
    expect(result.startingBalance).toBe(90);
  });

  it('maps columns by their values when there is no header, and the mapping can be overridden', () => {
    const text =
      'Logo refresh,2026-03-02,Applied to job,-4,7\nLogo refresh,2026-03-03,Applied to job,-6,9\n';
    const result = parseHistory(text);
    expect(result.csv).toMatchObject({
      hasHeader: false,
      columns: { date: 1, action: 2, details: 0, connects: 3, balance: null },
    });
    expect(brief(text)).toEqual([
      { date: '2026-03-02', type: 'spend', connects: 4 },
      { date: '2026-03-03', type: 'spend', connects: 6 },
    ]);
    // The user says the last column is the amount.
    expect(brief(text, { columns: { connects: 4 } })).toEqual([
      { date: '2026-03-02', type: 'spend', connects: 7 },
      { date: '2026-03-03', type: 'spend', connects: 9 },
    ]);
    expect(() => parseHistory(text, { columns: { connects: 9 } })).toThrow(
      /column 9 for connects does not exist/,
    );
  });

  it('reports ambiguous day/month dates, reads them month first unless told, and the option decides', () => {
    const text =
      'Date,Action,Details,Connects\n03/04/2026,Applied to job,Logo,-4\n02/04/2026,Applied to job,Logo,-6\n';
    const result = parseHistory(text);
    expect(result.dateOrder).toEqual({ detected: null, ambiguous: true, used: 'mdy' });
    expect(result.events.map((e) => e.date)).toEqual(['2026-02-04', '2026-03-04']);
    const dmy = parseHistory(text, { dateOrder: 'dmy' });
    expect(dmy.dateOrder).toEqual({ detected: null, ambiguous: true, used: 'dmy' });
    expect(dmy.events.map((e) => e.date)).toEqual(['2026-04-02', '2026-04-03']);
  });

  it('detects the date order from all rows: one day over 12 settles it', () => {
    const text =
      'Date,Action,Details,Connects\n03/04/2026,Applied to job,Logo,-4\n25/03/2026,Applied to job,Logo,-6\n';
    const result = parseHistory(text);
    expect(result.dateOrder).toEqual({ detected: 'dmy', ambiguous: false, used: 'dmy' });
    expect(result.events.map((e) => e.date)).toEqual(['2026-03-25', '2026-04-03']);
    const iso = parseHistory(readSample(SAMPLES.csv));
    expect(iso.dateOrder).toEqual({ detected: 'ymd', ambiguous: false, used: 'ymd' });
  });

  it('reads every date and amount style', () => {
    const rows = [
      ['Nov 14, 2026', '−16'],
      ['November 13, 2026', '16 Connects'],
      ['11/12/2026', '-16'],
      ['2026-11-11', '(16)'],
      ['Tue, Nov 10, 2026', '–16'],
      ['9 Nov 2026', '- 16'],
    ];
    const text = `Date\tAction\tDetails\tConnects\n${rows.map(([d, a]) => `${d}\tApplied to job\tLogo\t${a}`).join('\n')}`;
    const result = parseHistory(text);
    expect(result.problems).toEqual([]);
    expect(result.events.map((e) => [e.date, e.type === 'spend' && e.connects])).toEqual([
      ['2026-11-09', 16],
      ['2026-11-10', 16],
      ['2026-11-11', 16],
      ['2026-11-12', 16],
      ['2026-11-13', 16],
      ['2026-11-14', 16],
    ]);
  });

  it('keeps quoted cells with delimiters, quotes and newlines, and counts lines through them', () => {
    const text =
      'Date,Action,Details,Connects\n2026-01-02,Applied to job,"Logo, ""v2""\nurgent",-4\n2026-01-03,Applied to job,Icon,-2\n';
    const result = parseHistory(text);
    expect(result.events).toMatchObject([
      { ref: 'Logo, "v2" urgent', line: 2 },
      { ref: 'Icon', line: 4 },
    ]);
  });
});
