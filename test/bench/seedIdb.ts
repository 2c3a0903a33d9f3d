/**
 * Writes a ledger straight into the app's IndexedDB from inside the page, as
 * Dexie stores it (database `connects-budget`, schema version 2 = IDB version 20).
 * Pass `seedLedgerInPage` to `page.evaluate`; it must stay self-contained.
 */
import type { StoredLedger } from './dashboardLedger';

export async function seedLedgerInPage(ledger: StoredLedger): Promise<number> {
  const NAME = 'connects-budget';
  const DEXIE_VERSION = 20;
  const request = <T>(r: IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const known = (await indexedDB.databases()).find((d) => d.name === NAME);
  const open = indexedDB.open(NAME, known?.version ?? DEXIE_VERSION);
  // Only for a browser that never ran the app: the schema Dexie would have made.
  open.onupgradeneeded = () => {
    const db = open.result;
    const entries = db.createObjectStore('entries', { keyPath: 'id', autoIncrement: true });
    for (const index of ['date', 'type', 'batchId', 'key']) entries.createIndex(index, index);
    entries.createIndex('[date+order]', ['date', 'order']);
    db.createObjectStore('account', { keyPath: 'id' });
    db.createObjectStore('batches', { keyPath: 'id', autoIncrement: true }).createIndex(
      'importedAt',
      'importedAt',
    );
    db.createObjectStore('customEras', { keyPath: 'id' });
    db.createObjectStore('kv', { keyPath: 'key' });
  };
  const db = await request(open);
  const tx = db.transaction(['account', 'entries'], 'readwrite');
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  tx.objectStore('account').put(ledger.account);
  const entries = tx.objectStore('entries');
  entries.clear();
  for (const entry of ledger.entries) entries.add(entry);
  await done;
  db.close();
  return ledger.entries.length;
}
