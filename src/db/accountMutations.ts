/** Writes to the account and the custom eras. */
import { getDb } from './instance';
import { orderAfter, type NewEntry } from './ledgerMutations';
import type { AccountRecord, CustomEraRecord } from './records';

export async function saveAccount(account: AccountRecord): Promise<void> {
  await getDb().account.put(account);
}

/**
 * The first-run setup: the account and the entries that make today's balance come out as the
 * user typed it, together or not at all.
 */
export async function createAccount(
  account: AccountRecord,
  opening: NewEntry[] = [],
): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.account, db.entries, db.entryPages], async () => {
    await db.account.put(account);
    for (const entry of opening) {
      await db.entries.add({ ...entry, order: await orderAfter(db, entry.date) });
    }
  });
}

export async function saveCustomEra(record: CustomEraRecord): Promise<void> {
  await getDb().customEras.put(record);
}

/** Deletes a custom era; an account replaying with it goes back to automatic eras. */
export async function deleteCustomEra(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.account, db.customEras, async () => {
    const account = await db.account.get('account');
    if (account && account.era.kind === 'custom' && account.era.id === id) {
      await db.account.put({ ...account, era: { kind: 'auto' } });
    }
    await db.customEras.delete(id);
  });
}

/** Erases the whole ledger (account, entries, imports, custom eras, preferences) at once. */
export async function eraseEverything(): Promise<void> {
  const db = getDb();
  await db.transaction(
    'rw',
    [db.account, db.entries, db.entryPages, db.batches, db.customEras, db.kv],
    async () => {
      await Promise.all([
        db.account.clear(),
        db.entries.clear(),
        db.entryPages.clear(),
        db.batches.clear(),
        db.customEras.clear(),
        db.kv.clear(),
      ]);
    },
  );
}
