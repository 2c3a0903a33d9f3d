/**
 * Entries written in bulk (an import, a restore) are stored in pages: one record holds up to
 * PAGE_SIZE entries. IndexedDB in Chromium spends ~40 µs on every record it writes, whatever
 * its size, so 78,611 imported rows take ~4 s as single records and ~0.2 s as 39 pages.
 *
 * The ledger is therefore the single entries of `entries` plus the rows of `entryPages`, and
 * every read of it goes through `readAllEntries`. A page is written once and then only
 * shrinks: an entry edited later moves out of its page into `entries` (same id), a deleted one
 * is dropped from it. Ids come from the `entries` store's key generator for paged rows too, so
 * an id is never given twice, whichever way its entry was written.
 *
 * Every function here runs inside the caller's transaction, which must hold both tables.
 */
import type { ConnectsDb } from './database';
import { compareEntries } from './ledgerInput';
import type { EntryPageRecord, EntryRecord } from './records';

export const PAGE_SIZE = 2048;

/**
 * Reserves `count` consecutive ids from the `entries` key generator and returns the first. One
 * placeholder add yields the generator's next id; a second, at the last id of the range, moves
 * the generator past it. Both are deleted before the transaction ends, so no reader sees them.
 */
export async function reserveIds(db: ConnectsDb, count: number): Promise<number> {
  if (count <= 0) return 0;
  const placeholder = {} as EntryRecord;
  const first = (await db.entries.add(placeholder)) as number;
  const last = first + count - 1;
  if (last !== first) await db.entries.add({ ...placeholder, id: last });
  await db.entries.bulkDelete([first, last]);
  return first;
}

/** Moves the `entries` key generator past `id`, so a later single add never takes it. */
async function reserveUpTo(db: ConnectsDb, id: number): Promise<void> {
  await db.entries.add({ id } as EntryRecord);
  await db.entries.bulkDelete([id]);
}

function pageOf(rows: EntryRecord[]): EntryPageRecord {
  let maxOrder = -Infinity;
  const batchIds = new Set<number>();
  for (const row of rows) {
    if (row.order > maxOrder) maxOrder = row.order;
    if (typeof row.batchId === 'number') batchIds.add(row.batchId);
  }
  return {
    id: rows[0]?.id as number,
    lastId: rows[rows.length - 1]?.id as number,
    batchIds: [...batchIds],
    maxOrder,
    rows,
  };
}

/**
 * Writes entries as pages. Rows without an id get fresh ones, in the order given; rows with one
 * keep it (a restored backup), and must not collide with each other or with stored entries.
 * Returns the rows with their ids.
 */
export async function writePaged(db: ConnectsDb, rows: EntryRecord[]): Promise<EntryRecord[]> {
  if (rows.length === 0) return [];
  const withoutId = rows.filter((r) => typeof r.id !== 'number').length;
  // New ids start past the ids given (a restored backup may mix both): no collision.
  let highest = 0;
  for (const row of rows) if (typeof row.id === 'number' && row.id > highest) highest = row.id;
  if (withoutId > 0 && highest > 0) await reserveUpTo(db, highest);
  let next = withoutId > 0 ? await reserveIds(db, withoutId) : 0;
  const stored = rows.map((row) => (typeof row.id === 'number' ? row : { ...row, id: next++ }));
  const byId = [...stored].sort((a, b) => (a.id as number) - (b.id as number));
  for (let i = 1; i < byId.length; i += 1) {
    if (byId[i]?.id === byId[i - 1]?.id) throw new Error(`two entries have the id ${byId[i]?.id}`);
  }
  const pages: EntryPageRecord[] = [];
  for (let i = 0; i < byId.length; i += PAGE_SIZE) pages.push(pageOf(byId.slice(i, i + PAGE_SIZE)));
  // `add`, not `put`: a page over an existing one's first id is a collision, not an update.
  await db.entryPages.bulkAdd(pages);
  if (withoutId < rows.length) await reserveUpTo(db, byId[byId.length - 1]?.id as number);
  return stored;
}

/** Every entry, single and paged, in ledger order (compareEntries). */
export async function readAllEntries(db: ConnectsDb): Promise<EntryRecord[]> {
  const [single, pages] = await Promise.all([db.entries.toArray(), db.entryPages.toArray()]);
  const all = single;
  for (const page of pages) for (const row of page.rows) all.push(row);
  return all.sort(compareEntries);
}

/** The page that may hold entry `id`: ranges of pages never overlap. */
async function pageHolding(db: ConnectsDb, id: number): Promise<EntryPageRecord | undefined> {
  const page = await db.entryPages.where(':id').belowOrEqual(id).last();
  return page && id <= page.lastId ? page : undefined;
}

/** Rewrites a page without the rows `drop` selects; a page left empty is deleted. */
async function shrinkPage(
  db: ConnectsDb,
  page: EntryPageRecord,
  drop: (row: EntryRecord) => boolean,
): Promise<number> {
  const kept = page.rows.filter((row) => !drop(row));
  const removed = page.rows.length - kept.length;
  if (removed === 0) return 0;
  if (kept.length === 0) await db.entryPages.delete(page.id);
  else await db.entryPages.put({ ...pageOf(kept), id: page.id, lastId: page.lastId });
  return removed;
}

/**
 * Takes an entry out of the ledger, wherever it is stored, in one lookup: returns it as it was,
 * or undefined when there is none with this id.
 */
export async function takeEntry(db: ConnectsDb, id: number): Promise<EntryRecord | undefined> {
  const single = await db.entries.get(id);
  if (single) {
    await db.entries.delete(id);
    return single;
  }
  const page = await pageHolding(db, id);
  const row = page?.rows.find((r) => r.id === id);
  if (page && row) await shrinkPage(db, page, (r) => r.id === id);
  return row;
}

/** The entry `id` as stored (single or paged), or undefined. */
export async function readEntry(db: ConnectsDb, id: number): Promise<EntryRecord | undefined> {
  const single = await db.entries.get(id);
  if (single) return single;
  return (await pageHolding(db, id))?.rows.find((r) => r.id === id);
}

/** Deletes every entry a batch wrote; returns their ids. */
export async function deleteBatchEntries(db: ConnectsDb, batchId: number): Promise<number[]> {
  const ids = (await db.entries.where('batchId').equals(batchId).primaryKeys()) as number[];
  await db.entries.bulkDelete(ids);
  const pages = await db.entryPages.where('batchIds').equals(batchId).toArray();
  for (const page of pages) {
    for (const row of page.rows) if (row.batchId === batchId) ids.push(row.id as number);
    await shrinkPage(db, page, (row) => row.batchId === batchId);
  }
  return ids;
}

/** The highest `order` among paged entries, or -Infinity. */
export async function maxPagedOrder(db: ConnectsDb): Promise<number> {
  const top = await db.entryPages.orderBy('maxOrder').lastKey();
  return typeof top === 'number' ? top : -Infinity;
}

/** How many entries the ledger holds. */
export async function countEntries(db: ConnectsDb): Promise<number> {
  let count = await db.entries.count();
  await db.entryPages.each((page) => {
    count += page.rows.length;
  });
  return count;
}
