/** Writing the read caches. */
import type { ConnectsDb } from '../database';
import { CACHES } from '../ledgerRevision';
import type { CacheRecord } from '../records';

/**
 * Puts cache records in one transaction of their own, straight through IndexedDB: committed
 * without waiting for this page's event loop, and without waking the live queries, since it
 * changes no data.
 */
export function putCaches(db: ConnectsDb, records: CacheRecord[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(CACHES, 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
    for (const record of records) tx.objectStore(CACHES).put(record);
    tx.commit?.();
  });
}
