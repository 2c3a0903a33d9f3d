import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBatch, type ImportRequest } from '../../src/commands';
import type { ConnectsDb } from '../../src/db/database';
import { countEntries, readAllEntries } from '../../src/db/entryPages';
import type { ImportedEvent } from '../../src/import/types';
import { openTestDb, removeImportById, run } from '../fixtures/db';

const spend = (date: string, connects: number, key: string, line = 1): ImportedEvent => ({
  date,
  type: 'spend',
  connects,
  ref: `job ${key}`,
  details: `job ${key}`,
  line,
  key,
});

let db: ConnectsDb;
beforeEach(async () => {
  db = openTestDb('import');
  await db.open();
});

const commitImport = (request: ImportRequest) => run(importBatch(request));
afterEach(async () => {
  await db.delete();
});

const rows = [
  spend('2026-11-01', 4, 'a'),
  spend('2026-11-02', 6, 'b'),
  spend('2026-11-02', 6, 'b#2'),
];

describe('import batches', () => {
  it('writes a batch and records it', async () => {
    const outcome = await commitImport({
      fileName: 'history.txt',
      format: 'copied-rows',
      events: rows,
    });
    expect(outcome).toMatchObject({ added: 3, skipped: 0 });
    const batches = await db.batches.toArray();
    expect(batches).toMatchObject([
      { fileName: 'history.txt', rowCount: 3, format: 'copied-rows' },
    ]);
    const entries = await readAllEntries(db);
    expect(entries.map((e) => [e.date, e.connects, e.batchId])).toEqual([
      ['2026-11-01', 4, outcome.batchId],
      ['2026-11-02', 6, outcome.batchId],
      ['2026-11-02', 6, outcome.batchId],
    ]);
    expect(entries[0]).not.toHaveProperty('line');
  });

  it('re-importing the same or an overlapping file adds only the new rows', async () => {
    await commitImport({ fileName: 'a.txt', format: 'csv', events: rows });
    const again = await commitImport({ fileName: 'a.txt', format: 'csv', events: rows });
    expect(again).toEqual({ batchId: null, added: 0, skipped: 3 });
    const overlap = await commitImport({
      fileName: 'b.txt',
      format: 'csv',
      events: [rows[2] as ImportedEvent, spend('2026-11-05', 8, 'c')],
    });
    expect(overlap).toMatchObject({ added: 1, skipped: 1 });
    expect(await countEntries(db)).toBe(4);
    expect(await db.batches.count()).toBe(2);
  });

  it('a failure in the middle of a commit leaves the ledger exactly as it was', async () => {
    await commitImport({
      fileName: 'first.txt',
      format: 'csv',
      events: [spend('2026-10-01', 2, 'z')],
    });
    const before = await readAllEntries(db);
    // The batch and the id reservation are written by then; the page of rows fails.
    db.entryPages.hook('creating', () => {
      throw new Error('disk went away');
    });
    await expect(
      commitImport({ fileName: 'second.txt', format: 'csv', events: rows }),
    ).rejects.toThrow('disk went away');
    expect(await readAllEntries(db)).toEqual(before);
    expect(await db.batches.count()).toBe(1);
  });

  it('undoing a batch removes exactly its entries', async () => {
    const first = await commitImport({
      fileName: 'a.txt',
      format: 'csv',
      events: [spend('2026-10-01', 2, 'z')],
    });
    const second = await commitImport({ fileName: 'b.txt', format: 'csv', events: rows });
    expect(await removeImportById(db, second.batchId as number)).toBe(3);
    const left = await readAllEntries(db);
    expect(left.map((e) => e.batchId)).toEqual([first.batchId]);
    expect(await db.batches.count()).toBe(1);
  });
  describe('the account an import wrote', () => {
    const account = (startingBalance: number, createdAt = '2026-08-01T00:00:00.000Z') =>
      ({
        id: 'account',
        plan: 'freelancer-plus',
        cycleDay: 10,
        start: '2026-08-10',
        startingBalance,
        era: { kind: 'auto' },
        createdAt,
      }) as const;

    /** An account with starting balance 50, then an import that sets it to 60. */
    async function importOver50(): Promise<number> {
      await db.account.put(account(50));
      const batch = await commitImport({
        fileName: 'b.txt',
        format: 'csv',
        events: rows,
        account: account(60),
      });
      return batch.batchId as number;
    }

    it('undoing puts back the starting balance the import replaced', async () => {
      const batchId = await importOver50();
      expect((await db.account.get('account'))?.startingBalance).toBe(60);
      await removeImportById(db, batchId);
      expect(await db.account.get('account')).toEqual(account(50));
    });

    it('leaves an account changed since the import as the user left it', async () => {
      const batchId = await importOver50();
      await db.account.put(account(70));
      await removeImportById(db, batchId);
      expect((await db.account.get('account'))?.startingBalance).toBe(70);
    });

    it('removes the account a first import set up, only when nothing else is left', async () => {
      const first = await commitImport({
        fileName: 'a.txt',
        format: 'csv',
        events: rows,
        account: account(60),
      });
      const second = await commitImport({
        fileName: 'b.txt',
        format: 'csv',
        events: [spend('2026-11-09', 3, 'later')],
      });
      await removeImportById(db, first.batchId as number);
      expect(await db.account.get('account')).toEqual(account(60));
      await removeImportById(db, second.batchId as number);
      expect(await db.account.get('account')).toEqual(account(60));

      const again = await commitImport({
        fileName: 'a.txt',
        format: 'csv',
        events: rows,
      });
      await db.account.delete('account');
      const fresh = await commitImport({
        fileName: 'c.txt',
        format: 'csv',
        events: [spend('2026-11-10', 3, 'new')],
        account: account(60),
      });
      await removeImportById(db, again.batchId as number);
      await removeImportById(db, fresh.batchId as number);
      expect(await db.account.get('account')).toBeUndefined();
    });
  });
});
