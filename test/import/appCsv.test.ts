import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/engine/dates';
import { BONUS_REASONS, type LedgerEvent } from '../../src/engine/types';
import { APP_CSV_COLUMNS, toCsv, type LedgerEntry } from '../../src/import/appCsv';
import { NUMBER_LIMITS } from '../../src/import/limits';
import { parseHistory } from '../../src/import/parseHistory';
import type { ImportedEvent } from '../../src/import/types';

/** Back to ledger entries: no file line or key; empty details mean none. */
const entriesOf = (events: readonly ImportedEvent[]): LedgerEntry[] =>
  events.map(({ line: _line, key: _key, details, ...event }) =>
    details === '' ? (event as LedgerEntry) : ({ ...event, details } as LedgerEntry),
  );

const roundTrip = (entries: readonly LedgerEntry[]): LedgerEntry[] => {
  const result = parseHistory(toCsv(entries));
  expect(result.format).toBe('app-csv');
  expect(result.problems).toEqual([]);
  return entriesOf(result.events);
};

const NASTY = [
  'a',
  'Z',
  ' ',
  ',',
  ';',
  '"',
  "'",
  '\n',
  '\r',
  '\r\n',
  '\t',
  '=',
  '+',
  '-',
  '@',
  'é',
  '😀',
  '#1',
  ':',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 10 }).map((a) => a.join('')),
  fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }),
);
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined });
const date = fc.integer({ min: 0, max: 40_000 }).map(formatDay);
const count = fc.integer({ min: 0, max: 9_999 });
const positive = fc.integer({ min: 1, max: 9_999 });

/** Drops the fields fast-check left undefined: an absent field is not written. */
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const event: fc.Arbitrary<LedgerEvent> = fc.oneof(
  fc.record({
    date,
    type: fc.constant('spend' as const),
    connects: count,
    boost: opt(count),
    ref: opt(text),
  }),
  fc.record({
    date,
    type: fc.constant('purchase' as const),
    connects: positive,
    usd: opt(fc.double({ min: 0, max: NUMBER_LIMITS.usd, noNaN: true, noDefaultInfinity: true })),
  }),
  fc
    .record({
      date,
      type: fc.constant('bonus' as const),
      reason: fc.constantFrom(...BONUS_REASONS),
      connects: opt(count),
    })
    .map((b) => (b.reason === 'interview' || b.connects !== undefined ? b : { ...b, connects: 1 })),
  fc.record({ date, type: fc.constant('refund' as const), ref: text, connects: opt(positive) }),
  fc.record({
    date,
    type: fc.constant('adjust' as const),
    connects: fc.integer({ min: -9_999, max: 9_999 }).filter((n) => n !== 0),
    note: opt(text),
  }),
  fc.record({ date, type: fc.constant('plan' as const), plan: text }),
);
const entry: fc.Arbitrary<LedgerEntry> = fc
  .tuple(event, opt(text))
  .map(([e, details]) => defined({ ...e, details }) as LedgerEntry);

describe("the app's own CSV", () => {
  it('has the documented header', () => {
    expect(toCsv([]).split('\r\n')[0]).toBe(APP_CSV_COLUMNS.join(','));
    expect(APP_CSV_COLUMNS).toEqual([
      'date',
      'type',
      'connects',
      'boost',
      'usd',
      'reason',
      'ref',
      'note',
      'plan',
      'details',
      'kind',
      'outcome',
    ]);
  });

  it('escapes cells a spreadsheet would run as formulas, and re-imports them exactly', () => {
    const entries: LedgerEntry[] = [
      {
        date: '2026-01-02',
        type: 'spend',
        connects: 4,
        ref: '=HYPERLINK("http://x")',
        details: '+1 boost',
      },
      { date: '2026-01-03', type: 'adjust', connects: -5, note: '@SUM(A1)', details: '-minus' },
      { date: '2026-01-04', type: 'refund', ref: "'quoted", details: '\tTabbed' },
      { date: '2026-01-05', type: 'plan', plan: '\rfreelancer-plus' },
    ];
    const csv = toCsv(entries);
    const cells = Papa.parse<string[]>(csv.trim(), { delimiter: ',' }).data.flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain('\'=HYPERLINK("http://x")');
    expect(cells).toContain("'-5");
    expect(cells).toContain("''quoted");
    expect(roundTrip(entries)).toEqual(entries);
  });

  it('keeps the ledger order and gives identical rows different keys', () => {
    const same: LedgerEntry = { date: '2026-01-02', type: 'spend', connects: 4 };
    const entries: LedgerEntry[] = [
      { date: '2026-02-01', type: 'bonus', reason: 'promo', connects: 3 },
      same,
      same,
    ];
    const result = parseHistory(toCsv(entries));
    expect(entriesOf(result.events)).toEqual(entries);
    const keys = result.events.map((e) => e.key);
    expect(new Set(keys).size).toBe(3);
    expect(parseHistory(toCsv(entries)).events.map((e) => e.key)).toEqual(keys);
  });

  it('reports rows that are not events, by line', () => {
    const csv = `${APP_CSV_COLUMNS.join(',')}\n2026-01-02,spend,4.5,,,,,,,\n2026-01-02,teleport,4,,,,,,,\n2026-01-02,spend,4,,,promo,,,,\n2026-01-02,purchase,0,,,,,,,\n2026-13-02,spend,4,,,,,,,\n2026-01-02,spend,4,,,,,,,\n`;
    const result = parseHistory(csv);
    expect(result.problems.map(({ line, message }) => ({ line, message }))).toEqual([
      { line: 2, message: 'connects "4.5" is not a whole number' },
      { line: 3, message: 'unknown type "teleport"' },
      { line: 4, message: 'reason is not a field of a spend event' },
      { line: 5, message: 'a purchase needs connects above 0' },
      { line: 6, message: 'date "2026-13-02" is not a date as YYYY-MM-DD' },
    ]);
    expect(result.events).toHaveLength(1);
  });

  it('export then import gives the identical ledger, for any ledger (property)', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
        expect(roundTrip(entries)).toEqual(entries);
        const cells = Papa.parse<string[]>(toCsv(entries), { delimiter: ',' }).data.flat();
        for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 300 },
    );
  });
});
