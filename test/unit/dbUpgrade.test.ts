import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ConnectsDb, SCHEMA_VERSION } from '../../src/db/database';
import { importBatch } from '../../src/commands';
import { OUTCOMES_REVISION_KEY, REVISION_KEY } from '../../src/db/ledgerRevision';
import { readAllEntries } from '../../src/db/entryPages';
import { setDatabase } from '../../src/db/instance';
import { removeImportById, run } from '../fixtures/db';

/** Where versions 3–5 kept the revision. */
const OLD_REVISION_KEY = 'ledger-rev';

/** A database as version 1 of the app wrote it: entries without `order`. */
async function writeVersion1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({
    entries: '++id, date, type, batchId, key',
    account: 'id',
    batches: '++id, importedAt',
    customEras: 'id',
    kv: 'key',
  });
  await old.table('account').put({
    id: 'account',
    plan: 'freelancer-plus',
    cycleDay: 10,
    start: '2026-08-10',
    startingBalance: 60,
    era: { kind: 'auto' },
    createdAt: '2026-08-10T00:00:00.000Z',
  });
  await old.table('entries').bulkAdd([
    { date: '2026-08-12', type: 'spend', connects: 4, ref: 'B' },
    { date: '2026-08-10', type: 'spend', connects: 4, ref: 'A' },
    { date: '2026-08-12', type: 'spend', connects: 10, ref: 'C' },
  ]);
  old.close();
}

describe('schema upgrade', () => {
  it('opens a version-1 database, giving every entry an order and the [date+order] index', async () => {
    const name = `upgrade-${Math.random()}`;
    await writeVersion1(name);

    const db = new ConnectsDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    const entries = await db.entries.toArray();
    expect(entries).toHaveLength(3);
    for (const e of entries) expect(e.order).toBe(e.id);

    const onDate = await db.entries
      .where('[date+order]')
      .between(['2026-08-12', Dexie.minKey], ['2026-08-12', Dexie.maxKey])
      .toArray();
    expect(onDate.map((e) => e.ref)).toEqual(['B', 'C']);
    const ordered = await db.entries.orderBy('[date+order]').toArray();
    expect(ordered.map((e) => e.ref)).toEqual(['A', 'B', 'C']);
    expect(await db.account.get('account')).toMatchObject({ startingBalance: 60 });
    db.close();
  });

  it('upgrades a version-2 database: a ledger revision, and no index on date or type', async () => {
    const name = `upgrade2-${Math.random()}`;
    const old = new Dexie(name);
    old.version(2).stores({
      entries: '++id, date, type, batchId, key, [date+order]',
      account: 'id',
      batches: '++id, importedAt',
      customEras: 'id',
      kv: 'key',
    });
    await old.table('entries').add({
      date: '2026-08-12',
      type: 'spend',
      connects: 4,
      order: 0,
      batchId: 3,
      key: 'k1',
    });
    expect(await old.table('kv').get(OLD_REVISION_KEY)).toBeUndefined();
    old.close();

    const db = new ConnectsDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(typeof (await db.caches.get(REVISION_KEY))?.value).toBe('string');
    expect(await db.kv.count()).toBe(0);
    expect(await db.entries.count()).toBe(1);
    // Version 4 drops the indexes nothing queries; the others answer as before.
    const store = db.backendDB().transaction('entries').objectStore('entries');
    expect([...store.indexNames].sort()).toEqual(['[date+order]', 'batchId', 'key']);
    expect(await db.entries.where('key').equals('k1').count()).toBe(1);
    expect(await db.entries.where('batchId').equals(3).count()).toBe(1);
    expect(await db.entries.orderBy('[date+order]').first()).toMatchObject({ connects: 4 });
    db.close();
  });

  it('upgrades a version-3 database: a fresh revision in the caches, the unqueried indexes go', async () => {
    const name = `upgrade3-${Math.random()}`;
    const old = new Dexie(name);
    old.version(3).stores({
      entries: '++id, date, type, batchId, key, [date+order]',
      account: 'id',
      batches: '++id, importedAt',
      customEras: 'id',
      kv: 'key',
    });
    await old.table('kv').put({ key: OLD_REVISION_KEY, value: 'r-3' });
    await old.table('entries').bulkAdd([
      { date: '2026-08-12', type: 'spend', connects: 4, order: 1 },
      { date: '2026-08-12', type: 'bonus', reason: 'other', connects: 2, order: 0 },
    ]);
    old.close();

    const db = new ConnectsDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect((await db.caches.get(REVISION_KEY))?.value).toEqual(expect.any(String));
    expect((await db.caches.get(REVISION_KEY))?.value).not.toBe('r-3');
    expect(await db.kv.count()).toBe(0);
    const store = db.backendDB().transaction('entries').objectStore('entries');
    expect([...store.indexNames].sort()).toEqual(['[date+order]', 'batchId', 'key']);
    const ordered = await db.entries.orderBy('[date+order]').toArray();
    expect(ordered.map((e) => e.type)).toEqual(['bonus', 'spend']);
    db.close();
  });
  it('upgrades a version-4 database: its entries stay, and an import after it pages its rows', async () => {
    const name = `upgrade4-${Math.random()}`;
    const old = new Dexie(name);
    old.version(4).stores({
      entries: '++id, batchId, key, [date+order]',
      account: 'id',
      batches: '++id, importedAt',
      customEras: 'id',
      kv: 'key',
    });
    await old.table('entries').bulkAdd([
      { date: '2026-08-12', type: 'spend', connects: 4, order: 0, batchId: 9, key: 'old' },
      { date: '2026-08-13', type: 'spend', connects: 5, order: 0 },
    ]);
    old.close();

    const db = new ConnectsDb(name);
    setDatabase(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const event = { date: '2026-08-14', type: 'spend', connects: 6, line: 1, details: '' } as const;
    const outcome = await run(
      importBatch({
        fileName: 'new.csv',
        format: 'csv',
        events: [
          { ...event, key: 'old' },
          { ...event, key: 'new' },
        ],
      }),
    );
    expect(outcome).toMatchObject({ added: 1, skipped: 1 });
    const all = await readAllEntries(db);
    expect(all.map((e) => [e.id, e.connects])).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    await db.batches.add({
      id: 9,
      importedAt: '',
      fileName: 'old.csv',
      rowCount: 1,
      format: 'csv',
    });
    expect(await removeImportById(db, 9)).toBe(1);
    expect((await readAllEntries(db)).map((e) => e.id)).toEqual([2, 3]);
    db.close();
  });

  it('upgrades a version-5 database: the caches leave kv for their own table, the rest stays', async () => {
    const name = `upgrade5-${Math.random()}`;
    const old = new Dexie(name);
    old.version(5).stores({
      entries: '++id, batchId, key, [date+order]',
      entryPages: 'id, *batchIds, maxOrder',
      account: 'id',
      batches: '++id, importedAt',
      customEras: 'id',
      kv: 'key',
    });
    const page = {
      id: 5,
      lastId: 6,
      batchIds: [1],
      maxOrder: 1,
      rows: [
        { id: 5, date: '2026-08-12', type: 'spend', connects: 4, order: 0, batchId: 1, key: 'a' },
        { id: 6, date: '2026-08-13', type: 'spend', connects: 5, order: 1, batchId: 1, key: 'b' },
      ],
    };
    await old.table('entryPages').put(page);
    await old
      .table('entries')
      .add({ date: '2026-08-14', type: 'purchase', connects: 10, order: 0 });
    await old.table('kv').bulkPut([
      { key: OLD_REVISION_KEY, value: 'r-5' },
      { key: 'ledger-snapshot', value: { rev: 'r-5' } },
      { key: 'ledger-checkpoint', value: { rev: 'r-5' } },
      { key: 'import.csv-columns:["date"]', value: { date: 0 } },
    ]);
    old.close();

    const db = new ConnectsDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.kv.toArray()).toEqual([
      { key: 'import.csv-columns:["date"]', value: { date: 0 } },
    ]);
    expect((await db.caches.toArray()).map((r) => r.key)).toEqual(
      [REVISION_KEY, OUTCOMES_REVISION_KEY].sort(),
    );
    expect(await db.entryPages.toArray()).toEqual([page]);
    expect((await readAllEntries(db)).map((e) => e.connects)).toEqual([4, 5, 10]);
    db.close();
  });

  it('upgrades a version-6 database: a table for outcomes, and its revision', async () => {
    const name = `upgrade6-${Math.random()}`;
    const old = new Dexie(name);
    old.version(6).stores({
      entries: '++id, batchId, key, [date+order]',
      entryPages: 'id, *batchIds, maxOrder',
      account: 'id',
      batches: '++id, importedAt',
      customEras: 'id',
      kv: 'key',
      caches: 'key',
    });
    await old.table('caches').put({ key: REVISION_KEY, value: 'r-6' });
    await old.table('entries').add({ date: '2026-08-14', type: 'spend', connects: 3, order: 0 });
    old.close();

    const db = new ConnectsDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.outcomePages.count()).toBe(0);
    expect((await db.caches.get(REVISION_KEY))?.value).toBe('r-6');
    expect(typeof (await db.caches.get(OUTCOMES_REVISION_KEY))?.value).toBe('string');
    expect(await db.entries.count()).toBe(1);
    db.close();
  });
});
