/**
 * Changes to single entries, run inside the caller's transaction (a command's: src/commands),
 * which must hold ENTRY_TABLES. Each returns what the command's message needs.
 */
import { Dexie } from 'dexie';
import type { ConnectsDb } from './database';
import { LedgerError } from './storageErrors';
import { maxPagedOrder, takeEntry } from './entryPages';
import { removeOutcomes } from './outcomes';
import type { EntryRecord } from './records';

/** The tables holding the ledger's entries (single and paged, see entryPages.ts) and outcomes. */
export const ENTRY_TABLES = ['entries', 'entryPages', 'outcomePages'] as const;

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

/** Adds an entry after those of its date; returns it as stored. */
export async function insertEntry(db: ConnectsDb, entry: NewEntry): Promise<EntryRecord> {
  const record: EntryRecord = { ...entry, order: await orderAfter(db, entry.date) };
  const id = await db.entries.add(record);
  return { ...record, id };
}

export interface EditResult {
  before: EntryRecord;
  after: EntryRecord;
}

const gone = (): Error => new LedgerError('the entry no longer exists (deleted in another tab?)');

/**
 * Replaces an entry's fields (its type may change, so nothing of the old shape is kept) while
 * keeping its identity and import origin. Moved to another date, it goes after that date's entries.
 */
export async function replaceEntry(
  db: ConnectsDb,
  id: number,
  changes: NewEntry,
): Promise<EditResult> {
  // Taken out first (from its page, if imported): the edited entry is written as a single one.
  const before = await takeEntry(db, id);
  if (!before) throw gone();
  const order = before.date === changes.date ? before.order : await orderAfter(db, changes.date);
  const after: EntryRecord = {
    ...changes,
    id,
    order,
    batchId: before.batchId ?? null,
    key: before.key ?? null,
  };
  await db.entries.put(after);
  // An outcome belongs to a proposal: an entry that is no longer a spend keeps none.
  if (after.type !== 'spend') await removeOutcomes(db, [id]);
  return { before, after };
}

/** Deletes an entry, and its outcome; returns it as it was. */
export async function removeEntry(db: ConnectsDb, id: number): Promise<EntryRecord> {
  const before = await takeEntry(db, id);
  if (!before) throw gone();
  await removeOutcomes(db, [id]);
  return before;
}
