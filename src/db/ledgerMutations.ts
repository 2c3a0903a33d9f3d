/**
 * Writes to the ledger. Each returns what undo needs (the record as it was), and each runs in
 * one transaction so a date's order is read and written together.
 */
import { Dexie } from 'dexie';
import type { ConnectsDb } from './database';
import { maxPagedOrder, putEntry, takeEntry } from './entryPages';
import { getDb } from './instance';
import type { EntryRecord } from './records';

/** An entry as a form makes it: the database picks its id and its place within the date. */
export type NewEntry = Omit<EntryRecord, 'id' | 'order'>;

/**
 * The next `order` on `date`: after every entry already there. Pages are not indexed by date,
 * so any page counts as holding the date: the order may be higher than needed, never lower.
 */
export async function orderAfter(db: ConnectsDb, date: string): Promise<number> {
  // Sequential reads: callers go on writing in the same transaction after this.
  const last = await db.entries
    .where('[date+order]')
    .between([date, Dexie.minKey], [date, Dexie.maxKey])
    .last();
  const paged = await maxPagedOrder(db);
  return Math.max(last ? last.order + 1 : 0, paged + 1);
}

export async function addEntry(entry: NewEntry): Promise<EntryRecord> {
  const db = getDb();
  return db.transaction('rw', [db.entries, db.entryPages], async () => {
    const record: EntryRecord = { ...entry, order: await orderAfter(db, entry.date) };
    const id = await db.entries.add(record);
    return { ...record, id };
  });
}

export interface EditResult {
  before: EntryRecord;
  after: EntryRecord;
}

/**
 * Replaces an entry's fields (its type may change, so nothing of the old shape is kept) while
 * keeping its identity and import origin. Moved to another date, it goes after that date's entries.
 */
export async function editEntry(id: number, changes: NewEntry): Promise<EditResult> {
  const db = getDb();
  return db.transaction('rw', [db.entries, db.entryPages], async () => {
    // Taken out first (from its page, if imported): the edited entry is written as a single one.
    const before = await takeEntry(db, id);
    if (!before) throw new Error('the entry no longer exists (deleted in another tab?)');
    const order = before.date === changes.date ? before.order : await orderAfter(db, changes.date);
    const after: EntryRecord = {
      ...changes,
      id,
      order,
      batchId: before.batchId ?? null,
      key: before.key ?? null,
    };
    await db.entries.put(after);
    return { before, after };
  });
}

/** Deletes an entry and returns it as it was, so undo can put it back unchanged. */
export async function deleteEntry(id: number): Promise<EntryRecord> {
  const db = getDb();
  return db.transaction('rw', [db.entries, db.entryPages], async () => {
    const before = await takeEntry(db, id);
    if (!before) throw new Error('the entry no longer exists (deleted in another tab?)');
    return before;
  });
}

/** Puts a record back exactly as it was (same id and order): the undo of an edit or delete. */
export async function restoreEntry(record: EntryRecord): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.entries, db.entryPages], async () => {
    await putEntry(db, record);
  });
}

/** Removes an entry that was just added: the undo of an add. */
export async function removeEntry(id: number): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.entries, db.entryPages], async () => {
    await takeEntry(db, id);
  });
}
