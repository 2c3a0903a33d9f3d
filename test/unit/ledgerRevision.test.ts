import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addEntry,
  createAccount,
  deleteEntry,
  editEntry,
  eraseEverything,
  importBatch,
  redo,
  removeBatch,
  restoreBackup,
  undo,
} from '../../src/commands';
import type { ConnectsDb } from '../../src/db/database';
import { REVISION_KEY } from '../../src/db/ledgerRevision';
import type { AccountRecord, EntryRecord } from '../../src/db/records';
import { openTestDb, run } from '../fixtures/db';

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
  db = openTestDb('rev');
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const revision = async (): Promise<unknown> => (await db.caches.get(REVISION_KEY))?.value;

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
    await expectBump(() => run(createAccount(ACCOUNT, [spend('2026-11-10', 'opening')])));
    const added = await run(addEntry(spend('2026-11-12', 'A')));
    await expectBump(() => run(addEntry(spend('2026-11-12', 'B'))));
    await expectBump(() => run(editEntry(added.id!, spend('2026-11-14', 'A3'))));
    await expectBump(() => undo());
    await expectBump(() => redo());
    await expectBump(() => run(deleteEntry({ ...added, id: added.id! })));
    await expectBump(() =>
      run(
        importBatch({
          fileName: 'f.txt',
          format: 'csv',
          events: [{ ...spend('2026-11-16', 'D'), details: 'D', line: 1, key: 'k1' }],
        }),
      ),
    );
    const [batch] = await db.batches.toArray();
    await expectBump(() => run(removeBatch({ ...batch!, id: batch!.id! })));
    await expectBump(() =>
      run(
        restoreBackup('b.json', {
          account: ACCOUNT,
          entries: [stored('2026-11-17', 'E')],
          batches: [],
          customEras: [],
          kv: [],
        }),
      ),
    );
    await expectBump(() => run(eraseEverything()));
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

  it('comes back when something clears or deletes it from the caches', async () => {
    await expectBump(() => db.caches.clear());
    await expectBump(() => db.caches.delete(REVISION_KEY));
  });

  it('stays put for writes that do not touch the entries', async () => {
    const before = await revision();
    await db.account.put(ACCOUNT);
    await db.kv.put({ key: 'csv-mapping', value: { a: 1 } });
    await db.customEras.clear();
    expect(await revision()).toEqual(before);
  });
});
