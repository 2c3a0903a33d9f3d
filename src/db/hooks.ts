/** Live views of the ledger: React components re-render when IndexedDB changes, in any tab. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from './instance';
import type { AccountRecord, BatchRecord, CustomEraRecord, EntryRecord } from './records';

export interface LedgerData {
  account: AccountRecord | null;
  entries: EntryRecord[];
  customEras: CustomEraRecord[];
}

/** The whole ledger, or undefined while it loads. */
export function useLedgerData(): LedgerData | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    return db.transaction('r', db.account, db.entries, db.customEras, async () => {
      const [account, entries, customEras] = await Promise.all([
        db.account.get('account'),
        db.entries.orderBy('[date+order]').toArray(),
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
