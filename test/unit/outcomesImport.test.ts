/**
 * The sample history, then its outcomes file (shared/samples): stored as the import page stores
 * them, the statistics of the stored ledger and outcomes are the README's.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { importBatch, importOutcomes, removeBatch, undo } from '../../src/commands';
import type { ConnectsDb } from '../../src/db/database';
import { countEntries, readAllEntries } from '../../src/db/entryPages';
import { readLedger, readOutcomes } from '../../src/db/ledgerCache';
import { outcomeLookup } from '../../src/db/ledgerCache/outcomeLookup';
import { replayInput } from '../../src/db/ledgerInput';
import { readAllOutcomes } from '../../src/db/outcomes';
import type { AccountRecord } from '../../src/db/records';
import { proposalStats } from '../../src/engine/outcomes/stats';
import { replay } from '../../src/engine/replay';
import { SAMPLE_ACCOUNT, sampleImport } from '../../src/features/firstRun/loadSample';
import { planOutcomes } from '../../src/features/import/outcomesPlan';
import { parseHistory } from '../../src/import/parseHistory';
import { readSample, SAMPLES } from '../import/sampleFiles';
import { dumpDb, openTestDb, run } from '../fixtures/db';
import { expectSampleReadmeFigures } from '../fixtures/sampleFigures';

const OUTCOMES_FILE = 'proposal-outcomes.csv';

let db: ConnectsDb;
beforeEach(() => {
  db = openTestDb('outcomes-import');
});

async function importSample(): Promise<void> {
  const parsed = parseHistory(readSample(SAMPLES.csv));
  const now = new Date('2026-11-21T10:00:00Z');
  await run(
    importBatch({
      fileName: 'connects-history.csv',
      format: parsed.format,
      events: parsed.events,
      account: { ...SAMPLE_ACCOUNT, createdAt: now.toISOString() },
      now,
    }),
  );
}

/** What the import page plans for the outcomes file, against what is stored now. */
async function planFile(text = readSample(OUTCOMES_FILE)) {
  const parse = parseHistory(text);
  const stored = await readAllOutcomes(db);
  return planOutcomes(parse, await readAllEntries(db), (id) => stored.get(id));
}

async function storedStats() {
  const ledger = await readLedger(db);
  const outcomes = await readOutcomes(db);
  const input = replayInput(
    ledger.account as AccountRecord,
    ledger.events.all(),
    ledger.customEras,
  );
  return proposalStats(input, {}, replay(input), outcomeLookup(ledger.events, outcomes));
}

describe('the sample outcomes file imported after the sample', () => {
  it('updates all 42 proposals, adds no entry, and gives the README’s figures', async () => {
    await importSample();
    expect(await countEntries(db)).toBe(50);
    const before = await storedStats();
    expect(before.overall).toMatchObject({ sent: 42, cancelled: 2, viewed: 0, hires: 0 });

    const plan = await planFile();
    expect(plan).toMatchObject({
      unchanged: 0,
      unmatched: 0,
      ambiguous: 0,
      unreadable: 0,
      refused: 0,
    });
    expect(plan.skipped).toEqual([]);
    expect(plan.changes).toHaveLength(42);
    const updated = await run(
      importOutcomes(
        OUTCOMES_FILE,
        plan.changes.map(({ entry, after }) => ({ entry, outcome: after })),
      ),
    );
    expect(updated).toBe(42);
    expect(await countEntries(db)).toBe(50);
    expect((await readAllOutcomes(db)).size).toBe(42);
    const batches = await db.batches.toArray();
    expect(batches.map((b) => [b.fileName, b.format, b.rowCount, b.outcomes?.length])).toEqual([
      ['connects-history.csv', 'csv', 50, undefined],
      [OUTCOMES_FILE, 'outcomes', 0, 42],
    ]);
    expectSampleReadmeFigures(await storedStats());

    // The same file again changes nothing.
    const again = await planFile();
    expect(again.changes).toEqual([]);
    expect(again.unchanged).toBe(42);
  });

  it('is undone as a whole, by Ctrl+Z or from the list of imports, putting back what it replaced', async () => {
    await importSample();
    const plain = await dumpDb(db);
    const changes = (await planFile()).changes.map(({ entry, after }) => ({
      entry,
      outcome: after,
    }));
    await run(importOutcomes(OUTCOMES_FILE, changes));
    expect((await readAllOutcomes(db)).size).toBe(42);
    await undo();
    expect(await dumpDb(db)).toEqual(plain);

    await run(importOutcomes(OUTCOMES_FILE, changes));
    const batch = (await db.batches.toArray()).find((b) => b.format === 'outcomes');
    await run(removeBatch({ ...batch!, id: batch!.id! }));
    expect((await readAllOutcomes(db)).size).toBe(0);
    expect(await countEntries(db)).toBe(50);
    expect(await db.batches.count()).toBe(1);
  });

  it('keeps what the file has no column for, and lists rows it cannot apply', async () => {
    await importSample();
    const text = [
      'Date,Details,Status',
      '2026-11-16,Logo refresh for a bakery,Viewed',
      '2026-11-15,Logo refresh for a bakery,Viewed',
      '2026-10-01,Fix CI pipeline in GitHub Actions,Declined',
      '2026-10-01,fix ci pipeline in github actions,Viewed',
      'not a date,Logo,Viewed',
    ].join('\n');
    const plan = await planFile(text);
    expect(plan.changes.map((c) => [c.row.line, c.entry.details, c.after])).toEqual([
      [2, 'Logo refresh for a bakery', { stage: 'viewed', result: 'open' }],
    ]);
    expect(plan.skipped).toEqual([
      {
        line: 3,
        date: '2026-11-15',
        details: 'Logo refresh for a bakery',
        reason: 'no proposal of 2026-11-15 is named "Logo refresh for a bakery"',
      },
      {
        line: 4,
        date: '2026-10-01',
        details: 'Fix CI pipeline in GitHub Actions',
        reason: '2 rows of the file name the same proposal of 2026-10-01',
      },
      {
        line: 5,
        date: '2026-10-01',
        details: 'fix ci pipeline in github actions',
        reason: '2 rows of the file name the same proposal of 2026-10-01',
      },
      { line: 6, date: null, details: null, reason: '"not a date" is not a date' },
    ]);
  });
});

describe('Load sample history', () => {
  it('stores the sample’s proposals with their outcomes in one import, giving the README’s figures', async () => {
    await run(importBatch(await sampleImport()));
    expect(await countEntries(db)).toBe(50);
    expect((await readAllOutcomes(db)).size).toBe(42);
    expect(await db.batches.count()).toBe(1);
    expectSampleReadmeFigures(await storedStats());
    // The outcomes file, imported now, has nothing to add.
    const plan = await planFile();
    expect(plan.changes).toEqual([]);
    expect(plan.unchanged).toBe(42);
    // Undoing the sample import takes its outcomes with it.
    await undo();
    expect(await countEntries(db)).toBe(0);
    expect((await readAllOutcomes(db)).size).toBe(0);
  });
});
