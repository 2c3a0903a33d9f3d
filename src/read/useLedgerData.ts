/** Live views of the stored records: components re-render when IndexedDB changes, in any tab. */
import { useLiveQuery } from 'dexie-react-hooks';
import { readAllEntries } from '../db/entryPages';
import { getDb } from '../db/instance';
import type { AccountRecord, BatchRecord, CustomEraRecord, EntryRecord } from '../db/records';

export interface LedgerData {
  account: AccountRecord | null;
  entries: EntryRecord[];
  customEras: CustomEraRecord[];
}

/** The whole ledger as stored records (the ledger page, compare, settings, the import preview). */
export function useLedgerData(): LedgerData | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    return db.transaction('r', [db.account, db.entries, db.entryPages, db.customEras], async () => {
      const [account, entries, customEras] = await Promise.all([
        db.account.get('account'),
        readAllEntries(db),
        db.customEras.toArray(),
      ]);
      return { account: account ?? null, entries, customEras };
    });
  }, []);
}

/** Import batches, newest first. */
export function useBatches(): BatchRecord[] | undefined {
  return useLiveQuery(() => getDb().batches.orderBy('importedAt').reverse().toArray(), []);
}

/**
 * When the newest import was made (null without one), or undefined while it loads: one record
 * read, not every import's (an outcomes file's record carries every outcome it replaced).
 */
export function useLastImportedAt(): string | null | undefined {
  return useLiveQuery(
    async () => (await getDb().batches.orderBy('importedAt').last())?.importedAt ?? null,
    [],
  );
}

/** The account alone (null when there is none), or undefined while it loads. */
export function useAccount(): AccountRecord | null | undefined {
  return useLiveQuery(async () => (await getDb().account.get('account')) ?? null, []);
}
