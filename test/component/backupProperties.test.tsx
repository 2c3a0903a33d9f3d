import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readSnapshot,
  toBackupText,
  toLedgerCsv,
  type LedgerSnapshot,
} from '../../src/db/exportData';
import { importBatch } from '../../src/commands';
import { openTestDb, run } from '../fixtures/db';
import type { AccountRecord, EntryRecord } from '../../src/db/records';
import { snapshotOf } from '../../src/db/restoreBackup';
import { restoreBackup } from '../../src/commands';
import { dayFromCivil, formatDay } from '../../src/engine/dates';
import { SPEND_KINDS, type Outcome } from '../../src/engine/outcomes/types';
import { BONUS_REASONS } from '../../src/engine/types';
import { parseBackup } from '../../src/import/backup';
import { parseHistory } from '../../src/import/parseHistory';

/** Text a spreadsheet or a CSV reader could trip on: formula starts, quotes, separators, line breaks. */
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    ' ',
    '=',
    '+',
    '-',
    '@',
    '\t',
    "'",
    '"',
    ',',
    ';',
    '\n',
    '\r\n',
    'é',
    '#',
    '1',
  ),
  maxLength: 12,
});
const date = fc.integer({ min: 0, max: 400 }).map((d) => formatDay(dayFromCivil(2025, 1, 10) + d));

/** A proposal's outcome as a freelancer records it: stage, result, earnings, tags, signals. */
const outcome = fc
  .record({
    stage: fc.constantFrom('sent', 'viewed', 'interview', 'hired' as const),
    lost: fc.boolean(),
    earned: fc.option(
      fc.nat(100_000).map((c) => c / 100),
      { nil: undefined },
    ),
    tags: fc.array(
      text.filter((t) => t.trim() !== '' && t.length <= 40),
      { maxLength: 3 },
    ),
    hireRate: fc.option(fc.nat(100), { nil: undefined }),
    decided: fc.boolean(),
  })
  .map(({ stage, lost, earned, tags, hireRate, decided }): Outcome => {
    const o: Outcome = { stage };
    if (stage === 'hired' && earned !== undefined) o.earnedUsd = earned;
    if (stage !== 'hired' && lost) o.result = 'lost';
    if (tags.length > 0) o.tags = tags;
    if (hireRate !== undefined) o.signals = { hireRate, paymentVerified: hireRate > 50 };
    if (decided) o.decidedOn = '2026-03-01';
    return o;
  });

const entry: fc.Arbitrary<Omit<EntryRecord, 'order'> & { outcome?: Outcome }> = fc.oneof(
  fc
    .record({
      date,
      type: fc.constant('spend' as const),
      connects: fc.nat(50),
      boost: fc.option(fc.nat(30), { nil: undefined }),
      ref: fc.option(text, { nil: undefined }),
      details: text,
      kind: fc.option(fc.constantFrom(...SPEND_KINDS), { nil: undefined, freq: 3 }),
      outcome: fc.option(outcome, { nil: undefined }),
    })
    .map((e) =>
      // Only a proposal carries an outcome, dated no later than it is decided.
      (e.kind !== undefined && e.kind !== 'proposal') ||
      (e.outcome?.decidedOn !== undefined && e.outcome.decidedOn < e.date)
        ? { ...e, outcome: undefined }
        : e,
    ),
  fc.record({
    date,
    type: fc.constant('purchase' as const),
    connects: fc.integer({ min: 1, max: 200 }),
    usd: fc.option(
      fc.nat(3000).map((c) => c / 100),
      { nil: undefined },
    ),
    details: text,
  }),
  fc.record({
    date,
    type: fc.constant('bonus' as const),
    reason: fc.constantFrom(...BONUS_REASONS),
    connects: fc.nat(40),
    details: text,
  }),
  fc.record({
    date,
    type: fc.constant('refund' as const),
    ref: text.filter((r) => r !== ''),
    connects: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    details: text,
  }),
  fc.record({
    date,
    type: fc.constant('adjust' as const),
    connects: fc.integer({ min: -60, max: 60 }).filter((n) => n !== 0),
    note: fc.option(text, { nil: undefined }),
  }),
  fc.record({
    date,
    type: fc.constant('plan' as const),
    plan: fc.constantFrom('freelancer-basic', 'freelancer-plus'),
  }),
);

/** Entries as stored: the optional fields an arbitrary left undefined are not there at all. */
const ledger = fc.array(entry, { maxLength: 40 }).map((list) =>
  [...list]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((e, i): EntryRecord => {
      const record = Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined));
      return {
        ...(record as unknown as EntryRecord),
        id: i + 1,
        order: i,
        batchId: null,
        key: null,
      };
    }),
);

const ACCOUNT: AccountRecord = {
  id: 'account',
  plan: 'freelancer-plus',
  cycleDay: 10,
  start: '2025-01-10',
  startingBalance: 40,
  era: { kind: 'auto' },
  createdAt: '2025-01-10T00:00:00.000Z',
};

const newDb = () => openTestDb('prop');

/**
 * What a ledger means: its events with their text, in order. Ids, orders and keys are storage
 * detail, and an empty text (a note of "") reads the same as none: a CSV cell cannot tell them apart.
 */
const meaning = (s: LedgerSnapshot) =>
  s.entries.map(({ id: _i, order: _o, batchId: _b, key: _k, ...e }) =>
    Object.fromEntries(Object.entries(e).filter(([, v]) => v !== '')),
  );

describe('round trips on random ledgers', () => {
  it('JSON backup → empty database → restore gives an identical ledger', async () => {
    await fc.assert(
      fc.asyncProperty(ledger, async (entries) => {
        const snapshot: LedgerSnapshot = {
          account: ACCOUNT,
          entries,
          batches: [],
          customEras: [],
          kv: [{ key: 'k', value: { a: [1, null] } }],
        };
        const db = newDb();
        try {
          await run(restoreBackup('b.json', snapshotOf(parseBackup(toBackupText(snapshot)))));
          expect(await readSnapshot(db)).toEqual(snapshot);
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('CSV export → import gives an identical ledger', async () => {
    await fc.assert(
      fc.asyncProperty(ledger, async (entries) => {
        const source: LedgerSnapshot = {
          account: ACCOUNT,
          entries,
          batches: [],
          customEras: [],
          kv: [],
        };
        const parsed = parseHistory(toLedgerCsv(entries));
        expect(parsed.problems).toEqual([]);
        const db = newDb();
        try {
          await run(
            importBatch({
              fileName: 'ledger.csv',
              format: parsed.format,
              events: parsed.events,
              account: ACCOUNT,
            }),
          );
          expect(meaning(await readSnapshot(db))).toEqual(meaning(source));
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 40 },
    );
  });
});
