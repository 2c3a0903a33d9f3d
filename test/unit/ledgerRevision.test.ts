import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount, eraseEverything } from '../../src/db/accountMutations';
import { ConnectsDb } from '../../src/db/database';
import { commitImport, undoBatch } from '../../src/db/importBatch';
import { setDatabase } from '../../src/db/instance';
import {
  addEntry,
  deleteEntry,
  editEntry,
  removeEntry,
  restoreEntry,
} from '../../src/db/ledgerMutations';
import { REVISION_KEY } from '../../src/db/ledgerRevision';
import type { AccountRecord, EntryRecord } from '../../src/db/records';
import { restoreSnapshot } from '../../src/db/restoreBackup';

const ACCOUNT: AccountRecord = {
  id: 'account',
  plan: 'freelancer-plus',
  cycleDay: 10,
  start: '2026-11-10',
  startingBalance: 0,
  era: { kind: 'auto' },
  createdAt: '2026-11-10T00:00:00.000Z',
};

const spend = (date: string, ref: string) => ({
  date,
  type: 'spend' as const,
  connects: 4,
  ref,
});
const stored = (date: string, ref: string, order = 0): EntryRecord => ({
  ...spend(date, ref),
  order,
});

let db: ConnectsDb;
beforeEach(async () => {
  db = new ConnectsDb(`rev-${Math.random()}`);
  setDatabase(db);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const revision = async (): Promise<unknown> => (await db.kv.get(REVISION_KEY))?.value;

/** Runs `write` and expects it to leave a revision never seen before. */
async function expectBump(write: () => Promise<unknown>): Promise<void> {
  const before = await revision();
  await write();
  const after = await revision();
  expect(typeof after).toBe('string');
  expect(after).not.toEqual(before);
}

describe('the ledger revision', () => {
  it('exists from the database’s creation', async () => {
    expect(typeof (await revision())).toBe('string');
  });

  it('changes with every mutation of the ledger the app makes', async () => {
    await expectBump(() => createAccount(ACCOUNT, [spend('2026-11-10', 'opening')]));
    const added = await addEntry(spend('2026-11-12', 'A'));
    await expectBump(() => addEntry(spend('2026-11-12', 'B')));
    const edited = await editEntry(added.id!, spend('2026-11-13', 'A2'));
    await expectBump(() => editEntry(added.id!, spend('2026-11-14', 'A3')));
    await expectBump(() => restoreEntry(edited.before));
    await expectBump(() => deleteEntry(added.id!));
    const c = await addEntry(spend('2026-11-15', 'C'));
    await expectBump(() => removeEntry(c.id!));
    let batchId: number | null = null;
    await expectBump(async () => {
      const outcome = await commitImport(db, {
        fileName: 'f.txt',
        format: 'csv',
        events: [{ ...spend('2026-11-16', 'D'), details: 'D', line: 1, key: 'k1' }],
      });
      batchId = outcome.batchId;
    });
    await expectBump(() => undoBatch(db, batchId as unknown as number));
    await expectBump(() =>
      restoreSnapshot(db, {
        account: ACCOUNT,
        entries: [stored('2026-11-17', 'E')],
        batches: [],
        customEras: [],
        kv: [],
      }),
    );
    await expectBump(() => eraseEverything());
  });

  it('changes with plain table writes, each in its implicit transaction', async () => {
    let id = 0;
    await expectBump(async () => {
      id = (await db.entries.add(stored('2026-11-12', 'A'))) as number;
    });
    await expectBump(() => db.entries.put({ ...stored('2026-11-12', 'A'), id, connects: 5 }));
    await expectBump(() => db.entries.update(id, { connects: 6 }));
    await expectBump(() =>
      db.entries.bulkAdd([stored('2026-11-13', 'B'), stored('2026-11-14', 'C')]),
    );
    const onDate = (date: string) =>
      db.entries.where('[date+order]').between([date, Dexie.minKey], [date, Dexie.maxKey]);
    await expectBump(() => onDate('2026-11-13').modify({ connects: 1 }));
    await expectBump(() => onDate('2026-11-14').delete());
    await expectBump(() => db.entries.delete(id));
    await expectBump(() => db.entries.clear());
  });

  it('changes in explicit transactions that name only the entries', async () => {
    await expectBump(() =>
      db.transaction('rw', db.entries, async () => {
        await db.entries.add(stored('2026-11-12', 'A'));
      }),
    );
  });

  it('is rolled back with a transaction that fails', async () => {
    const before = await revision();
    await expect(
      db.transaction('rw', db.entries, async () => {
        await db.entries.add(stored('2026-11-12', 'A'));
        throw new Error('half-way');
      }),
    ).rejects.toThrow('half-way');
    expect(await revision()).toEqual(before);
    expect(await db.entries.count()).toBe(0);
  });

  it('comes back when something clears or deletes it from kv', async () => {
    await expectBump(() => db.kv.clear());
    await expectBump(() => db.kv.delete(REVISION_KEY));
  });

  it('stays put for writes that do not touch the entries', async () => {
    const before = await revision();
    await db.account.put(ACCOUNT);
    await db.kv.put({ key: 'csv-mapping', value: { a: 1 } });
    await db.customEras.clear();
    expect(await revision()).toEqual(before);
  });
});
