import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addEntry, editEntry, importBatch, restoreBackup, undo } from '../../src/commands';
import type { ConnectsDb } from '../../src/db/database';
import { countEntries, PAGE_SIZE, readAllEntries } from '../../src/db/entryPages';
import { REVISION_KEY } from '../../src/db/ledgerRevision';
import type { EntryRecord } from '../../src/db/records';
import type { LedgerSnapshot } from '../../src/db/exportData';
import type { ImportedEvent } from '../../src/import/types';
import { deleteById, openTestDb, removeImportById, run } from '../fixtures/db';

const spend = (date: string, connects: number, key: string): ImportedEvent => ({
  date,
  type: 'spend',
  connects,
  ref: key,
  details: key,
  line: 1,
  key,
});

/** `count` imported proposals over 28 days of November 2026, newest first as the platform lists them. */
function history(count: number, prefix = 'r'): ImportedEvent[] {
  return Array.from({ length: count }, (_, i) =>
    spend(`2026-11-${String(28 - (i % 28)).padStart(2, '0')}`, 1 + (i % 9), `${prefix}${i}`),
  );
}

let db: ConnectsDb;
beforeEach(async () => {
  db = openTestDb('pages');
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const importRows = (events: ImportedEvent[], fileName = 'h.csv') =>
  run(importBatch({ fileName, format: 'csv', events }));
const restoreSnapshot = (snapshot: LedgerSnapshot) => run(restoreBackup('backup.json', snapshot));

describe('entries stored in pages', () => {
  it('stores a large import as a few pages and reads every row back, in ledger order', async () => {
    const events = history(PAGE_SIZE * 2 + 5);
    await importRows(events);
    expect(await db.entryPages.count()).toBe(3);
    expect(await db.entries.count()).toBe(0);
    const all = await readAllEntries(db);
    expect(all).toHaveLength(events.length);
    expect(new Set(all.map((e) => e.id)).size).toBe(events.length);
    const dates = all.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    // Within a date, the file's order is kept.
    const firstDay = all.filter((e) => e.date === '2026-11-28').map((e) => e.key);
    expect(firstDay.slice(0, 3)).toEqual(['r0', 'r28', 'r56']);
  });

  it('never gives an id twice: entries added after an import get ids above every imported one', async () => {
    await importRows(history(10));
    const added = await run(
      addEntry({ date: '2026-11-28', type: 'spend', connects: 3, ref: 'typed' }),
    );
    const ids = (await readAllEntries(db)).map((e) => e.id as number);
    expect(added.id).toBe(Math.max(...ids));
    expect(new Set(ids).size).toBe(11);
    await importRows(history(3, 's'), 'second.csv');
    const again = (await readAllEntries(db)).map((e) => e.id);
    expect(new Set(again).size).toBe(14);
  });

  it('puts an entry typed on an imported date after the imported ones', async () => {
    await importRows(history(56));
    const added = await run(
      addEntry({ date: '2026-11-28', type: 'spend', connects: 3, ref: 'typed' }),
    );
    const day = (await readAllEntries(db)).filter((e) => e.date === '2026-11-28');
    expect(day.at(-1)?.id).toBe(added.id);
  });

  it('edits, deletes and undoes imported entries like any other', async () => {
    await importRows(history(30));
    const [first, second] = await readAllEntries(db);
    const edit = await run(
      editEntry(first!.id!, {
        date: first!.date,
        type: 'spend',
        connects: 40,
        ref: 'changed',
      }),
    );
    expect(edit.after).toMatchObject({ id: first!.id, connects: 40, key: first!.key });
    let all = await readAllEntries(db);
    expect(all).toHaveLength(30);
    expect(all.find((e) => e.id === first!.id)).toEqual(edit.after);

    await undo();
    expect((await readAllEntries(db)).find((e) => e.id === first!.id)).toEqual(first);

    const deleted = await deleteById(db, second!.id!);
    expect(deleted).toEqual(second);
    all = await readAllEntries(db);
    expect(all.map((e) => e.id)).not.toContain(second!.id);
    await undo();
    expect(await countEntries(db)).toBe(30);
    await deleteById(db, second!.id!);
    expect(await countEntries(db)).toBe(29);
  });

  it('undoes a batch whole, its edited rows included, and leaves other batches alone', async () => {
    const a = await importRows(history(20, 'a'), 'a.csv');
    const b = await importRows(history(20, 'b'), 'b.csv');
    const fromB = (await readAllEntries(db)).find((e) => e.batchId === b.batchId)!;
    await run(
      editEntry(fromB.id!, { date: fromB.date, type: 'spend', connects: 7, ref: 'edited' }),
    );
    expect(await removeImportById(db, b.batchId!)).toBe(20);
    const left = await readAllEntries(db);
    expect(left).toHaveLength(20);
    expect(new Set(left.map((e) => e.batchId))).toEqual(new Set([a.batchId]));
  });

  it('re-imports nothing it already holds, paged or edited out of its page', async () => {
    const events = history(40);
    await importRows(events);
    const [first] = await readAllEntries(db);
    await run(editEntry(first!.id!, { date: first!.date, type: 'spend', connects: 2, ref: 'x' }));
    expect(await importRows(events)).toEqual({ batchId: null, added: 0, skipped: 40 });
  });

  it('changes the ledger revision with every page written, so no cached copy outlives it', async () => {
    const revision = async () => (await db.caches.get(REVISION_KEY))?.value;
    const before = await revision();
    await importRows(history(5));
    const afterImport = await revision();
    expect(afterImport).not.toEqual(before);
    const [first] = await readAllEntries(db);
    await deleteById(db, first!.id!);
    expect(await revision()).not.toEqual(afterImport);
  });

  it('restores entries with their ids, refusing two with the same id', async () => {
    const rows: EntryRecord[] = [
      { id: 7, date: '2026-11-02', type: 'spend', connects: 2, order: 0 },
      { id: 3, date: '2026-11-01', type: 'spend', connects: 1, order: 0 },
    ];
    const snapshot = { account: null, batches: [], customEras: [], kv: [] };
    await restoreSnapshot({ ...snapshot, entries: rows });
    expect((await readAllEntries(db)).map((e) => e.id)).toEqual([3, 7]);
    const added = await run(addEntry({ date: '2026-11-03', type: 'spend', connects: 1, ref: 'n' }));
    expect(added.id).toBeGreaterThan(7);

    const twice = [rows[0]!, { ...rows[1]!, id: 7 }];
    await expect(restoreSnapshot({ ...snapshot, entries: twice })).rejects.toThrow(
      'two entries have the id 7',
    );
    expect(await countEntries(db)).toBe(3);
  });

  it('restores entries some with ids and some without: new ids come after the given ones', async () => {
    const rows = [
      { date: '2026-11-01', type: 'spend', connects: 1, order: 0 },
      { id: 1, date: '2026-11-02', type: 'spend', connects: 2, order: 0 },
      { id: 5, date: '2026-11-03', type: 'spend', connects: 3, order: 0 },
    ] as EntryRecord[];
    await restoreSnapshot({ account: null, batches: [], customEras: [], kv: [], entries: rows });
    const stored = await readAllEntries(db);
    expect(stored.map((e) => [e.connects, e.id])).toEqual([
      [1, 6],
      [2, 1],
      [3, 5],
    ]);
  });
});
