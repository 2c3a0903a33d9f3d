/**
 * Rows already stored are recognised whatever format they came in (issue 12 #1): the app's
 * own CSV export re-imported into the ledger it came from used to offer every row as new.
 * Every pair of formats, overlapping windows across formats, identical rows, and ledgers
 * stored before (old keys, no keys, edited entries).
 */
import { describe, expect, it } from 'vitest';
import { exportedEntries, userCsv } from './hostileFormats';
import { toLedgerCsv } from '../../src/db/exportData';
import { toEntry } from '../../src/db/importBatch';
import type { EntryRecord } from '../../src/db/records';
import { indexStored, markStored, rowIdentity } from '../../src/import/identity';
import { parseHistory } from '../../src/import/parseHistory';
import type { ImportedEvent } from '../../src/import/types';
import { readSample, SAMPLES } from './sampleFiles';

/** What confirming stores: the rows not already stored, as entries. */
function store(ledger: EntryRecord[], events: readonly ImportedEvent[]): EntryRecord[] {
  const known = markStored(events, indexStored(ledger));
  const fresh = events.filter((_, i) => !known[i]);
  return [...ledger, ...fresh.map((e, i) => toEntry(e, ledger.length + i, 1))];
}
const eventsOf = (text: string): ImportedEvent[] => parseHistory(text).events;
const newRows = (ledger: EntryRecord[], text: string): number =>
  markStored(eventsOf(text), indexStored(ledger)).filter((stored) => !stored).length;
/** The ledger's content, whatever order and format it was stored in. */
const contentOf = (ledger: readonly EntryRecord[]): string[] => ledger.map(rowIdentity).sort();

const rows = readSample(SAMPLES.rows);
const FORMATS: Record<string, string> = {
  'the copied page (rows)': rows,
  'the copied page (one cell per line)': readSample(SAMPLES.blocks),
  'a user’s CSV (the sample)': readSample(SAMPLES.csv),
  'a user’s CSV (other words, day first, semicolons)': userCsv(readSample(SAMPLES.csv)),
  'the app’s own CSV export': toLedgerCsv(store([], eventsOf(rows))),
};
const NAMES = Object.keys(FORMATS);

describe('the formats under test', () => {
  it('each reads the whole sample: 50 entries', () => {
    for (const name of NAMES) {
      const result = parseHistory(FORMATS[name] as string);
      expect(result.problems, name).toEqual([]);
      expect(result.events, name).toHaveLength(50);
    }
    expect(parseHistory(FORMATS[NAMES[3] as string] as string).format).toBe('csv');
    expect(parseHistory(FORMATS[NAMES[4] as string] as string).format).toBe('app-csv');
  });

  it('give different keys for the same rows (so keys alone cannot tell)', () => {
    const keys = (name: string) => new Set(eventsOf(FORMATS[name] as string).map((e) => e.key));
    const page = keys(NAMES[0] as string);
    for (const other of [NAMES[3], NAMES[4]] as string[]) {
      expect([...keys(other)].filter((k) => page.has(k))).toEqual([]);
    }
  });
});

describe('import one format, then another of the same history: nothing new', () => {
  const pairs = NAMES.flatMap((a) => NAMES.map((b) => [a, b] as const));
  it.each(pairs)('%s, then %s', (a, b) => {
    const ledger = store([], eventsOf(FORMATS[a] as string));
    expect(ledger).toHaveLength(50);
    expect(newRows(ledger, FORMATS[b] as string)).toBe(0);
    expect(store(ledger, eventsOf(FORMATS[b] as string))).toHaveLength(50);
  });

  it('the app’s export of a ledger imported from any format, re-imported: nothing new', () => {
    for (const name of NAMES) {
      const ledger = store([], eventsOf(FORMATS[name] as string));
      expect(newRows(ledger, toLedgerCsv(ledger)), name).toBe(0);
    }
  });
});

describe('overlapping windows across formats add only the rows not stored', () => {
  /** The copied page with only the rows dated in [from, to) (dates as the page writes them). */
  const pageWindow = (from: string, to: string): string => {
    const lines = rows.split('\n');
    const body = lines.slice(4).filter((line) => {
      const day = Date.parse(line.split('\t')[0] ?? '');
      return line.trim() !== '' && day >= Date.parse(from) && day < Date.parse(to);
    });
    return [...lines.slice(0, 4), ...body].join('\n');
  };
  const older = pageWindow('Jan 1, 2026', 'Oct 18, 2026');
  const newer = pageWindow('Oct 1, 2026', 'Jan 1, 2027');

  it('the windows overlap, and together hold the whole sample', () => {
    const a = eventsOf(older).length;
    const b = eventsOf(newer).length;
    expect(a).toBeGreaterThan(10);
    expect(b).toBeGreaterThan(10);
    expect(a + b).toBeGreaterThan(50);
  });

  it.each(NAMES)('an older page window, then the whole history as %s', (name) => {
    const ledger = store([], eventsOf(older));
    const stored = ledger.length;
    const whole = FORMATS[name] as string;
    expect(newRows(ledger, whole)).toBe(50 - stored);
    const after = store(ledger, eventsOf(whole));
    expect(contentOf(after)).toEqual(contentOf(store([], eventsOf(rows))));
  });

  it.each(NAMES)('the whole history as %s, then a newer page window: nothing new', (name) => {
    const ledger = store([], eventsOf(FORMATS[name] as string));
    expect(newRows(ledger, newer)).toBe(0);
  });

  it('two page windows, then the app CSV of the whole: nothing new, no doubles', () => {
    let ledger = store([], eventsOf(older));
    ledger = store(ledger, eventsOf(newer));
    expect(contentOf(ledger)).toEqual(contentOf(store([], eventsOf(rows))));
    expect(newRows(ledger, FORMATS[NAMES[4] as string] as string)).toBe(0);
  });
});

describe('identical rows within one file stay separate, counted per day', () => {
  const bonus = (n: number, date = 'Oct 3, 2026'): string =>
    Array.from({ length: n }, () => `${date}\tBonus Connects\tRising Talent badge\t+30`).join('\n');
  const page = (body: string): string =>
    `Connects History\nMy balance\n10 Connects\nDate\tAction\tDetails\tConnects\n${body}\n`;

  it('three identical rows over a ledger holding two of them (from a CSV) add one', () => {
    const csv = `Date,Type,Job,Amount\n2026-10-03,bonus,Rising Talent badge,30\n2026-10-03,bonus,Rising Talent badge,30\n`;
    const ledger = store([], eventsOf(csv));
    expect(ledger).toHaveLength(2);
    expect(newRows(ledger, page(bonus(3)))).toBe(1);
    expect(store(ledger, eventsOf(page(bonus(3))))).toHaveLength(3);
  });

  it('the same row on another day is another row', () => {
    const ledger = store([], eventsOf(page(bonus(1))));
    expect(newRows(ledger, page(`${bonus(1, 'Oct 4, 2026')}\n${bonus(1)}`))).toBe(1);
  });
});

describe('ledgers stored before: identity from the entries’ fields, not their keys', () => {
  const imported = store([], eventsOf(rows));

  it('entries with old-style keys are recognised from their content', () => {
    const legacy = imported.map((e, i) => ({ ...e, key: `2026|old-style-app-csv-cells|${i}` }));
    for (const name of NAMES) expect(newRows(legacy, FORMATS[name] as string), name).toBe(0);
  });

  it('entries typed by hand (no key) are recognised too', () => {
    const typed = imported.map(({ key: _key, batchId: _batch, ...e }) => e as EntryRecord);
    expect(newRows(typed, toLedgerCsv(typed))).toBe(0);
    expect(newRows(typed, rows)).toBe(0);
  });

  it('an entry edited since its import is still that row, by its key', () => {
    const edited = imported.map((e, i) =>
      i === 0 ? { ...e, connects: (e.connects ?? 0) + 1, details: 'renamed' } : e,
    );
    expect(newRows(edited, rows)).toBe(0);
    expect(newRows(edited, readSample(SAMPLES.csv))).toBe(0);
  });

  it('a row whose content differs from every stored one is new', () => {
    const changed = rows.replace(
      'Logo refresh for a bakery\t-12',
      'Logo refresh for a bakery\t-13',
    );
    expect(changed).not.toBe(rows);
    expect(newRows(imported, changed)).toBe(1);
  });

  it('the app CSV export of a ledger with an edit re-imports to nothing new', () => {
    const edited = imported.map((e, i) => (i === 3 ? { ...e, connects: 99 } : e));
    expect(newRows(edited, toLedgerCsv(edited))).toBe(0);
    expect(exportedEntries(toLedgerCsv(edited))).toBe(50);
  });
});
